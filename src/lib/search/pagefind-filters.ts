/** Turns the search state and a named place into a Pagefind filter object. */
import { regionLabel, provinceLabel } from '../labels';
import type { REGIONS, PROVINCES } from '../vocabulary';
import type { SearchState } from './url-state';
import { RESULT_KIND } from './index-fields';

export interface PlaceFilterInput {
  name: string;
  region: (typeof REGIONS)[number];
  province: (typeof PROVINCES)[number];
}

/**
 * Several values of one filter mean "any of them"; different filters must all match.
 * A place keeps organisations that work there (located there, or region- or province-wide)
 * and keeps pages that are not tied to a place (service types, needs, rights, domains).
 */
export function pagefindFilters(state: SearchState, places: PlaceFilterInput[] = []): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (values && values.length) filters[key] = { any: values };
  }
  if (places.length) {
    filters.any = [
      ...places.map((p) => ({ gemeente: p.name })),
      ...[...new Set(places.map((p) => `Heel ${regionLabel[p.region]}`))].map((w) => ({ werkgebied: w })),
      ...[...new Set(places.filter((p) => p.province !== 'brussel').map((p) => `Provincie ${provinceLabel[p.province]}`))].map((w) => ({ werkgebied: w })),
      ...[RESULT_KIND.serviceType, RESULT_KIND.need, RESULT_KIND.right, RESULT_KIND.domain].map((soort) => ({ soort })),
    ];
  }
  return filters;
}
