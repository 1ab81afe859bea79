/**
 * The map page island: filters (the same as search, kept in the URL), a municipality or postcode
 * jump with local data, "bij mij in de buurt" only on request, and a list that always shows what
 * the map shows. The list is the accessible path; the map is an extra.
 */
import { useEffect, useMemo, useState } from 'react';
import { pageLanguage, translator, type Locale } from '../../lib/i18n';
import { mapStrings } from '../../lib/i18n/ui/places';
import { filterCounts, filterPoints, inBounds, MAP_FILTER_KEYS, type Bounds } from '../../lib/map/filter';
import { decodePointFile, pointHref, type MapPoint, type PointFile } from '../../lib/map/points';
import { createPlaceMatcher } from '../../lib/search/query';
import { paramsFromState, stateFromParams, toggleFilter, type FilterKey, type SearchState } from '../../lib/search/url-state';
import { formalityLabel } from '../../lib/labels';
import { FilterPanel } from '../search/FilterPanel';
import { loadPlaces, placeName, type Place } from '../search/pagefind';
import { PointsMap, type MapView, type Tiles } from './PointsMap';

const BELGIUM: MapView = { center: [50.85, 4.35], zoom: 8, nonce: 0 };
const LIST_LIMIT = 100;

interface Props {
  tiles: Tiles;
  /** The page's language; Dutch when left out. */
  locale?: Locale;
  /**
   * The point file is Dutch (names, types, labels; the filter values in the URL stay Dutch too):
   * Dutch text → the page's language, for what the island shows.
   */
  translations?: Record<string, string>;
}

const NONE: Record<string, string> = {};

export default function MapExplorer({ tiles, locale = 'nl', translations = NONE }: Props) {
  const t = translator(mapStrings, locale);
  const lang = pageLanguage(locale);
  const tr = (text: string) => translations[text] ?? text;
  const [points, setPoints] = useState<MapPoint[]>();
  const [places, setPlaces] = useState<Place[]>([]);
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [view, setView] = useState<MapView>(BELGIUM);
  const [bounds, setBounds] = useState<Bounds>();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [placeInput, setPlaceInput] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    fetch('/data/points.json')
      .then((r) => r.json() as Promise<PointFile>)
      .then((file) => {
        const decoded = decodePointFile(file);
        setPoints(decoded);
        // Start with every place in view, unless the URL asks for a municipality.
        if (decoded.length && !new URLSearchParams(window.location.search).get('gemeente')) {
          const lats = decoded.map((p) => p.latitude);
          const lngs = decoded.map((p) => p.longitude);
          const fit: MapView['fit'] = [[Math.min(...lats), Math.min(...lngs)], [Math.max(...lats), Math.max(...lngs)]];
          setView({ ...BELGIUM, fit, nonce: Date.now() });
        }
      })
      .catch(() => setMessage(t('pointsFailed')));
    loadPlaces().then(setPlaces).catch(() => undefined);
  }, []);

  const matchPlace = useMemo(() => createPlaceMatcher(places), [places]);
  const goToPlace = async (text: string, push: boolean) => {
    // The list of municipalities may still be loading on a slow connection: wait for it.
    const list = places.length ? places : await loadPlaces().catch(() => []);
    const nis = (places.length ? matchPlace : createPlaceMatcher(list))(text).places[0];
    const place = list.find((p) => p.nis === nis);
    if (!place) {
      setMessage(t('unknownPlace', { text }));
      return;
    }
    setMessage(t('showing', { place: placeName(place, locale) }));
    setView({ center: [place.latitude, place.longitude], zoom: 13, nonce: Date.now() });
    const params = paramsFromState(state);
    params.set('gemeente', place.name);
    window.history[push ? 'pushState' : 'replaceState'](null, '', `?${params}`);
  };

  // Filters and the chosen place live in the URL.
  useEffect(() => {
    const read = () => {
      const params = new URLSearchParams(window.location.search);
      setState(stateFromParams(params));
      setPlaceInput(params.get('gemeente') ?? '');
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get('gemeente');
    if (wanted && places.length) void goToPlace(wanted, false);
  }, [places]); // eslint-disable-line react-hooks/exhaustive-deps

  const setFilters = (next: SearchState) => {
    setState(next);
    const params = paramsFromState(next);
    const place = new URLSearchParams(window.location.search).get('gemeente');
    if (place) params.set('gemeente', place);
    window.history.pushState(null, '', `${window.location.pathname}${params.size ? `?${params}` : ''}`);
  };

  const filtered = useMemo(() => (points ? filterPoints(points, state.filters) : []), [points, state.filters]);
  const counts = useMemo(() => (points ? filterCounts(points, state.filters) : undefined), [points, state.filters]);
  const visible = useMemo(() => (bounds ? filtered.filter((p) => inBounds(p, bounds)) : filtered), [filtered, bounds]);

  const nearMe = () => {
    if (!('geolocation' in navigator)) {
      setMessage(t('noGeolocation'));
      return;
    }
    setMessage(t('locating'));
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setView({ center: [pos.coords.latitude, pos.coords.longitude], zoom: 14, nonce: Date.now() });
        setMessage(t('showingNearby'));
      },
      () => setMessage(t('locationUnknown')),
      { timeout: 10000 },
    );
  };

  return (
    <div className="map-explorer">
      <div className="map-tools">
        <form
          className="place-form"
          onSubmit={(e) => {
            e.preventDefault();
            void goToPlace(placeInput, true);
          }}
        >
          <label htmlFor="gemeente-kiezen">{t('goToPlace')}</label>
          <div className="search-row">
            <input id="gemeente-kiezen" list="gemeenten-lijst" value={placeInput} onChange={(e) => setPlaceInput(e.target.value)} autoComplete="off" />
            <button type="submit">{t('show')}</button>
          </div>
          <datalist id="gemeenten-lijst">
            {places.map((p) => (
              <option key={p.nis} value={placeName(p, locale)} />
            ))}
          </datalist>
        </form>
        <div>
          <button type="button" className="secondary" onClick={nearMe}>
            {t('nearMe')}
          </button>
          <p className="meta">{t('privacy')}</p>
        </div>
      </div>
      <p role="status" className="map-status">
        {message}
      </p>
      {tilesFailed && <p className="notice quiet">{t('tilesFailed')}</p>}
      <div className="map-layout">
        <details className="filter-box" open>
          <summary>{t('filters')}</summary>
          {counts && (
            <FilterPanel
              keys={MAP_FILTER_KEYS}
              values={Object.fromEntries(Object.entries(counts.all).map(([key, byValue]) => [key, Object.keys(byValue)]))}
              counts={counts.remaining}
              state={state}
              onToggle={(k: FilterKey, v: string) => setFilters(toggleFilter(state, k, v))}
              locale={locale}
              labelOf={tr}
            />
          )}
        </details>
        <div className="map-main">
          <Legend locale={locale} tr={tr} />
          {points && <PointsMap points={filtered} tiles={tiles} view={view} onBounds={setBounds} onTilesFailed={() => setTilesFailed(true)} locale={locale} translations={translations} />}
          <section aria-labelledby="lijst-titel" className="map-list">
            <h2 id="lijst-titel">
              {visible.length} {visible.length === 1 ? t('place') : t('places')} {t('onTheMap')}
            </h2>
            <ol className="cards">
              {visible.slice(0, LIST_LIMIT).map((p) => (
                <li key={p.id} className="card" data-point={p.id}>
                  <h3>
                    <a href={lang.href(pointHref(p))}>{tr(p.name)}</a>
                  </h3>
                  <p className="meta">
                    {tr(p.type)} · {tr(formalityLabel[p.formality])} · {p.address || tr(p.municipality)}
                    {p.approximate && ` ${t('approximate')}`}
                  </p>
                  <button type="button" className="secondary small" onClick={() => setView({ center: [p.latitude, p.longitude], zoom: 15, openId: p.id, nonce: Date.now() })}>
                    {t('showOnMap')}
                    <span className="visually-hidden">: {tr(p.name)}</span>
                  </button>
                </li>
              ))}
            </ol>
            {visible.length > LIST_LIMIT && <p>{t('zoomIn', { count: visible.length - LIST_LIMIT })}</p>}
          </section>
        </div>
      </div>
    </div>
  );
}

function Legend({ locale, tr }: { locale: Locale; tr: (text: string) => string }) {
  const t = translator(mapStrings, locale);
  return (
    <ul className="legend" aria-label={t('legend')}>
      <li>
        <span className="marker marker-formal" aria-hidden="true"><span /></span> {tr(formalityLabel.formal)}
      </li>
      <li>
        <span className="marker marker-semi-formal" aria-hidden="true"><span /></span> {tr(formalityLabel['semi-formal'])}
      </li>
      <li>
        <span className="marker marker-informal" aria-hidden="true"><span /></span> {tr(formalityLabel.informal)}
      </li>
      <li>
        <span className="marker marker-formal marker-approximate" aria-hidden="true"><span /></span> {t('legendApproximate')}
      </li>
    </ul>
  );
}
