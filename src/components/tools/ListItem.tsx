/** One saved item: the facts a person needs at the door, a QR code, a private note, and its place in the list. */
import { useId } from 'react';
import type { SavedItem } from '../../lib/tools/my-list';
import type { SaveableItem } from '../../lib/tools/saveable';
import { QrCode } from './QrCode';

interface Props {
  saved: SavedItem;
  item?: SaveableItem;
  /** Loaded, but no longer on the site. */
  gone: boolean;
  site: string;
  position: number;
  total: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  onNote: (note: string) => void;
}

const kindLabel = { organisatie: 'Organisatie', dienst: 'Soort dienst', recht: 'Recht' } as const;

export function ListItem({ saved, item, gone, site, position, total, onMove, onRemove, onNote }: Props) {
  const noteId = useId();
  const name = item?.name ?? 'Onbekend item';
  return (
    <li className="card list-item" data-key={`${saved.kind}:${saved.id}`}>
      <div className="list-item-body">
        {item && <QrCode url={new URL(item.href, site || window.location.origin).href} />}
        <div>
          <h3 className="list-item-name">{item ? <a href={item.href}>{item.name}</a> : name}</h3>
          <p className="meta list-item-sub">{item ? item.sub : kindLabel[saved.kind]}</p>
          {gone && <p className="notice">Dit staat niet meer op Wegwijzer. Je kan het uit je lijst halen.</p>}
          {item && (
            <>
              <p className="list-summary">{item.summary}</p>
              <dl className="facts compact">
                {item.address.length > 0 && (<><dt>Adres</dt><dd>{item.address.join(' · ')}</dd></>)}
                {item.where && (<><dt>Waar naartoe</dt><dd>{item.where}</dd></>)}
                {item.phones.length > 0 && (<><dt>Telefoon</dt><dd>{item.phones.join(' · ')}</dd></>)}
                {item.hours.length > 0 && (<><dt>Open</dt><dd>{item.hours.join('; ')}</dd></>)}
                {item.access && (<><dt>Zo werkt het</dt><dd>{item.access}</dd></>)}
                {item.documents.length > 0 && (<><dt>Breng mee</dt><dd>{item.documents.join('; ')}</dd></>)}
              </dl>
              {item.incomplete && <p className="meta no-print">Niet alle gegevens zijn bekend: bel eerst.</p>}
            </>
          )}
          {saved.note && <p className="list-note-print">Notitie: {saved.note}</p>}
        </div>
      </div>
      <div className="list-note no-print">
        <label htmlFor={noteId}>Mijn notitie bij {name} (blijft op dit toestel)</label>
        <textarea id={noteId} rows={2} value={saved.note} onChange={(e) => onNote(e.target.value)} />
      </div>
      <div className="list-actions no-print" role="group" aria-label={`${name}: plaats ${position} van ${total}`}>
        <button type="button" className="secondary small" data-move="up" aria-label={`Naar boven: ${name}`} disabled={position === 1} onClick={() => onMove(-1)}>
          Naar boven
        </button>
        <button type="button" className="secondary small" data-move="down" aria-label={`Naar beneden: ${name}`} disabled={position === total} onClick={() => onMove(1)}>
          Naar beneden
        </button>
        <button type="button" className="secondary small" aria-label={`Haal uit lijst: ${name}`} onClick={onRemove}>
          Haal uit lijst
        </button>
      </div>
    </li>
  );
}
