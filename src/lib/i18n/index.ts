/** What a page needs to speak one language: its tag and direction, and links that stay in that language. */
import { localeInfo, type Locale } from './locales';
import { localizePath, parsePath, pathInLocale } from './routes';

export * from './locales';
export { localize, translatedBody, namesInAllLanguages, langOf } from './content';
export { renderSimpleMarkdown } from './markdown';
export { translator, defineStrings } from './strings';

export function pageLanguage(locale: Locale) {
  const info = localeInfo[locale];
  return {
    locale,
    tag: info.tag,
    dir: info.dir,
    /** A Dutch path, as this page's reader should follow it. */
    href: (dutchPath: string) => localizePath(dutchPath, locale, (l) => localeInfo[l].fallback),
  };
}

/** The same page in every language that has it; a language without it gets its home page. */
export function alternates(currentPath: string) {
  const parsed = parsePath(currentPath);
  return (Object.keys(localeInfo) as Locale[]).map((locale) => {
    const path = parsed && pathInLocale(parsed.dutchPath, locale);
    return { locale, ...localeInfo[locale], path: path ?? pathInLocale('/', locale)!, samePage: path !== undefined };
  });
}
