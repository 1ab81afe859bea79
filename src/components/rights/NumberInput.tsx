/** A number, such as the income on the tax bill. An empty field is "not answered". */
import { useState } from 'react';
import type { InputProps } from './Question';
import { SkipBoxes } from './SkipBoxes';

export function NumberInput({ fact, answer, onAnswer }: InputProps) {
  const [text, setText] = useState(answer && 'value' in answer ? String(answer.value) : '');
  const id = `veld-${fact.id}`;
  const change = (value: string) => {
    setText(value);
    const n = Number(value.replace(/[.\s]/g, '').replace(',', '.'));
    const fits = value.trim() !== '' && Number.isFinite(n) && (fact.min === undefined || n >= fact.min) && (fact.max === undefined || n <= fact.max);
    onAnswer(fits ? { value: n } : undefined);
  };
  return (
    <>
      <div className="number-field">
        <label htmlFor={id} className="visually-hidden">
          {fact.question}
        </label>
        <input id={id} type="text" inputMode="numeric" autoComplete="off" value={answer && 'skip' in answer ? '' : text} onChange={(e) => change(e.target.value)} />
        {fact.unit && <span aria-hidden="true">{fact.unit}</span>}
      </div>
      <SkipBoxes fact={fact} answer={answer} onAnswer={(a) => (setText(''), onAnswer(a))} />
    </>
  );
}
