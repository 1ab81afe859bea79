/** The languages of the site. Dutch is the default and lives at the root; the others under /fr/, /en/, /ar/. */
export const LOCALES = ['nl', 'fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'nl' satisfies Locale;
/** A language other than Dutch: its pages live under /<locale>/. */
export type OtherLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>` and hreflang. */
  tag: string;
  /** The language's own name, shown in the language switch. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  /** Where a missing interface string comes from. Content always falls back to Dutch. */
  fallback: Locale;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  nl: { tag: 'nl-BE', endonym: 'Nederlands', dir: 'ltr', fallback: 'nl' },
  fr: { tag: 'fr-BE', endonym: 'Français', dir: 'ltr', fallback: 'nl' },
  en: { tag: 'en', endonym: 'English', dir: 'ltr', fallback: 'nl' },
  // A newcomer who reads Arabic more often reads English than Dutch.
  ar: { tag: 'ar', endonym: 'العربية', dir: 'rtl', fallback: 'en' },
};

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
