import { formalityLabel } from '../../lib/labels';
import { hoursOn } from '../../lib/opening-hours';
import { pointHref, type MapPoint } from '../../lib/map/points';

function todayText(p: MapPoint): string {
  const today = hoursOn({ regular: p.hours, exceptions: [] }, new Date());
  if (today.status === 'unknown') return 'Openingsuren niet bekend';
  if (today.status === 'closed') return 'Vandaag gesloten';
  return `Vandaag open: ${today.blocks.map((b) => `${b.opens}–${b.closes}`).join(', ')}`;
}

/** Name, type, formality, address (or why there is none), hours today, link to the page. */
export function PointPopup({ point: p }: { point: MapPoint }) {
  return (
    <div className="popup">
      <p className="popup-title">
        <a href={pointHref(p)}>{p.name}</a>
      </p>
      <p>
        {p.type} · {formalityLabel[p.formality]}
      </p>
      <p>{p.address || `${p.municipality}: adres niet bekend of niet openbaar`}</p>
      {p.approximate && <p className="meta">Ongeveer: het punt staat in het centrum van {p.municipality}.</p>}
      <p>{todayText(p)}</p>
    </div>
  );
}
