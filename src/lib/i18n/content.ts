/**
 * Translated content. An entry may carry `translations: { fr: {...}, en: {...}, ar: {...} }` with
 * the same field names as the Dutch fields; what is missing falls back to Dutch, and the page says
 * so ("nog niet vertaald") and marks the Dutch text with lang="nl-BE" for screen readers.
 */
import { DEFAULT_LOCALE, type Locale } from './locales';

export interface Localized<T> {
  value: T;
  /** The language the value is in: `locale` when translated, else Dutch. */
  lang: Locale;
  translated: boolean;
}

type WithTranslations = { translations?: Partial<Record<Exclude<Locale, 'nl'>, Record<string, unknown> | undefined>> };

/** One field of an entry in `locale`, falling back to the Dutch field. */
export function localize<D extends WithTranslations, F extends keyof D & string>(data: D, field: F, locale: Locale): Localized<D[F]> {
  if (locale !== DEFAULT_LOCALE) {
    const value = data.translations?.[locale]?.[field];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) return { value: value as D[F], lang: locale, translated: true };
  }
  return { value: data[field], lang: DEFAULT_LOCALE, translated: locale === DEFAULT_LOCALE };
}

/** The translated body (Markdown) of an entry, if an editor wrote one. */
export function translatedBody(data: WithTranslations, locale: Locale): string | undefined {
  if (locale === DEFAULT_LOCALE) return undefined;
  const body = data.translations?.[locale]?.body;
  return typeof body === 'string' && body.trim() ? body : undefined;
}

/** Every name an entry goes by in any language: search finds an organisation by its French name too. */
export function namesInAllLanguages(data: WithTranslations & { name: string }): string[] {
  const names = Object.values(data.translations ?? {}).map((t) => t?.name).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return [...new Set(names)].filter((n) => n !== data.name);
}

/** The `lang` attribute for a localized value: only where it differs from the page's language. */
export const langOf = (value: Localized<unknown>, locale: Locale) => (value.lang === locale ? undefined : value.lang === DEFAULT_LOCALE ? 'nl-BE' : value.lang);
