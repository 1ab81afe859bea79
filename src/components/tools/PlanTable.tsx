/**
 * The handelingsplan as the source's table, for print. Blank (rendered at build time, for use
 * without JavaScript), it has one row per domain with the source's example in grey.
 */
import { domainShortLabel } from '../../lib/labels';
import { GOAL_EXAMPLES, type Goal } from '../../lib/tools/action-plan';
import type { DomainId } from '../../lib/tools/network-map';

interface Props {
  domains: { id: DomainId; name: string }[];
  goals?: Goal[];
}

export function PlanTable({ domains, goals }: Props) {
  const rows = goals
    ? domains.flatMap((d) => goals.filter((g) => g.domain === d.id))
    : domains.map((d): Goal => ({ id: d.id, domain: d.id, want: '', how: '', when: '', helpers: [], reached: false }));
  const hint = (g: Goal, key: 'want' | 'how' | 'when' | 'who') => !goals && <span className="example">Bv. {GOAL_EXAMPLES[g.domain][key]}</span>;
  return (
    <table className="plan-table">
      <caption className="visually-hidden">Handelingsplan</caption>
      <thead>
        <tr>
          <th scope="col">Domein</th>
          <th scope="col">Wat wil ik?</th>
          <th scope="col">Hoe bereik ik dit?</th>
          <th scope="col">Wanneer?</th>
          <th scope="col">Wie kan helpen?</th>
          <th scope="col">Bereikt</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => (
          <tr key={g.id}>
            <th scope="row">{domainShortLabel[g.domain]}</th>
            <td>{g.want}{hint(g, 'want')}</td>
            <td>{g.how}{hint(g, 'how')}</td>
            <td>{g.when}{hint(g, 'when')}</td>
            <td>{g.helpers.map((h) => h.label).join(', ')}{hint(g, 'who')}</td>
            <td>{g.reached ? '✓ ja' : '☐'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
