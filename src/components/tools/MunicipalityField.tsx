/** The family's municipality, chosen from local data only (/data/places.json, loaded whole). */
import { useEffect, useMemo, useState } from 'react';
import { createPlaceMatcher } from '../../lib/search/query';
import { loadPlaces, type Place } from '../search/pagefind';

interface Props {
  value: { slug: string; name: string } | null;
  onChange: (value: { slug: string; name: string } | null) => void;
}

export function MunicipalityField({ value, onChange }: Props) {
  const [places, setPlaces] = useState<Place[]>([]);
  const [input, setInput] = useState(value?.name ?? '');
  const [error, setError] = useState('');
  useEffect(() => {
    loadPlaces().then(setPlaces).catch(() => setError('De lijst met gemeenten kon niet laden.'));
  }, []);
  useEffect(() => setInput(value?.name ?? ''), [value]);
  const match = useMemo(() => createPlaceMatcher(places), [places]);

  return (
    <form
      className="municipality-field"
      onSubmit={(e) => {
        e.preventDefault();
        const asked = input.trim();
        if (!asked) {
          onChange(null);
          setError('');
          return;
        }
        const found = places.find((p) => p.nis === match(asked).places[0]);
        if (found) {
          onChange({ slug: found.slug, name: found.name });
          setError('');
        } else setError(`We kennen geen gemeente of postcode "${asked}". Kijk de schrijfwijze na.`);
      }}
    >
      <label htmlFor="gezin-gemeente">Gemeente of postcode van het gezin</label>
      <p className="meta" id="gezin-gemeente-uitleg">Dan wijzen de lege plekken naar hulp in die gemeente.</p>
      <div className="search-row">
        <input id="gezin-gemeente" list="gezin-gemeente-opties" autoComplete="off" aria-describedby="gezin-gemeente-uitleg" value={input} onChange={(e) => setInput(e.target.value)} />
        <button type="submit" className="secondary">Kies gemeente</button>
      </div>
      <datalist id="gezin-gemeente-opties">
        {places.map((p) => <option key={p.nis} value={p.name} />)}
      </datalist>
      <p role="status" className="meta">{value ? `Gekozen: ${value.name}.` : ''}</p>
      {error && <p className="place-error" role="alert">{error}</p>}
    </form>
  );
}
