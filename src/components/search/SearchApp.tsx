/**
 * The search page island: query and filters live in the URL; Pagefind loads on first focus
 * (or at once when the URL already holds a search). Results are announced to screen readers.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pagefindFilters } from '../../lib/search/pagefind-filters';
import { createPlaceMatcher } from '../../lib/search/query';
import { FILTER_KEYS, paramsFromState, stateFromParams, toggleFilter, type FilterKey, type SearchState } from '../../lib/search/url-state';
import { FilterPanel } from './FilterPanel';
import { loadPagefind, loadPlaces, type PagefindResultData, type Place, type Pagefind } from './pagefind';
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

export default function SearchApp() {
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [status, setStatus] = useState<Status>('idle');
  const [engine, setEngine] = useState<{ pagefind: Pagefind; places: Place[]; all: Record<string, Record<string, number>> }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [shown, setShown] = useState(PAGE_SIZE);
  const searchRun = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const start = useCallback(() => {
    if (status !== 'idle') return;
    setStatus('loading');
    Promise.all([loadPagefind(), loadPlaces()])
      .then(async ([pagefind, places]) => setEngine({ pagefind, places, all: await pagefind.filters() }))
      .then(() => setStatus('ready'))
      .catch(() => setStatus('error'));
  }, [status]);

  // The URL is the source of truth: read it on load and on back/forward.
  useEffect(() => {
    const read = () => {
      const next = stateFromParams(new URLSearchParams(window.location.search));
      setState(next);
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
    const filters = pagefindFilters(state, places);
    const term = parsed.text.trim() || null;
    (async () => {
      const search = await engine.pagefind.search(term, { filters });
      // Values of one filter combine with "or": count a chosen filter's values as if it were not
      // chosen yet, so its other values stay available.
      const remaining = { ...search.filters };
      for (const key of Object.keys(state.filters) as FilterKey[]) {
        const without = pagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } }, places);
        remaining[key] = (await engine.pagefind.search(term, { filters: without })).filters[key] ?? {};
      }
      const results = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
      if (run !== searchRun.current) return;
      setOutcome({ results, total: search.results.length, remaining, place: places.map((p) => p.name).join(', ') || undefined });
    })().catch(() => setStatus('error'));
  }, [engine, parsePlace, state, shown]);

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
        action="/zoeken/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get('q') ?? '');
          commit({ ...state, query: q }, true);
        }}
      >
        <label htmlFor="zoekterm">Waar zoek je hulp bij?</label>
        <p className="meta" id="zoekterm-hulp">Typ een woord en eventueel je gemeente of postcode, bv. "voedselpakket 9000" of "cpas schaerbeek".</p>
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
          <button type="submit">Zoek</button>
        </div>
      </form>
      <div className="visually-hidden" aria-live="polite" role="status">
        {status === 'ready' && outcome ? `${outcome.total} resultaten gevonden${outcome.place ? ` voor ${outcome.place}` : ''}.` : ''}
      </div>
      {status === 'loading' && <p>Zoeken wordt geladen…</p>}
      {status === 'error' && <p className="notice">Zoeken lukt nu niet. Blader per <a href="/gemeenten/">gemeente</a> of per <a href="/diensten/">soort dienst</a>.</p>}
      {engine && (
        <div className="search-layout">
          <details className="filter-box" open>
            <summary>Filters{Object.keys(state.filters).length > 0 && ` (${Object.values(state.filters).flat().length} gekozen)`}</summary>
            <PlaceFilter places={engine.places} value={state.place} onChange={(place) => commit({ ...state, place }, true)} />
            <FilterPanel keys={FILTER_KEYS} all={engine.all} remaining={outcome?.remaining ?? engine.all} state={state} onToggle={(k: FilterKey, v: string) => commit(toggleFilter(state, k, v), true)} />
          </details>
          <section aria-labelledby="resultaten-titel" className="search-results">
            {outcome ? (
              <>
                <h2 id="resultaten-titel">
                  {outcome.total} {outcome.total === 1 ? 'resultaat' : 'resultaten'}
                  {outcome.place && <> in of voor {outcome.place}</>}
                </h2>
                {outcome.total === 0 ? (
                  <NoResults hasFilters={Object.keys(state.filters).length > 0} onClear={() => commit({ ...state, filters: {} }, true)} />
                ) : (
                  <>
                    <ResultList results={outcome.results} />
                    {outcome.total > outcome.results.length && (
                      <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                        Toon meer resultaten
                      </button>
                    )}
                  </>
                )}
              </>
            ) : (
              <h2 id="resultaten-titel">Typ een zoekwoord of kies een filter.</h2>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function NoResults({ hasFilters, onClear }: { hasFilters: boolean; onClear: () => void }) {
  return (
    <div className="notice">
      <p>We vonden niets. Wat kan je doen?</p>
      <ul>
        {hasFilters && (
          <li>
            <button type="button" className="secondary" onClick={onClear}>
              Wis alle filters
            </button>
          </li>
        )}
        <li>Probeer een ander of korter woord.</li>
        <li>
          Kies waar je vraag over gaat: <a href="/">de levensdomeinen</a>.
        </li>
        <li>
          Is het dringend? <a href="/dringend/">Dringend hulp nodig</a>.
        </li>
      </ul>
    </div>
  );
}
