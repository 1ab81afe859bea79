/** Children at home: none, or each with age and school. */
import { useState } from 'react';
import type { Child, PersonFact } from '../../lib/rights/types';
import type { InputProps } from './Question';

export function ChildrenInput({ fact, answer, onAnswer, personFacts }: InputProps & { personFacts: PersonFact[] }) {
  const children = answer && 'value' in answer ? (answer.value as Child[]) : undefined;
  const name = `vraag-${fact.id}`;
  const update = (i: number, key: string, value: string | number | undefined) =>
    onAnswer({ value: children!.map((c, j) => (j === i ? { ...c, [key]: value } : c)) });

  return (
    <>
      <div className="choices">
        <label className="choice">
          <input type="radio" name={name} checked={Boolean(children?.length)} onChange={() => onAnswer({ value: [{}] })} /> Ja
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={children?.length === 0} onChange={() => onAnswer({ value: [] })} /> Nee
        </label>
        <label className="choice skip">
          <input type="radio" name={name} checked={Boolean(answer && 'skip' in answer)} onChange={() => onAnswer({ skip: 'liever-niet' })} /> Zeg ik liever niet
        </label>
      </div>
      {children && children.length > 0 && (
        <ol className="children">
          {children.map((child, i) => (
            <li key={i}>
              <fieldset>
                <legend>Kind {i + 1}</legend>
                {personFacts.map((p) => (
                  <PersonField key={p.id} fact={p} id={`kind-${i + 1}-${p.id}`} value={child[p.id]} onChange={(v) => update(i, p.id, v)} />
                ))}
                {children.length > 1 && (
                  <button type="button" className="secondary" onClick={() => onAnswer({ value: children.filter((_, j) => j !== i) })}>
                    Verwijder kind {i + 1}
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {children && children.length > 0 && (
        <button type="button" className="secondary" onClick={() => onAnswer({ value: [...children, {}] })}>
          Voeg een kind toe
        </button>
      )}
    </>
  );
}

function PersonField({ fact, id, value, onChange }: { fact: PersonFact; id: string; value: string | number | undefined; onChange: (v: string | number | undefined) => void }) {
  // The typed text stays as typed; only a whole number in range counts as an answer.
  const [text, setText] = useState(value === undefined ? '' : String(value));
  if (fact.type === 'number') {
    return (
      <p className="person-field">
        <label htmlFor={id}>{fact.label}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const n = e.target.value.trim() === '' ? NaN : Number(e.target.value);
            onChange(Number.isInteger(n) && n >= (fact.min ?? 0) && n <= (fact.max ?? Infinity) ? n : undefined);
          }}
        />
      </p>
    );
  }
  return (
    <p className="person-field">
      <label htmlFor={id}>{fact.label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Kies</option>
        {(fact.values ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
    </p>
  );
}
