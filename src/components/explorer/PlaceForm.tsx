/** "In welke gemeente woon je?": a name or postcode, checked against local data only. */
import { useEffect, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { translator } from '../../lib/i18n/strings';
import { nearbyStrings } from '../../lib/i18n/ui/explorer';
import { createPlaceMatcher } from '../../lib/search/query';
import { loadPlaces, placeName } from '../search/pagefind';
import { choosePlace, useChosenPlace } from './place-state';

export default function PlaceForm({ locale = 'nl' }: { locale?: Locale }) {
  const t = translator(nearbyStrings, locale);
  const { places, asked, place, unknown, failed, match } = useChosenPlace();
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    if (place) {
      setInput(placeName(place, locale));
      setError('');
    } else if (unknown) setError(t('placeUnknown', { place: asked ?? '' }));
  }, [place, unknown, asked]); // `t` and `locale` stay the same for the page's lifetime

  // Links in the no-JavaScript list stay on this page when JavaScript runs.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-slug]');
      if (!link) return;
      e.preventDefault();
      link.closest('details')?.removeAttribute('open');
      choosePlace(link.dataset.slug!);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  return (
    <form
      className="search-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const text = input.trim();
        // On a slow connection the list of municipalities may still be on its way: wait for it.
        const list = places.length ? places : await loadPlaces().catch(() => []);
        const nis = (places.length ? match : createPlaceMatcher(list))(text).places[0];
        const found = list.find((p) => p.nis === nis);
        if (found) choosePlace(found.slug);
        else setError(t('placeUnknown', { place: text }));
      }}
    >
      <label htmlFor="gemeente-invoer">{t('placeLabel')}</label>
      <div className="search-row">
        <input id="gemeente-invoer" list="gemeente-opties" autoComplete="off" value={input} onChange={(e) => setInput(e.target.value)} />
        <button type="submit">{t('placeButton')}</button>
      </div>
      <datalist id="gemeente-opties">
        {places.map((p) => (
          <option key={p.nis} value={placeName(p, locale)} />
        ))}
      </datalist>
      {(error || failed) && (
        <p className="place-error" role="alert">
          {error || t('placesFailed')}
        </p>
      )}
    </form>
  );
}
