import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/content.config';
import type { Entry } from '../../../src/lib/catalog';
import { localize } from '../../../src/lib/i18n/content';
import type { Locale } from '../../../src/lib/i18n/locales';
import { organisationFields, RESULT_KIND, resultKindId, resultKinds, type SearchFields } from '../../../src/lib/search/index-fields';
import { catalogFrom, loadEntries } from '../../support/catalog';

const entries = loadEntries().entries;
const base = entries.organisations.find((o) => o.id === 'ocmw-anderlecht')!;
// The official French name of a Brussels organisation, as an editor would add it.
const ocmw: typeof base = { ...base, data: { ...base.data, translations: { fr: { name: 'CPAS Anderlecht' } } } };
const catalog = catalogFrom({ ...entries, organisations: entries.organisations.map((o) => (o.id === ocmw.id ? ocmw : o)) });

/** What Pagefind indexes of an organisation page: the name it shows plus the hidden extra words. */
const indexedText = (o: Entry<Organisation>, fields: SearchFields, locale: Locale) => [localize(o.data, 'name', locale).value, ...fields.extraWords].join(' ').toLowerCase();
const finds = (query: string, text: string) => query.toLowerCase().split(/\s+/).every((word) => text.includes(word));

describe('organisationFields: names in every language', () => {
  it('a Dutch search for the French name finds the Dutch page', () => {
    const text = indexedText(ocmw, organisationFields(catalog, ocmw, [], 'nl'), 'nl');
    expect(finds('CPAS Anderlecht', text)).toBe(true);
    expect(finds('OCMW Anderlecht', text)).toBe(true);
  });

  it('a French search for the Dutch name finds the French page, which shows the French name', () => {
    const fields = organisationFields(catalog, ocmw, [], 'fr');
    const text = indexedText(ocmw, fields, 'fr');
    expect(finds('OCMW Anderlecht', text)).toBe(true);
    expect(finds('CPAS Anderlecht', text)).toBe(true);
    // The shown name is indexed already: it is not repeated in the hidden words.
    expect(fields.extraWords).toContain('OCMW Anderlecht');
    expect(fields.extraWords).not.toContain('CPAS Anderlecht');
  });

  it('an organisation without translations keeps its Dutch fields', () => {
    const other = catalog.organisations.find((o) => o.id !== ocmw.id && Object.keys(o.data.translations).length === 0)!;
    expect(organisationFields(catalog, other, [])).toEqual(organisationFields(catalog, other, [], 'nl'));
    expect(organisationFields(catalog, other, []).extraWords).not.toContain(other.data.name);
  });
});

describe('organisationFields: filters in the page language', () => {
  it('writes Dutch filters on Dutch pages', () => {
    const { filters, meta } = organisationFields(catalog, ocmw, []);
    expect(filters.soort).toEqual([RESULT_KIND.organisation]);
    expect(filters.formaliteit).toEqual(['Formeel']);
    expect(filters.regio).toEqual(['Brussel']);
    expect(meta.soort).toBe('Organisatie');
  });

  it('writes French filters on French pages, but keeps the internal place filters Dutch', () => {
    const { filters, meta } = organisationFields(catalog, ocmw, [], 'fr');
    expect(filters.soort).toEqual(['Organisation']);
    expect(filters.formaliteit).toEqual(['Formel']);
    expect(filters.regio).toEqual(['Bruxelles']);
    // Municipalities are filtered per province: a search for one place loads one province's index.
    expect(filters['gemeente-brussel']).toEqual(['Anderlecht']);
    expect(filters.gemeente).toBeUndefined();
    expect(meta.formaliteit).toBe('Formel');
    expect(meta.gecontroleerd).toMatch(/2026/);
    expect(meta.gecontroleerd).not.toBe(organisationFields(catalog, ocmw, []).meta.gecontroleerd);
  });

  it('shows the French name of a Brussels municipality on French pages', () => {
    const fixture = loadEntries(`${import.meta.dirname}/../../fixtures/content`).entries;
    const small = catalogFrom(fixture);
    const group = small.organisations.find((o) => o.id === 'testgroep-brussel')!;
    expect(organisationFields(small, group, [], 'fr').meta.plaats).toBe('Testbruxelles');
    expect(organisationFields(small, group, [], 'en').meta.plaats).toBe('Testbrussel');
    expect(organisationFields(small, group, [], 'fr').filters.werkgebied).toEqual(['Heel Brussel']);
  });
});

describe('result kinds', () => {
  it('keeps the Dutch kinds the search filters already use', () => {
    expect(resultKinds()).toMatchObject(RESULT_KIND);
  });
  it('translates a kind from any language', () => {
    expect(resultKindId('Type de service')).toBe('serviceType');
    expect(resultKinds('fr')[resultKindId(RESULT_KIND.serviceType)!]).toBe('Type de service');
    expect(resultKinds('en')[resultKindId(RESULT_KIND.right)!]).toBe('Right');
    expect(resultKindId('Iets anders')).toBeUndefined();
  });
});
