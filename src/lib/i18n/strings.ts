/**
 * Interface strings. Each area of the site keeps its own table in `ui/`; Dutch, French and English
 * must be complete (the type checker says so), Arabic is optional per string and falls back along
 * `localeInfo[locale].fallback`. Placeholders are written {name}.
 */
import { localeInfo, type Locale } from './locales';

export type StringTable<K extends string> = { nl: Record<K, string>; fr: Record<K, string>; en: Record<K, string>; ar?: Partial<Record<K, string>> };

export const defineStrings = <K extends string>(table: StringTable<K>) => table;

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

export function translator<K extends string>(table: StringTable<K>, locale: Locale): Translate<K> {
  return (key, values) => {
    let text: string | undefined;
    for (let l: Locale = locale, i = 0; text === undefined && i < 3; l = localeInfo[l].fallback, i++) text = table[l]?.[key];
    text ??= table.nl[key];
    return values ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : text;
  };
}

/** Which language a string actually came out in: lets a page mark a fallback with the right `lang`. */
export function stringLocale<K extends string>(table: StringTable<K>, locale: Locale, key: K): Locale {
  for (let l: Locale = locale, i = 0; i < 3; l = localeInfo[l].fallback, i++) if (table[l]?.[key] !== undefined) return l;
  return 'nl';
}
