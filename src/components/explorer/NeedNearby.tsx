/**
 * "In de buurt" for one need: the municipality lives in the URL (?gemeente=gent, a NIS code,
 * a name or a postcode). Data comes from /data/in-de-buurt/<gemeente>.json; nothing is sent.
 */
import { createElement, Fragment, useEffect, useState, type ReactNode } from 'react';
import { nearbyForNeed, type MunicipalityDigest, type NearbyItem } from '../../lib/explorer';
import type { Locale } from '../../lib/i18n/locales';
import { translator } from '../../lib/i18n/strings';
import { fillSlots, nearbyStrings } from '../../lib/i18n/ui/explorer';
import { placeName } from '../search/pagefind';
import { NearbyCard } from './NearbyCard';
import { useChosenPlace } from './place-state';

interface Props {
  need: { id: string; domain: string; serviceTypes: { type: string }[] };
  /** Generalist types (OCMW, CAW) by id: how to name one ("een OCMW") and the page about it, in the page's language. */
  generalistNames: Record<string, { name: string; href: string }>;
  locale?: Locale;
  /** Names of the kinds of service in the page's language, where translated. */
  typeNames?: Record<string, string>;
}

/** A translated sentence with elements in its placeholders. */
const Sentence = ({ text, slots }: { text: string; slots: Record<string, ReactNode> }) => createElement(Fragment, null, ...fillSlots(text, slots));

export default function NeedNearby({ need, generalistNames, locale = 'nl', typeNames }: Props) {
  const t = translator(nearbyStrings, locale);
  const { place } = useChosenPlace();
  const [digest, setDigest] = useState<MunicipalityDigest>();
  const [error, setError] = useState('');

  useEffect(() => {
    if (!place) return;
    setError('');
    fetch(`/data/in-de-buurt/${place.slug}.json`)
      .then((r) => r.json() as Promise<MunicipalityDigest>)
      .then(setDigest)
      .catch(() => setError(t('dataFailed')));
  }, [place]); // `t` stays the same for the page's lifetime

  const result = digest && place && digest.nis === place.nis ? nearbyForNeed(digest, need) : undefined;
  const name = place ? placeName(place, locale) : '';
  const list = (items: NearbyItem[], kind: string) => (
    <ul className={`cards ${kind}`}>
      {items.map((o) => (
        <NearbyCard key={o.id} item={o} needId={need.id} locale={locale} typeName={typeNames?.[o.type]} />
      ))}
    </ul>
  );
  // Digits and spaces of a phone number keep their order in right-to-left text.
  const phoneDir = locale === 'ar' ? 'ltr' : undefined;

  return (
    <div className="need-nearby">
      <p className="visually-hidden" aria-live="polite">
        {result && place ? t(result.nearby.length === 1 ? 'liveOne' : 'liveMany', { count: result.nearby.length, place: name }) : ''}
      </p>
      {error && <p className="place-error" role="alert">{error}</p>}
      {result && place && (
        <section aria-labelledby="in-de-buurt-titel" id="in-de-buurt">
            <h2 id="in-de-buurt-titel">{t('nearbyTitle', { place: name })}</h2>
            {locale !== 'nl' && <p className="translation-note">{t('placesInDutch')}</p>}
            {result.nearby.length > 0 ? (
              list(result.nearby, 'nearby')
            ) : (
              <div className="notice">
                <p>
                  <strong>{t('noneHere', { place: name })}</strong> {t('noneHereMore')}
                </p>
              </div>
            )}
            {result.nearest.length > 0 && (
              <>
                <h3>{result.nearby.length ? t('otherFurther') : t('nearestTo', { place: name })}</h3>
                {list(result.nearest, 'nearest')}
              </>
            )}
            {(result.generalists.length > 0 || result.generalistsUnknown.length > 0) && (
              <>
                <h3>{t('generalistsTitle')}</h3>
                {result.generalists.length > 0 && list(result.generalists, 'generalists')}
                {result.generalistsUnknown.map((type) => {
                  const g = generalistNames[type];
                  return (
                    g && (
                      <p key={type}>
                        <Sentence text={t('generalistUnknown', { name: g.name, place: name })} slots={{ link: <a href={g.href}>{t('whatTheyDo')}</a> }} />
                        {type === 'caw' && (
                          <>
                            {' '}
                            <Sentence text={t('cawPhone')} slots={{ phone: <a href="tel:080013500" dir={phoneDir}>0800 13 500</a> }} />
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
                <h3>{t('alongsideTitle')}</h3>
                <p>{t('alongsideText')}</p>
                {list(result.alongside, 'alongside')}
              </>
            )}
        </section>
      )}
    </div>
  );
}
