/** Where to ask for a right, near the household's municipality (from the data in the page). */
import type { ExplorerData, RightRule } from '../../lib/rights/types';

export function Offices({ right, data, nis }: { right: RightRule; data: ExplorerData; nis?: string }) {
  const place = nis ? data.municipalities[nis] : undefined;
  if (!nis || !place) {
    return (
      <p>
        <strong>Waar?</strong> <ServiceTypeLinks types={right.grantingServiceTypes} names={data.serviceTypes} joiner=", " />.
      </p>
    );
  }
  const near = data.officesNear[nis] ?? {};
  const items = right.grantingServiceTypes.flatMap((t) => (near[t] ?? []).map(([i, km]) => ({ office: data.offices[i]!, km })));
  const missingOcmw = right.grantingServiceTypes.includes('ocmw') && !near.ocmw?.length;
  return (
    <div className="offices">
      <p>
        <strong>Waar in de buurt van {place.name}?</strong>
      </p>
      {items.length > 0 && (
        <ul>
          {items.map(({ office, km }) => (
            <li key={office.id}>
              <a href={`/organisatie/${office.id}/`}>{office.name}</a>
              <span className="meta">
                {' '}
                · {data.serviceTypes[office.type]}
                {office.address && <> · {office.address}</>}
                {km !== null && km > 0.5 && <> · {new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 }).format(km)} km</>}
              </span>
              {office.phone && (
                <>
                  {' '}
                  · <a href={`tel:${office.phone.replace(/[^0-9+]/g, '')}`}>{office.phone}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {missingOcmw && (
        <p>
          Elke gemeente heeft een OCMW. <a href={`/gemeente/${place.slug}/`}>Bekijk wat we kennen in {place.name}</a>.
        </p>
      )}
      {items.length === 0 && !missingOcmw && (
        <p>
          We kennen nog geen plaats in de buurt. Zoek een <ServiceTypeLinks types={right.grantingServiceTypes} names={data.serviceTypes} joiner=" of " />.
        </p>
      )}
    </div>
  );
}

/** Links to "what does this kind of service do", e.g. "OCMW (Sociaal Huis), CAW". */
function ServiceTypeLinks({ types, names, joiner }: { types: string[]; names: Record<string, string>; joiner: string }) {
  return types.map((t, i) => (
    <span key={t}>
      {i > 0 && joiner}
      <a href={`/dienst/${t}/`}>{names[t]}</a>
    </span>
  ));
}
