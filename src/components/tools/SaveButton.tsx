/** "Bewaar in mijn lijst" on an organisation, service type or right page. Absent without JavaScript. */
import { useState } from 'react';
import { addItem, checkMyList, emptyList, hasItem, removeItem, type SavedKind } from '../../lib/tools/my-list';
import { useToolData } from './tool-store';

interface Props {
  kind: SavedKind;
  id: string;
  name: string;
}

export default function SaveButton({ kind, id, name }: Props) {
  const { data, save, ready, problem } = useToolData('mijn-lijst', checkMyList, emptyList);
  const [message, setMessage] = useState('');
  if (!ready) return null;
  const ref = { kind, id };
  const saved = hasItem(data, ref);

  return (
    <div className="save-item no-print">
      <button
        type="button"
        className="secondary"
        onClick={() => {
          save(saved ? removeItem(data, ref) : addItem(data, ref));
          setMessage(saved ? `${name} is uit je lijst gehaald.` : `${name} staat nu in je lijst.`);
        }}
      >
        {saved ? 'Haal uit mijn lijst' : 'Bewaar in mijn lijst'}
      </button>
      {saved && <span className="saved-mark">✓ In mijn lijst</span>}
      <a href="/mijn-lijst/">Bekijk mijn lijst ({data.items.length})</a>
      <p role="status" className="visually-hidden">{message}</p>
      {problem && <p className="tool-error" role="alert">{problem}</p>}
    </div>
  );
}
