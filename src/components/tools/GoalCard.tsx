/** One goal of the handelingsplan: what, how, by when, who helps, and a tick when reached. */
import { useId } from 'react';
import { FIELD_MAX, GOAL_EXAMPLES, type Goal, type Helper } from '../../lib/tools/action-plan';
import { HelperPicker, type HelperOption } from './HelperPicker';

interface Props {
  goal: Goal;
  number: number;
  options: HelperOption[];
  onChange: (change: Partial<Omit<Goal, 'id'>>) => void;
  onAddHelper: (helper: Helper) => void;
  onRemoveHelper: (index: number) => void;
  onRemove: () => void;
}

export function GoalCard({ goal, number, options, onChange, onAddHelper, onRemoveHelper, onRemove }: Props) {
  const id = useId();
  const example = GOAL_EXAMPLES[goal.domain];
  const field = (key: 'want' | 'how' | 'when', label: string, multiline = false) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {multiline ? (
        <textarea id={`${id}-${key}`} rows={2} maxLength={FIELD_MAX} placeholder={`Bv. ${example[key]}`} value={goal[key]} onChange={(e) => onChange({ [key]: e.target.value })} />
      ) : (
        <input id={`${id}-${key}`} maxLength={FIELD_MAX} placeholder={`Bv. ${example[key]}`} value={goal[key]} onChange={(e) => onChange({ [key]: e.target.value })} />
      )}
    </div>
  );
  return (
    <li className={`card goal${goal.reached ? ' reached' : ''}`} data-goal={goal.id}>
      <h3>Doel {number}{goal.want && `: ${goal.want}`}{goal.reached && ' ✓'}</h3>
      {field('want', 'Wat wil ik?')}
      {field('how', 'Hoe bereik ik dit?', true)}
      {field('when', 'Wanneer wil ik dit bereikt hebben?')}
      <HelperPicker helpers={goal.helpers} options={options} example={example.who} onAdd={onAddHelper} onRemove={onRemoveHelper} />
      <div className="goal-actions">
        <span className="tool-option">
          <input id={`${id}-bereikt`} type="checkbox" checked={goal.reached} onChange={(e) => onChange({ reached: e.target.checked })} />
          <label htmlFor={`${id}-bereikt`}>Bereikt!</label>
        </span>
        <button type="button" className="secondary small" aria-label={`Verwijder dit doel: ${goal.want || `doel ${number}`}`} onClick={onRemove}>
          Verwijder dit doel
        </button>
      </div>
    </li>
  );
}
