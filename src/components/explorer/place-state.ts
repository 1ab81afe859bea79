/** The chosen municipality lives in the URL (?gemeente=...); two islands share it through an event. */
import { useEffect, useMemo, useState } from 'react';
import { createPlaceMatcher } from '../../lib/search/query';
import { loadPlaces, type Place } from '../search/pagefind';

const EVENT = 'wegwijzer:gemeente';

export function choosePlace(value: string) {
  const params = new URLSearchParams(window.location.search);
  params.set('gemeente', value);
  window.history.pushState(null, '', `?${params}`);
  window.dispatchEvent(new Event(EVENT));
}

/** The municipality the URL asks for, resolved from a slug, NIS code, name or postcode. */
export function useChosenPlace() {
  const [places, setPlaces] = useState<Place[]>([]);
  const [asked, setAsked] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadPlaces().then(setPlaces).catch(() => setFailed(true));
    const read = () => setAsked(new URLSearchParams(window.location.search).get('gemeente'));
    read();
    window.addEventListener('popstate', read);
    window.addEventListener(EVENT, read);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener(EVENT, read);
    };
  }, []);
  const match = useMemo(() => createPlaceMatcher(places), [places]);
  const place = useMemo(() => {
    if (!asked || !places.length) return undefined;
    return places.find((p) => p.slug === asked || p.nis === asked) ?? places.find((p) => p.nis === match(asked).places[0]);
  }, [asked, places, match]);
  const unknown = Boolean(asked && places.length && !place);
  return { places, asked, place, unknown, failed, match };
}
