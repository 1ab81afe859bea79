/**
 * Translated addresses. Every page has a Dutch path (the canonical one, at the root); a page that
 * exists in another language lives under /<locale>/ with its first segment translated, e.g.
 * /wie-doet-wat/wonen/ → /fr/qui-fait-quoi/wonen/. Ids (slugs) stay the same in every language so
 * a shared link keeps working when someone switches language.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale, type OtherLocale } from './locales';

type Section = { fr: string; en: string; ar?: string };

/** Dutch first segment → translated first segment. A section without `ar` has no Arabic pages yet. */
export const SECTIONS = {
  '': { fr: '', en: '', ar: '' },
  'wie-doet-wat': { fr: 'qui-fait-quoi', en: 'who-does-what', ar: 'who-does-what' },
  dringend: { fr: 'urgence', en: 'urgent', ar: 'urgent' },
  organisatie: { fr: 'organisation', en: 'organisation' },
  dienst: { fr: 'service', en: 'service' },
  diensten: { fr: 'services', en: 'services' },
  recht: { fr: 'droit', en: 'right' },
  rechten: { fr: 'droits', en: 'rights' },
  domein: { fr: 'domaine', en: 'domain' },
  gemeente: { fr: 'commune', en: 'municipality' },
  gemeenten: { fr: 'communes', en: 'municipalities' },
  zoeken: { fr: 'recherche', en: 'search' },
  kaart: { fr: 'carte', en: 'map' },
  privacy: { fr: 'vie-privee', en: 'privacy' },
} as const satisfies Record<string, Section>;

export type SectionPath = keyof typeof SECTIONS;

const split = (path: string) => {
  const [first = '', ...rest] = path.replace(/^\/|\/$/g, '').split('/');
  return { first, rest: rest.filter(Boolean) };
};
const join = (...segments: string[]) => `/${segments.filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');

/** The address of a Dutch page in `locale`, or undefined when that page is not translated. */
export function pathInLocale(dutchPath: string, locale: Locale): string | undefined {
  if (locale === DEFAULT_LOCALE) return join(...dutchPath.split('/'));
  const { first, rest } = split(dutchPath);
  const section = (SECTIONS as Record<string, Section>)[first];
  const translated = section?.[locale];
  if (translated === undefined) return undefined;
  return join(locale, translated, ...rest);
}

/**
 * The address a link on a `locale` page should use: the translated page when there is one, else
 * the page in the locale's fallback chain (Arabic → English → Dutch), so a link never breaks.
 */
export function localizePath(dutchPath: string, locale: Locale, fallback: (l: Locale) => Locale): string {
  const seen = new Set<Locale>();
  for (let l: Locale = locale; !seen.has(l); l = fallback(l)) {
    seen.add(l);
    const path = pathInLocale(dutchPath, l);
    if (path) return path;
  }
  return pathInLocale(dutchPath, DEFAULT_LOCALE)!;
}

/** Which language a path is in, and the Dutch path of the same page. Undefined for unknown paths. */
export function parsePath(path: string): { locale: Locale; dutchPath: string } | undefined {
  const { first, rest } = split(path);
  const locale = LOCALES.find((l): l is OtherLocale => l !== DEFAULT_LOCALE && l === first);
  if (!locale) return { locale: DEFAULT_LOCALE, dutchPath: join(first, ...rest) };
  const [translated = '', ...tail] = rest;
  const dutch = Object.entries(SECTIONS as Record<string, Section>).find(([, s]) => s[locale] === translated)?.[0];
  if (dutch === undefined) return undefined;
  return { locale, dutchPath: join(dutch, ...tail) };
}
