/**
 * "In de buurt" for one need: the municipality lives in the URL (?gemeente=gent, a NIS code,
 * a name or a postcode). Data comes from /data/in-de-buurt/<gemeente>.json; nothing is sent.
 */
import { useEffect, useState } from 'react';
import { nearbyForNeed, type MunicipalityDigest, type NearbyItem } from '../../lib/explorer';
import { NearbyCard } from './NearbyCard';
import { useChosenPlace } from './place-state';

interface Props {
  need: { id: string; domain: string; serviceTypes: { type: string }[] };
  generalistNames: Record<string, { name: string; href: string }>;
}

export default function NeedNearby({ need, generalistNames }: Props) {
  const { place } = useChosenPlace();
  const [digest, setDigest] = useState<MunicipalityDigest>();
  const [error, setError] = useState('');

  useEffect(() => {
    if (!place) return;
    setError('');
    fetch(`/data/in-de-buurt/${place.slug}.json`)
      .then((r) => r.json() as Promise<MunicipalityDigest>)
      .then(setDigest)
      .catch(() => setError('De gegevens voor deze gemeente konden niet laden.'));
  }, [place]);

  const result = digest && place && digest.nis === place.nis ? nearbyForNeed(digest, need) : undefined;
  const list = (items: NearbyItem[], kind: string) => (
    <ul className={`cards ${kind}`}>
      {items.map((o) => (
        <NearbyCard key={o.id} item={o} needId={need.id} />
      ))}
    </ul>
  );

  return (
    <div className="need-nearby">
      <p className="visually-hidden" aria-live="polite">
        {result && place ? `${result.nearby.length} ${result.nearby.length === 1 ? 'plaats' : 'plaatsen'} voor je vraag in de buurt van ${place.name}.` : ''}
      </p>
      {error && <p className="place-error" role="alert">{error}</p>}
      {result && place && (
        <section aria-labelledby="in-de-buurt-titel" id="in-de-buurt">
            <h2 id="in-de-buurt-titel">In de buurt van {place.name}</h2>
            {result.nearby.length > 0 ? (
              list(result.nearby, 'nearby')
            ) : (
              <div className="notice">
                <p>
                  <strong>We kennen in {place.name} nog geen plaats van deze soort.</strong> Dat wil niet zeggen dat er niets is. Hieronder staat wat het dichtst bij is, en de diensten die in elke gemeente helpen.
                </p>
              </div>
            )}
            {result.nearest.length > 0 && (
              <>
                <h3>{result.nearby.length ? 'Andere hulp, iets verder weg' : `Het dichtst bij ${place.name}`}</h3>
                {list(result.nearest, 'nearest')}
              </>
            )}
            {(result.generalists.length > 0 || result.generalistsUnknown.length > 0) && (
              <>
                <h3>Diensten die in elke gemeente helpen</h3>
                {result.generalists.length > 0 && list(result.generalists, 'generalists')}
                {result.generalistsUnknown.map((type) => {
                  const g = generalistNames[type];
                  return (
                    g && (
                      <p key={type}>
                        Elke gemeente heeft {g.name}. We hebben het adres in {place.name} nog niet: vraag het aan het gemeentehuis, of lees <a href={g.href}>wat ze doen</a>.
                        {type === 'caw' && (
                          <>
                            {' '}
                            Het CAW is gratis te bellen op <a href="tel:080013500">0800 13 500</a>.
                          </>
                        )}
                      </p>
                    )
                  );
                })}
              </>
            )}
            {result.alongside.length > 0 && (
              <>
                <h3>Ook in de buurt: vrijwilligers en verenigingen</h3>
                <p>Zij vervangen de diensten niet, maar helpen op hun eigen manier: een luisterend oor, iemand die meegaat, mensen ontmoeten.</p>
                {list(result.alongside, 'alongside')}
              </>
            )}
        </section>
      )}
    </div>
  );
}
