/** Turns the search state and a named place into a Pagefind filter object. */
import { regionLabel, provinceLabel } from '../labels';
import type { REGIONS, PROVINCES } from '../vocabulary';
import type { SearchState } from './url-state';
import { EVERYWHERE, municipalityFilterKey } from './index-fields';

export interface PlaceFilterInput {
  name: string;
  region: (typeof REGIONS)[number];
  province: (typeof PROVINCES)[number];
}

/**
 * Several values of one filter mean "any of them"; different filters must all match.
 * A place keeps organisations that work there (located there, or region- or province-wide)
 * and keeps pages that are not tied to a place (service types, needs, rights, domains: werkgebied
 * "Overal"). Municipalities are filtered per province, so a search for Gent downloads the index of
 * Oost-Vlaanderen's municipalities only, not that of all 304.
 */
export function pagefindFilters(state: SearchState, places: PlaceFilterInput[] = []): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (values && values.length) filters[key] = { any: values };
  }
  if (places.length) {
    filters.any = [
      ...places.map((p) => ({ [municipalityFilterKey(p.province)]: p.name })),
      ...[...new Set(places.map((p) => `Heel ${regionLabel[p.region]}`))].map((w) => ({ werkgebied: w })),
      ...[...new Set(places.filter((p) => p.province !== 'brussel').map((p) => `Provincie ${provinceLabel[p.province]}`))].map((w) => ({ werkgebied: w })),
      { werkgebied: EVERYWHERE },
    ];
  }
  return filters;
}
