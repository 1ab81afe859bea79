import { describe, expect, it } from 'vitest';
import { defineStrings, stringLocale, translator } from '../../../src/lib/i18n/strings';
import { layoutStrings } from '../../../src/lib/i18n/ui/layout';

const table = defineStrings({
  nl: { hello: 'Hallo {name}', bye: 'Dag' },
  fr: { hello: 'Bonjour {name}', bye: 'Au revoir' },
  en: { hello: 'Hello {name}', bye: 'Bye' },
  ar: { hello: 'مرحبا {name}' },
});

describe('translator', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translator(table, 'fr')('hello', { name: 'Amina' })).toBe('Bonjour Amina');
    expect(translator(table, 'nl')('bye')).toBe('Dag');
  });

  it('takes a missing Arabic string from English, and says so', () => {
    expect(translator(table, 'ar')('bye')).toBe('Bye');
    expect(stringLocale(table, 'ar', 'bye')).toBe('en');
    expect(stringLocale(table, 'ar', 'hello')).toBe('ar');
  });
});

describe('layout strings', () => {
  it('have Arabic for everything on the page frame of the Arabic main flows', () => {
    const used = ['skipLink', 'crisisLink', 'domainNav', 'footerNav', 'languages', 'breadcrumbs', 'home', 'notTranslated', 'search', 'searchLabel', 'searchButton', 'easyReading'] as const;
    for (const key of used) expect(stringLocale(layoutStrings, 'ar', key), key).toBe('ar');
  });
});
