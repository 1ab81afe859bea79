/** "Wie kan mij hierin ondersteunen?": from the netwerkkaart, from Wegwijzer, or any name. */
import { useId, useState } from 'react';
import type { Helper } from '../../lib/tools/action-plan';

export interface HelperOption extends Helper {
  group: string;
}

interface Props {
  helpers: Helper[];
  options: HelperOption[];
  example: string;
  onAdd: (helper: Helper) => void;
  onRemove: (index: number) => void;
}

export function HelperPicker({ helpers, options, example, onAdd, onRemove }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [own, setOwn] = useState('');
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <fieldset className="helper-picker">
      <legend>Wie kan helpen?</legend>
      {helpers.length > 0 && (
        <ul className="helpers">
          {helpers.map((h, i) => (
            <li key={h.label}>
              {h.href ? <a href={h.href}>{h.label}</a> : h.label}{' '}
              <button type="button" className="secondary small" aria-label={`Verwijder ${h.label}`} onClick={() => onRemove(i)}>
                Verwijder
              </button>
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 && (
        <div className="helper-row">
          <label htmlFor={`${id}-kies`}>Kies uit je netwerkkaart of uit Wegwijzer</label>
          <div className="search-row">
            <select id={`${id}-kies`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Kies …</option>
              {groups.map((g) => (
                <optgroup key={g} label={g}>
                  {options.map((o, i) => o.group === g && <option key={i} value={i}>{o.label}</option>)}
                </optgroup>
              ))}
            </select>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                const o = options[Number(chosen)];
                if (chosen === '' || !o) return;
                onAdd({ label: o.label, source: o.source, ...(o.href ? { href: o.href } : {}) });
                setChosen('');
              }}
            >
              Voeg gekozen toe
            </button>
          </div>
        </div>
      )}
      <div className="helper-row">
        <label htmlFor={`${id}-eigen`}>Of typ een naam of rol</label>
        <div className="search-row">
          <input id={`${id}-eigen`} value={own} placeholder={`Bv. ${example}`} onChange={(e) => setOwn(e.target.value)} onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onAdd({ label: own, source: 'own' });
              setOwn('');
            }
          }} />
          <button type="button" className="secondary" onClick={() => { onAdd({ label: own, source: 'own' }); setOwn(''); }}>
            Voeg naam toe
          </button>
        </div>
      </div>
    </fieldset>
  );
}
