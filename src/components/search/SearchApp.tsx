/**
 * The search page island: query and filters live in the URL; Pagefind loads on first focus
 * (or at once when the URL already holds a search). Results are announced to screen readers.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pageLanguage, translator, type Locale } from '../../lib/i18n';
import { searchStrings } from '../../lib/i18n/ui/places';
import type { FacetValues } from '../../lib/search/facets';
import { pagefindFilters } from '../../lib/search/pagefind-filters';
import { createPlaceMatcher } from '../../lib/search/query';
import { FILTER_KEYS, paramsFromState, stateFromParams, toggleFilter, type FilterKey, type SearchState } from '../../lib/search/url-state';
import { FilterPanel } from './FilterPanel';
import { loadPagefind, loadPlaces, placeName, type PagefindResultData, type Place, type Pagefind } from './pagefind';
import { PlaceFilter } from './PlaceFilter';
import { ResultList } from './ResultList';

const PAGE_SIZE = 20;
type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Outcome {
  results: PagefindResultData[];
  total: number;
  remaining: Record<string, Record<string, number>>;
  place?: string;
}

const isEmpty = (s: SearchState) => !s.query.trim() && !s.place && Object.keys(s.filters).length === 0;

/**
 * Asks Pagefind for a filter's counts without narrowing anything: "none of no values" matches
 * every page, but makes Pagefind load that filter's index, and only that one.
 */
const countOnly = (keys: Iterable<FilterKey>) => [...keys].map((key) => ({ [key]: { none: [] } }));

function withCounts(filters: Record<string, unknown>, keys: Set<FilterKey>): Record<string, unknown> {
  const extra = countOnly([...keys].filter((key) => !(key in filters)));
  return extra.length ? { ...filters, all: [...((filters.all as unknown[]) ?? []), ...extra] } : filters;
}

export default function SearchApp({ locale = 'nl', facets }: { locale?: Locale; facets: FacetValues }) {
  const t = translator(searchStrings, locale);
  const lang = pageLanguage(locale);
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [status, setStatus] = useState<Status>('idle');
  const [engine, setEngine] = useState<{ pagefind: Pagefind; places: Place[] }>();
  // Filter groups whose counts are shown: those opened once, or in use. Others cost no download.
  const [counted, setCounted] = useState<Set<FilterKey>>(new Set());
  const [openGroups, setOpenGroups] = useState<Set<FilterKey>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>();
  const [shown, setShown] = useState(PAGE_SIZE);
  const searchRun = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const start = useCallback(() => {
    if (status !== 'idle') return;
    setStatus('loading');
    Promise.all([loadPagefind(), loadPlaces()])
      .then(([pagefind, places]) => setEngine({ pagefind, places }))
      .then(() => setStatus('ready'))
      .catch(() => setStatus('error'));
  }, [status]);

  // The URL is the source of truth: read it on load and on back/forward.
  useEffect(() => {
    const read = () => {
      const next = stateFromParams(new URLSearchParams(window.location.search));
      setState(next);
      // A filter chosen in a shared link shows open.
      setOpenGroups((keys) => new Set([...keys, ...(Object.keys(next.filters) as FilterKey[])]));
      if (!isEmpty(next)) start();
    };
    // On a slow phone a person may type before the page is interactive: keep those words.
    const typedEarly = input.current?.value.trim();
    if (typedEarly && !new URLSearchParams(window.location.search).get('q')) {
      setState((s) => ({ ...s, query: typedEarly }));
      start();
    } else read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [start]);

  const parsePlace = useMemo(() => (engine ? createPlaceMatcher(engine.places) : undefined), [engine]);

  useEffect(() => {
    if (!engine || !parsePlace) return;
    if (isEmpty(state)) {
      setOutcome(undefined);
      return;
    }
    const run = ++searchRun.current;
    const parsed = parsePlace(state.query);
    // A municipality chosen in the filter wins over one named in the query.
    const chosen = state.place ? engine.places.find((p) => p.nis === parsePlace(state.place!).places[0] || p.slug === state.place) : undefined;
    const places = chosen ? [chosen] : parsed.places.map((nis) => engine.places.find((p) => p.nis === nis)).filter((p) => p !== undefined);
    const counting = new Set<FilterKey>([...counted, ...(Object.keys(state.filters) as FilterKey[])]);
    const filters = withCounts(pagefindFilters(state, places), counting);
    const term = parsed.text.trim() || null;
    (async () => {
      const search = await engine.pagefind.search(term, { filters });
      // Values of one filter combine with "or": count a chosen filter's values as if it were not
      // chosen yet, so its other values stay available.
      const remaining: Record<string, Record<string, number>> = {};
      for (const key of counting) remaining[key] = search.filters[key] ?? {};
      for (const key of Object.keys(state.filters) as FilterKey[]) {
        const without = withCounts(pagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } }, places), new Set([key]));
        remaining[key] = (await engine.pagefind.search(term, { filters: without })).filters[key] ?? {};
      }
      const results = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
      if (run !== searchRun.current) return;
      setOutcome({ results, total: search.results.length, remaining, place: places.map((p) => placeName(p, locale)).join(', ') || undefined });
    })().catch(() => setStatus('error'));
  }, [engine, parsePlace, state, shown, locale, counted]);

  const commit = (next: SearchState, push: boolean) => {
    setState(next);
    setShown(PAGE_SIZE);
    const query = paramsFromState(next).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  return (
    <div className="search-app">
      <form
        role="search"
        className="search-form"
        action={lang.href('/zoeken/')}
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get('q') ?? '');
          commit({ ...state, query: q }, true);
        }}
      >
        <label htmlFor="zoekterm">{t('label')}</label>
        <p className="meta" id="zoekterm-hulp">
          {t('help')}
        </p>
        <div className="search-row">
          <input
            ref={input}
            id="zoekterm"
            name="q"
            type="search"
            aria-describedby="zoekterm-hulp"
            autoComplete="off"
            value={state.query}
            onFocus={start}
            onChange={(e) => commit({ ...state, query: e.target.value }, false)}
          />
          <button type="submit">{t('button')}</button>
        </div>
      </form>
      <div className="visually-hidden" aria-live="polite" role="status">
        {status === 'ready' && outcome ? t(`${outcome.total === 1 ? 'foundOne' : 'found'}${outcome.place ? 'For' : ''}`, { count: outcome.total, place: outcome.place ?? '' }) : ''}
      </div>
      {status === 'loading' && <p>{t('loading')}</p>}
      {status === 'error' && (
        <p className="notice">
          {t('failed')} <a href={lang.href('/gemeenten/')}>{t('failedMunicipality')}</a> {t('failedOr')} <a href={lang.href('/diensten/')}>{t('failedServiceType')}</a>.
        </p>
      )}
      {engine && (
        <div className="search-layout">
          <details className="filter-box" open>
            <summary>
              {t('filters')}
              {Object.keys(state.filters).length > 0 && ` ${t('chosen', { count: Object.values(state.filters).flat().length })}`}
            </summary>
            <PlaceFilter places={engine.places} value={state.place} onChange={(place) => commit({ ...state, place }, true)} locale={locale} />
            <FilterPanel
              keys={FILTER_KEYS}
              values={facets}
              counts={outcome?.remaining ?? {}}
              folding={{
                open: openGroups,
                onOpenChange: (key, open) => {
                  setOpenGroups((keys) => (open === keys.has(key) ? keys : new Set(open ? [...keys, key] : [...keys].filter((k) => k !== key))));
                  if (open) setCounted((keys) => (keys.has(key) ? keys : new Set([...keys, key])));
                },
              }}
              state={state}
              onToggle={(k: FilterKey, v: string) => commit(toggleFilter(state, k, v), true)}
              locale={locale}
            />
          </details>
          <section aria-labelledby="resultaten-titel" className="search-results">
            {outcome ? (
              <>
                <h2 id="resultaten-titel">
                  {outcome.total} {outcome.total === 1 ? t('result') : t('results')}
                  {outcome.place && <> {t('inOrFor', { place: outcome.place })}</>}
                </h2>
                {outcome.total === 0 ? (
                  <NoResults hasFilters={Object.keys(state.filters).length > 0} onClear={() => commit({ ...state, filters: {} }, true)} locale={locale} />
                ) : (
                  <>
                    <ResultList results={outcome.results} locale={locale} />
                    {outcome.total > outcome.results.length && (
                      <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                        {t('more')}
                      </button>
                    )}
                  </>
                )}
              </>
            ) : (
              <h2 id="resultaten-titel">{t('start')}</h2>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function NoResults({ hasFilters, onClear, locale }: { hasFilters: boolean; onClear: () => void; locale: Locale }) {
  const t = translator(searchStrings, locale);
  const lang = pageLanguage(locale);
  return (
    <div className="notice">
      <p>{t('nothing')}</p>
      <ul>
        {hasFilters && (
          <li>
            <button type="button" className="secondary" onClick={onClear}>
              {t('clearFilters')}
            </button>
          </li>
        )}
        <li>{t('otherWord')}</li>
        <li>
          {t('chooseDomain')} <a href={lang.href('/')}>{t('domains')}</a>.
        </li>
        <li>
          {t('urgent')} <a href={lang.href('/dringend/')}>{t('urgentLink')}</a>.
        </li>
      </ul>
    </div>
  );
}
