/**
 * The handelingsplan island: goals per domain, set together with the family. Helpers can come
 * from the netwerkkaart and "Mijn lijst" in this browser, or from Wegwijzer's kinds of service.
 */
import { useEffect, useState } from 'react';
import { addGoal, addHelper, checkActionPlan, emptyActionPlan, GOAL_EXAMPLES, goalsByDomain, LABEL_MAX, progress, removeGoal, removeHelper, updateGoal } from '../../lib/tools/action-plan';
import { checkMyList, emptyList, itemKey } from '../../lib/tools/my-list';
import { allContacts, checkNetworkMap, emptyNetworkMap, type DomainId } from '../../lib/tools/network-map';
import { GoalCard } from './GoalCard';
import type { HelperOption } from './HelperPicker';
import { PlanTable } from './PlanTable';
import { loadSaveable } from './saveable-data';
import { ToolData } from './ToolData';
import { useToolData } from './tool-store';

interface Props {
  domains: { id: DomainId; name: string }[];
}

type Loaded = Awaited<ReturnType<typeof loadSaveable>>;

export default function ActionPlan({ domains }: Props) {
  const { data: plan, save, ready, problem } = useToolData('handelingsplan', checkActionPlan, emptyActionPlan);
  const { data: network } = useToolData('netwerkkaart', checkNetworkMap, emptyNetworkMap);
  const { data: myList } = useToolData('mijn-lijst', checkMyList, emptyList);
  const [facts, setFacts] = useState<Loaded>();
  const [focusGoal, setFocusGoal] = useState('');

  useEffect(() => {
    loadSaveable().then(setFacts).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!focusGoal) return;
    document.querySelector<HTMLInputElement>(`[data-goal="${focusGoal}"] input`)?.focus();
    setFocusGoal('');
  }, [focusGoal]);

  if (!ready) return null;

  const optionsFor = (domain: DomainId): HelperOption[] => {
    const contacts = allContacts(network);
    const saved = myList.items.map((i) => facts?.byKey.get(itemKey(i))).filter((i) => i !== undefined);
    const services = facts?.items.filter((i) => i.kind === 'dienst' && i.domains.includes(domain)) ?? [];
    const all: HelperOption[] = [
      ...contacts.filter((c) => c.domain === domain).map((c) => ({ label: c.contact.name, source: 'network' as const, group: 'Uit je netwerkkaart, dit domein' })),
      ...contacts.filter((c) => c.domain !== domain).map((c) => ({ label: c.contact.name, source: 'network' as const, group: 'Uit je netwerkkaart, andere domeinen' })),
      ...saved.map((i) => ({ label: i.name, source: 'wegwijzer' as const, href: i.href, group: 'Uit mijn lijst' })),
      ...services.map((i) => ({ label: i.name, source: 'wegwijzer' as const, href: i.href, group: 'Diensten voor dit domein op Wegwijzer' })),
    ];
    return all.filter((o, i) => all.findIndex((x) => x.label === o.label) === i);
  };
  const { reached, total } = progress(plan);

  return (
    <div className="action-plan">
      {problem && <p className="tool-error" role="alert">{problem}</p>}
      <div className="field no-print">
        <label htmlFor="plan-gezin">Naam van het gezin</label>
        <p className="meta" id="plan-gezin-uitleg">Een voornaam of initialen is genoeg.</p>
        <input id="plan-gezin" aria-describedby="plan-gezin-uitleg" maxLength={LABEL_MAX} placeholder={network.family || undefined} value={plan.family} onChange={(e) => save({ ...plan, family: e.target.value })} />
      </div>
      <p className="plan-progress" role="status">
        {total === 0 ? 'Nog geen doelen.' : `${reached} van ${total} ${total === 1 ? 'doel' : 'doelen'} bereikt.`}
      </p>
      {total > 0 && <p className="no-print"><button type="button" onClick={() => window.print()}>Druk het plan af</button></p>}
      <div className="print-only">
        {plan.family && <p><strong>Gezin:</strong> {plan.family}</p>}
        {/* With no goals yet, paper gets the blank plan with the examples, to fill in by hand. */}
        <PlanTable domains={domains} goals={plan.goals.length ? plan.goals : undefined} />
      </div>
      <div className="no-print">
        {goalsByDomain(plan, domains.map((d) => d.id)).map(({ domain, goals }) => {
          const name = domains.find((d) => d.id === domain)!.name;
          return (
            <section key={domain} className="plan-domain" aria-labelledby={`plan-${domain}`}>
              <h2 id={`plan-${domain}`} tabIndex={-1}>{name}</h2>
              {goals.length === 0 && <p className="meta">Bijvoorbeeld: {GOAL_EXAMPLES[domain].want}.</p>}
              {goals.length > 0 && (
                <ol className="cards goals">
                  {goals.map((goal, i) => (
                    <GoalCard
                      key={goal.id}
                      goal={goal}
                      number={i + 1}
                      options={optionsFor(domain)}
                      onChange={(change) => save(updateGoal(plan, goal.id, change))}
                      onAddHelper={(helper) => save(addHelper(plan, goal.id, helper))}
                      onRemoveHelper={(index) => save(removeHelper(plan, goal.id, index))}
                      onRemove={() => {
                        save(removeGoal(plan, goal.id));
                        requestAnimationFrame(() => document.getElementById(`plan-${domain}`)?.focus());
                      }}
                    />
                  ))}
                </ol>
              )}
              <button
                type="button"
                className="secondary"
                aria-label={`Voeg een doel toe bij ${name}`}
                onClick={() => {
                  const added = addGoal(plan, domain);
                  save(added.plan);
                  setFocusGoal(added.id);
                }}
              >
                Voeg een doel toe
              </button>
            </section>
          );
        })}
      </div>
      <ToolData kind="handelingsplan" data={plan} check={checkActionPlan} onReplace={save} onClear={() => save(emptyActionPlan())} />
    </div>
  );
}
