/**
 * Every value of every visible search filter in one language, known at build time. The search
 * page gets them as a list, so it need not download Pagefind's filter indexes (the biggest part
 * of a first search at scale) just to draw the checkboxes; a group's counts load when it opens.
 */
import type { Catalog } from '../catalog';
import type { Locale } from '../i18n';
import type { SynonymGroups } from './synonyms';
import { domainFields, needFields, organisationFields, resultKinds, rightFields, serviceTypeFields, type SearchFields } from './index-fields';
import { FILTER_KEYS, type FilterKey } from './url-state';

export type FacetValues = Record<FilterKey, string[]>;

export function facetValues(catalog: Catalog, synonyms: SynonymGroups, locale: Locale): FacetValues {
  const fields: SearchFields[] = [
    ...catalog.organisations.map((o) => organisationFields(catalog, o, synonyms, locale)),
    ...catalog.serviceTypes.map((s) => serviceTypeFields(s, catalog, synonyms, locale)),
    ...catalog.needs.map((n) => needFields(n, catalog, synonyms, locale)),
    ...catalog.rights.map((r) => rightFields(r, catalog, synonyms, locale)),
    ...catalog.domains.map((d) => domainFields(d, synonyms, locale)),
  ];
  const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const f of fields) for (const key of FILTER_KEYS) for (const value of f.filters[key] ?? []) values[key].add(value);
  // The crisis page is a kind of its own, written by the page itself.
  values.soort.add(resultKinds(locale).crisis);
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, [...values[key]]])) as FacetValues;
}
