/** "Weet ik niet" / "zeg ik liever niet" next to a field that is not a radio group. */
import { SKIP_LABEL } from '../../lib/rights/texts';
import type { Skip } from '../../lib/rights/types';
import type { InputProps } from './Question';

export function SkipBoxes({ fact, answer, onAnswer }: InputProps) {
  const skips: Skip[] = fact.dontKnow ? ['weet-niet', 'liever-niet'] : ['liever-niet'];
  const skipped = answer && 'skip' in answer ? answer.skip : undefined;
  return (
    <div className="choices skips">
      {skips.map((s) => (
        <label key={s} className="choice skip">
          <input type="checkbox" checked={skipped === s} onChange={(e) => onAnswer(e.target.checked ? { skip: s } : undefined)} /> {SKIP_LABEL[s]}
        </label>
      ))}
    </div>
  );
}
