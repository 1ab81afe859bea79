import { useEffect, useState } from 'react';
import type { Place } from './pagefind';

interface Props {
  places: Place[];
  value?: string;
  onChange: (place: string | undefined) => void;
}

/** Narrow to one municipality: organisations that work there, plus general pages. */
export function PlaceFilter({ places, value, onChange }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <fieldset className="place-filter">
      <legend>Gemeente</legend>
      <label htmlFor="filter-gemeente" className="visually-hidden">
        Gemeente of postcode
      </label>
      <div className="search-row">
        <input
          id="filter-gemeente"
          list="filter-gemeenten"
          value={text}
          autoComplete="off"
          placeholder="bv. Gent of 9000"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onChange(text.trim() || undefined);
            }
          }}
        />
        <button type="button" className="secondary small" onClick={() => onChange(text.trim() || undefined)}>
          Kies
        </button>
      </div>
      <datalist id="filter-gemeenten">
        {places.map((p) => (
          <option key={p.nis} value={p.name} />
        ))}
      </datalist>
      {value && (
        <button type="button" className="secondary small" onClick={() => onChange(undefined)}>
          Alle gemeenten
        </button>
      )}
    </fieldset>
  );
}
