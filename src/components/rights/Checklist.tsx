/** One list of what to bring, for every right to ask for. */
import type { ChecklistItem } from '../../lib/rights/results';

export function Checklist({ items }: { items: ChecklistItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="checklist" aria-labelledby="meebrengen-titel">
      <h3 id="meebrengen-titel">Wat breng je mee?</h3>
      <p>Eén lijst voor alle rechten die je aanvraagt. Vink af wat je al hebt.</p>
      <ul className="checklist-items">
        {items.map((d) => (
          <li key={d.id}>
            <label>
              <input type="checkbox" /> {d.title}
            </label>
            {d.where && <span className="meta"> Waar: {d.where}.</span>}
            <span className="meta"> Voor: {d.for.join(', ')}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
