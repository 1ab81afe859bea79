import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../../src/lib/i18n/labels';
import { localize } from '../../../src/lib/i18n/content';
import { facetValues } from '../../../src/lib/search/facets';
import { organisationFields, resultKinds, rightFields } from '../../../src/lib/search/index-fields';
import { FILTER_KEYS } from '../../../src/lib/search/url-state';
import { realCatalog } from '../../support/catalog';

const catalog = realCatalog();

describe('facetValues', () => {
  it('holds every filter value any page writes, so no checkbox is missing', () => {
    for (const locale of ['nl', 'fr'] as const) {
      const facets = facetValues(catalog, [], locale);
      const pages = [...catalog.organisations.map((o) => organisationFields(catalog, o, [], locale)), ...catalog.rights.map((r) => rightFields(r, catalog, [], locale))];
      for (const page of pages) for (const key of FILTER_KEYS) for (const value of page.filters[key] ?? []) expect(facets[key], `${locale} ${key}`).toContain(value);
    }
  });

  it('speaks the page language, and only lists values that exist', () => {
    const fr = facetValues(catalog, [], 'fr');
    expect(fr.formaliteit.sort()).toEqual(Object.values(labelsFor('fr').formality).sort());
    expect(fr.domein).toContain(localize(catalog.domains[0]!.data, 'name', 'fr').value);
    expect(fr.soort).toContain(resultKinds('fr').crisis);
    const nl = facetValues(catalog, [], 'nl');
    const spoken = new Set(catalog.organisations.flatMap((o) => o.data.languages));
    expect(nl.taal).toHaveLength(spoken.size);
  });
});
