import { describe, expect, it } from 'vitest';
import { localizedStaticPaths, translatedPages } from '../../../src/lib/i18n/pages';
import { realCatalog } from '../../support/catalog';

const catalog = realCatalog();

describe('translated pages', () => {
  it('has every organisation, right and need in French and English', () => {
    const paths = localizedStaticPaths(catalog);
    const count = (locale: string, view: string) => paths.filter((p) => p.props.locale === locale && p.props.view === view).length;
    for (const locale of ['fr', 'en']) {
      expect(count(locale, 'organisation')).toBe(catalog.organisations.length);
      expect(count(locale, 'right')).toBe(catalog.rights.length);
      expect(count(locale, 'need')).toBe(catalog.needs.length);
    }
  });

  it('has the main flows in Arabic: home, explorer and crisis page, and nothing it cannot show', () => {
    const views = new Set(localizedStaticPaths(catalog).filter((p) => p.props.locale === 'ar').map((p) => p.props.view));
    expect([...views].sort()).toEqual(['crisis', 'explorer', 'explorerDomain', 'home', 'need']);
  });

  it('gives every page one address per language', () => {
    const paths = localizedStaticPaths(catalog).map((p) => `${p.params.locale}/${p.params.path ?? ''}`);
    expect(new Set(paths).size).toBe(paths.length);
    expect(translatedPages(catalog).some((p) => p.dutchPath === '/')).toBe(true);
  });
});
