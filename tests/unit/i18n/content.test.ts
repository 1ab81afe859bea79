import { describe, expect, it } from 'vitest';
import { langOf, localize, namesInAllLanguages, translatedBody } from '../../../src/lib/i18n/content';
import { renderSimpleMarkdown } from '../../../src/lib/i18n/markdown';

const ocmw = {
  name: 'OCMW Anderlecht',
  summary: 'Het OCMW helpt met geld en papieren.',
  translations: { fr: { name: "CPAS d'Anderlecht", body: 'Le CPAS aide.' }, en: { summary: '' } },
};

describe('localize', () => {
  it('uses the translation when there is one', () => {
    expect(localize(ocmw, 'name', 'fr')).toEqual({ value: "CPAS d'Anderlecht", lang: 'fr', translated: true });
  });

  it('falls back to Dutch, marked as not translated', () => {
    const summary = localize(ocmw, 'summary', 'fr');
    expect(summary).toEqual({ value: ocmw.summary, lang: 'nl', translated: false });
    expect(langOf(summary, 'fr')).toBe('nl-BE');
    expect(localize(ocmw, 'summary', 'en').translated).toBe(false); // an empty translation is no translation
  });

  it('counts Dutch as translated on Dutch pages', () => {
    const name = localize(ocmw, 'name', 'nl');
    expect(name.translated).toBe(true);
    expect(langOf(name, 'nl')).toBeUndefined();
  });

  it('finds the translated body and every other name', () => {
    expect(translatedBody(ocmw, 'fr')).toBe('Le CPAS aide.');
    expect(translatedBody(ocmw, 'en')).toBeUndefined();
    expect(namesInAllLanguages(ocmw)).toEqual(["CPAS d'Anderlecht"]);
  });
});

describe('renderSimpleMarkdown', () => {
  it('renders paragraphs, lists, bold and safe links', () => {
    expect(renderSimpleMarkdown('Eerste zin.\nNog.\n\n- een\n- **twee**\n\nBel [1712](tel:1712).')).toBe(
      '<p>Eerste zin. Nog.</p>\n<ul><li>een</li><li><strong>twee</strong></li></ul>\n<p>Bel <a href="tel:1712">1712</a>.</p>',
    );
  });

  it('keeps numbered steps as a numbered list', () => {
    expect(renderSimpleMarkdown('1. Eerst dit.\n2. Dan dat.')).toBe('<ol><li>Eerst dit.</li><li>Dan dat.</li></ol>');
  });

  it('escapes HTML and refuses script links', () => {
    const html = renderSimpleMarkdown('<script>alert(1)</script> [x](javascript:alert(1))');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
  });
});
