/** A list someone shared as a link: shown first, added only when the person asks. */
import type { ItemRef } from '../../lib/tools/my-list';
import type { SaveableItem } from '../../lib/tools/saveable';

interface Props {
  refs: ItemRef[];
  skipped: number;
  byKey: Map<string, SaveableItem>;
  onAdd: () => void;
  onClose: () => void;
}

export function SharedList({ refs, skipped, byKey, onAdd, onClose }: Props) {
  const known = refs.map((r) => byKey.get(`${r.kind}:${r.id}`)).filter((i): i is SaveableItem => i !== undefined);
  const missing = refs.length - known.length + skipped;
  return (
    <section className="notice shared-list no-print" aria-labelledby="gedeeld-titel">
      <h2 id="gedeeld-titel">Iemand deelde een lijst met je</h2>
      <ul>{known.map((i) => <li key={`${i.kind}:${i.id}`}><a href={i.href}>{i.name}</a> <span className="meta">({i.sub})</span></li>)}</ul>
      {missing > 0 && <p>{missing === 1 ? 'Eén item uit de link' : `${missing} items uit de link`} kennen we niet (meer). De link is misschien afgebroken.</p>}
      <p>Notities worden nooit gedeeld. Wil je deze items in je eigen lijst?</p>
      <div className="tool-buttons">
        {known.length > 0 && <button type="button" onClick={onAdd}>Zet ze in mijn lijst</button>}
        <button type="button" className="secondary" onClick={onClose}>Nee, sluit</button>
      </div>
    </section>
  );
}
