/** Several choices as checkboxes; "none of these" clears the others. */
import type { InputProps } from './Question';
import { SkipBoxes } from './SkipBoxes';

export function ChoicesInput({ fact, answer, onAnswer }: InputProps) {
  const chosen = answer && 'value' in answer ? (answer.value as string[]) : [];
  const toggle = (id: string, on: boolean) => {
    const others = chosen.filter((c) => c !== id && (id === fact.noneValue ? false : c !== fact.noneValue));
    const next = on ? [...(id === fact.noneValue ? [] : others), id] : others;
    onAnswer(next.length ? { value: next } : undefined);
  };
  return (
    <>
      <div className="choices">
        {(fact.values ?? []).map((v) => (
          <label key={v.id} className={`choice${v.id === fact.noneValue ? ' none' : ''}`}>
            <input type="checkbox" value={v.id} checked={chosen.includes(v.id)} onChange={(e) => toggle(v.id, e.target.checked)} /> {v.label}
          </label>
        ))}
      </div>
      <SkipBoxes fact={fact} answer={answer} onAnswer={onAnswer} />
    </>
  );
}
