/** The municipality as typed (name or postcode), matched against the list in the page. */
import { useMemo, useState } from 'react';
import { createPlaceMatcher } from '../../lib/search/query';
import type { ExplorerData } from '../../lib/rights/types';
import type { InputProps } from './Question';
import { SkipBoxes } from './SkipBoxes';

export function MunicipalityInput({ fact, answer, onAnswer, municipalities }: InputProps & { municipalities: ExplorerData['municipalities'] }) {
  const places = useMemo(() => Object.entries(municipalities).map(([nis, m]) => ({ nis, name: m.name, nameFr: m.nameFr, postcodes: m.postcodes })), [municipalities]);
  const match = useMemo(() => createPlaceMatcher(places), [places]);
  const chosen = answer && 'value' in answer ? municipalities[answer.value as string] : undefined;
  const [text, setText] = useState(chosen?.name ?? '');
  const id = `veld-${fact.id}`;

  const change = (value: string) => {
    setText(value);
    const found = value.trim() ? match(value.trim()).places : [];
    onAnswer(found.length === 1 ? { value: found[0]! } : undefined);
  };
  const status = chosen ? `Gekozen: ${chosen.name}` : text.trim() ? 'We kennen deze gemeente of postcode niet. Kies uit de lijst die verschijnt.' : '';

  return (
    <>
      <label htmlFor={id}>Gemeente of postcode</label>
      <input id={id} className="place-input" list={`${id}-lijst`} autoComplete="off" value={answer && 'skip' in answer ? '' : text} onChange={(e) => change(e.target.value)} aria-describedby={`${id}-status`} />
      <datalist id={`${id}-lijst`}>
        {places.map((p) => (
          <option key={p.nis} value={p.name} />
        ))}
      </datalist>
      <p id={`${id}-status`} className={chosen ? 'meta' : 'place-error'} aria-live="polite">
        {status}
      </p>
      <SkipBoxes fact={fact} answer={answer} onAnswer={(a) => (setText(''), onAnswer(a))} />
    </>
  );
}
