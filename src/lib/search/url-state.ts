/** Search state in the URL (?q=...&domein=wonen&formaliteit=Informeel), so it can be shared and printed. */
export const FILTER_KEYS = ['soort', 'domein', 'formaliteit', 'doelgroep', 'taal', 'kenmerk', 'regio'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  /** A municipality (name, postcode or NIS code) chosen apart from the query. */
  place?: string;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)].slice(0, 20);
  }
  const place = params.get('gemeente')?.trim().slice(0, 60);
  return { query: (params.get('q') ?? '').slice(0, 200), filters, ...(place ? { place } : {}) };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.place?.trim()) params.set('gemeente', state.place.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters, [key]: next };
  if (next.length === 0) delete filters[key];
  return { ...state, filters };
}
