/**
 * Every page that exists in more than one language, by its Dutch path and the view that draws it.
 * Dutch pages have their own files in src/pages/; the other languages are generated from this list
 * by src/pages/[locale]/[...path].astro, in the sections `routes.ts` translates for that language.
 */
import type { Catalog } from '../catalog';
import { LOCALES, DEFAULT_LOCALE, type Locale } from './locales';
import { pathInLocale } from './routes';

export type ViewName =
  | 'home' | 'crisis' | 'explorer' | 'explorerDomain' | 'need'
  | 'organisation' | 'serviceType' | 'serviceTypes' | 'right' | 'rights' | 'domain'
  | 'municipality' | 'municipalityDomain' | 'municipalities' | 'search' | 'map' | 'privacy';

/** What every page view gets: the language, and the entry it draws (ids, looked up in the catalog). */
export interface ViewProps {
  locale: Locale;
  id?: string;
  domain?: string;
}

export interface TranslatedPage {
  view: ViewName;
  dutchPath: string;
  /** Entry id(s) the view looks up in the catalog. */
  id?: string;
  domain?: string;
}

export function translatedPages(catalog: Catalog): TranslatedPage[] {
  const single = (view: ViewName, dutchPath: string): TranslatedPage => ({ view, dutchPath });
  return [
    single('home', '/'),
    single('crisis', '/dringend/'),
    single('explorer', '/wie-doet-wat/'),
    ...catalog.domains.map((d) => ({ view: 'explorerDomain' as const, dutchPath: `/wie-doet-wat/${d.id}/`, id: d.id })),
    ...catalog.needs.map((n) => ({ view: 'need' as const, dutchPath: `/wie-doet-wat/${n.data.domain}/${n.id}/`, id: n.id })),
    ...catalog.organisations.map((o) => ({ view: 'organisation' as const, dutchPath: `/organisatie/${o.id}/`, id: o.id })),
    single('serviceTypes', '/diensten/'),
    ...catalog.serviceTypes.map((s) => ({ view: 'serviceType' as const, dutchPath: `/dienst/${s.id}/`, id: s.id })),
    single('rights', '/rechten/'),
    ...catalog.rights.map((r) => ({ view: 'right' as const, dutchPath: `/recht/${r.id}/`, id: r.id })),
    ...catalog.domains.map((d) => ({ view: 'domain' as const, dutchPath: `/domein/${d.id}/`, id: d.id })),
    single('municipalities', '/gemeenten/'),
    ...catalog.municipalities.flatMap((m) => [
      { view: 'municipality' as const, dutchPath: `/gemeente/${m.id}/`, id: m.id },
      ...catalog.domains.map((d) => ({ view: 'municipalityDomain' as const, dutchPath: `/gemeente/${m.id}/${d.id}/`, id: m.id, domain: d.id })),
    ]),
    single('search', '/zoeken/'),
    single('map', '/kaart/'),
    single('privacy', '/privacy/'),
  ];
}

/** Static paths for the pages in the other languages: `{ locale, path }` plus the page to draw. */
export function localizedStaticPaths(catalog: Catalog) {
  const pages = translatedPages(catalog);
  return LOCALES.filter((l): l is Exclude<Locale, 'nl'> => l !== DEFAULT_LOCALE).flatMap((locale) =>
    pages.flatMap((page) => {
      const path = pathInLocale(page.dutchPath, locale);
      if (!path) return [];
      const rest = path.split('/').filter(Boolean).slice(1).join('/');
      return [{ params: { locale, path: rest || undefined }, props: { ...page, locale } }];
    }),
  );
}
