/** One choice as radio buttons, with "weet ik niet" and "zeg ik liever niet" as choices too. */
import { SKIP_LABEL } from '../../lib/rights/texts';
import type { Skip } from '../../lib/rights/types';
import type { InputProps } from './Question';

interface Props extends InputProps {
  choices: { id: string; label: string }[];
  selected: string | undefined;
  onPick: (id: string) => void;
}

export function ChoiceInput({ fact, choices, selected, answer, onPick, onAnswer }: Props) {
  const skips: Skip[] = fact.dontKnow ? ['weet-niet', 'liever-niet'] : ['liever-niet'];
  const skipped = answer && 'skip' in answer ? answer.skip : undefined;
  const name = `vraag-${fact.id}`;
  return (
    <div className="choices">
      {choices.map((c) => (
        <label key={c.id} className="choice">
          <input type="radio" name={name} value={c.id} checked={selected === c.id} onChange={() => onPick(c.id)} /> {c.label}
        </label>
      ))}
      {skips.map((s) => (
        <label key={s} className="choice skip">
          <input type="radio" name={name} value={s} checked={skipped === s} onChange={() => onAnswer({ skip: s })} /> {SKIP_LABEL[s]}
        </label>
      ))}
    </div>
  );
}
