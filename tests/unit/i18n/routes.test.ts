import { describe, expect, it } from 'vitest';
import { localeInfo, LOCALES } from '../../../src/lib/i18n/locales';
import { localizePath, parsePath, pathInLocale, SECTIONS } from '../../../src/lib/i18n/routes';

const fallback = (l: keyof typeof localeInfo) => localeInfo[l].fallback;

describe('pathInLocale', () => {
  it('keeps Dutch paths at the root', () => {
    expect(pathInLocale('/wie-doet-wat/wonen/', 'nl')).toBe('/wie-doet-wat/wonen/');
    expect(pathInLocale('/', 'nl')).toBe('/');
  });

  it('translates the first segment and keeps the ids', () => {
    expect(pathInLocale('/wie-doet-wat/wonen/huur-niet-betalen/', 'fr')).toBe('/fr/qui-fait-quoi/wonen/huur-niet-betalen/');
    expect(pathInLocale('/organisatie/ocmw-gent/', 'en')).toBe('/en/organisation/ocmw-gent/');
    expect(pathInLocale('/', 'ar')).toBe('/ar/');
  });

  it('has no address for a page that is not translated', () => {
    expect(pathInLocale('/organisatie/ocmw-gent/', 'ar')).toBeUndefined();
    expect(pathInLocale('/mijn-lijst/', 'fr')).toBeUndefined();
  });
});

describe('localizePath', () => {
  it('falls back along the chain: Arabic to English, English to Dutch', () => {
    expect(localizePath('/dringend/', 'ar', fallback)).toBe('/ar/urgent/');
    expect(localizePath('/recht/leefloon/', 'ar', fallback)).toBe('/en/right/leefloon/');
    expect(localizePath('/mijn-lijst/', 'ar', fallback)).toBe('/mijn-lijst/');
    expect(localizePath('/open-data/', 'fr', fallback)).toBe('/open-data/');
  });
});

describe('parsePath', () => {
  it('reads the language and the Dutch page from any address', () => {
    expect(parsePath('/fr/qui-fait-quoi/wonen/')).toEqual({ locale: 'fr', dutchPath: '/wie-doet-wat/wonen/' });
    expect(parsePath('/ar/')).toEqual({ locale: 'ar', dutchPath: '/' });
    expect(parsePath('/kaart/')).toEqual({ locale: 'nl', dutchPath: '/kaart/' });
    expect(parsePath('/')).toEqual({ locale: 'nl', dutchPath: '/' });
  });

  it('does not know a translated segment from another language', () => {
    expect(parsePath('/fr/who-does-what/')).toBeUndefined();
  });

  it('round-trips every section in every language', () => {
    for (const dutch of Object.keys(SECTIONS)) {
      for (const locale of LOCALES) {
        const dutchPath = dutch ? `/${dutch}/some-id/` : '/';
        const path = pathInLocale(dutchPath, locale);
        if (path) expect(parsePath(path)).toEqual({ locale, dutchPath });
      }
    }
  });

  it('never gives two sections the same translated segment', () => {
    for (const locale of LOCALES.filter((l) => l !== 'nl')) {
      const segments = Object.values(SECTIONS).map((s) => (s as Record<string, string | undefined>)[locale]).filter((s) => s !== undefined && s !== '');
      expect(new Set(segments).size).toBe(segments.length);
    }
  });
});
