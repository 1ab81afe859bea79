import type { NearbyItem } from '../../lib/explorer';
import { accessLabel, flagLabel, formalityLabel, formatKm, languageLabel } from '../../lib/labels';
import { hoursOn } from '../../lib/opening-hours';

function today(item: NearbyItem): string {
  const day = hoursOn({ regular: item.hours, exceptions: [] }, new Date());
  if (day.status === 'unknown') return 'niet bekend: bel eerst';
  if (day.status === 'closed') return 'vandaag gesloten';
  return day.blocks.map((b) => `${b.opens}–${b.closes}${b.note ? ` (${b.note})` : ''}`).join(', ');
}

/** One organisation in the explorer's "in de buurt" list. */
export function NearbyCard({ item: o, needId }: { item: NearbyItem; needId: string }) {
  return (
    <li className="card result-org">
      <h4>
        <a href={`/organisatie/${o.id}/`}>{o.name}</a>
      </h4>
      <p className="meta">
        {o.typeName} · {o.address || o.place || 'telefonisch of online'}
        {o.distanceKm !== null && o.distanceKm > 0.5 && ` · ${formatKm(o.distanceKm)}`}
      </p>
      <ul className="badges">
        <li className={`badge ${o.formality}`}>{formalityLabel[o.formality]}</li>
        {o.flags.map((f) => (
          <li key={f} className="badge flag">
            {flagLabel[f]}
          </li>
        ))}
      </ul>
      <p>{o.summary}</p>
      {o.complements && (
        <p className="meta">
          <strong>Naast andere hulp:</strong> {o.complements}
        </p>
      )}
      {o.caution && (
        <p className="meta">
          <strong>Let op:</strong> {o.caution}
        </p>
      )}
      <dl className="facts compact">
        {o.phone && (
          <>
            <dt>Telefoon</dt>
            <dd>
              <a href={`tel:${o.phone.replace(/[^0-9+]/g, '')}`}>{o.phone}</a>
            </dd>
          </>
        )}
        <dt>Vandaag open</dt>
        <dd>{today(o)}</dd>
        {o.access.length > 0 && (
          <>
            <dt>Binnenkomen</dt>
            <dd>{o.access.map((a) => accessLabel[a]).join(', ')}</dd>
          </>
        )}
        {o.languages.length > 0 && (
          <>
            <dt>Talen</dt>
            <dd>{o.languages.map((l) => languageLabel[l] ?? l).join(', ')}</dd>
          </>
        )}
      </dl>
      {o.incomplete && <p className="meta">Gegevens onvolledig: bel eerst.</p>}
      <p className="no-print">
        <a href={`/verwijskaart/${o.id}/?vraag=${needId}`}>Verwijskaart om af te drukken of door te sturen</a>
      </p>
    </li>
  );
}
