/** Plain-language warnings on fixture texts: long sentences, unexplained jargon, missing easy reading. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../../../src/lib/content-files';
import { formatLint, JargonFileError, lintContent, markdownUnits, parseJargon, sentences, wordCount } from '../../../src/lib/lint/plain-language';
import { validateContent, type ContentFile } from '../../../src/lib/validate';
import { projectRoot } from '../../support/catalog';

const jargon = parseJargon({
  terms: [
    { term: 'leefloon', hint: 'een minimuminkomen van het OCMW' },
    { term: 'CAW', hint: 'Centrum Algemeen Welzijnswerk', explainedBy: ['Centrum Algemeen Welzijnswerk'] },
  ],
});

const fixtureFiles = () => readContentFiles(resolve(projectRoot, 'tests/fixtures/content'), projectRoot);

/** The fixture set with the organisation's summary and body replaced. */
function lintOrganisation(summary: string, body: string, extra = '') {
  const base = fixtureFiles().find((f) => f.path.endsWith('testloket-testdorp.md'))!;
  const text = base.text.replace(/summary: .*/, `summary: ${JSON.stringify(summary)}${extra}`).replace(/---\nTestloket\.\n$/, `---\n${body}\n`);
  const files: ContentFile[] = [...fixtureFiles().filter((f) => f !== base && f.path !== base.path), { ...base, text }];
  const { entries, problems } = validateContent(files);
  expect(problems).toEqual([]);
  const result = lintContent(entries, jargon);
  return { ...result, mine: result.warnings.filter((w) => w.file === base.path) };
}

const long = 'Je kan hier elke dag zonder afspraak binnenlopen met al je vragen over geld, wonen, papieren, school en werk, en wij zoeken samen met jou naar een oplossing.';

describe('sentences and words', () => {
  it('splits on sentence ends but not after Dutch abbreviations', () => {
    expect(sentences('Breng bv. je identiteitskaart mee. Bel eerst! Kom je?')).toEqual(['Breng bv. je identiteitskaart mee.', 'Bel eerst!', 'Kom je?']);
    expect(wordCount('Bel 09 266 99 11 — of mail.')).toBe(7);
  });

  it('keeps list items and headings apart and drops Markdown', () => {
    expect(markdownUnits('## Wat kost het?\n\nNiets. Echt [niets](https://x.be).\n\n- Eén\n- **Twee**')).toEqual(['Wat kost het?', 'Niets. Echt niets.', 'Eén', 'Twee']);
  });
});

describe('lintContent', () => {
  it('warns about a sentence over 25 words, with file, field, count and the start of the sentence', () => {
    expect(wordCount(long)).toBe(28);
    const { mine } = lintOrganisation(long, 'Korte tekst.');
    expect(mine).toEqual([
      expect.objectContaining({ field: 'summary', message: expect.stringMatching(/^sentence has 28 words \(max 25\): "Je kan hier elke dag zonder afspraak binnenlopen …"/) }),
    ]);
  });

  it('does not warn about 25 words or fewer', () => {
    const { mine } = lintOrganisation(long.split(' ').slice(0, 25).join(' '), 'Korte tekst.');
    expect(mine).toEqual([]);
  });

  it('warns about jargon used without explanation, in the field where it first appears', () => {
    const { mine } = lintOrganisation('Hulp bij je papieren.', 'Krijg je een leefloon? Dan helpen we je.');
    expect(mine).toEqual([
      expect.objectContaining({ field: 'body', term: 'leefloon', message: '"leefloon" is not explained: add a few plain words the first time, e.g. "leefloon (een minimuminkomen van het OCMW)"' }),
    ]);
  });

  it('accepts an explanation in parentheses, after a colon, or with "dat is"', () => {
    for (const body of [
      'Krijg je een leefloon (geld van het OCMW om van te leven)? Dan helpen we.',
      'Een minimuminkomen van het OCMW (leefloon) helpt je.',
      'Het leefloon: geld van het OCMW om van te leven.',
      'Je krijgt misschien een leefloon, dat is geld van het OCMW.',
    ]) {
      expect(lintOrganisation('Hulp.', body).mine, body).toEqual([]);
    }
  });

  it('counts the full name anywhere in the entry as explaining an acronym', () => {
    expect(lintOrganisation('Hulp.', 'Ga naar het CAW.').mine.map((w) => w.term)).toEqual(['CAW']);
    expect(lintOrganisation('Hulp.', 'Het Centrum Algemeen Welzijnswerk helpt. Ga naar het CAW.').mine).toEqual([]);
  });

  it('does not warn when the entry is about the word itself', () => {
    const { warnings } = lintOrganisation('Hulp.', 'Tekst.');
    const right = fixtureFiles().find((f) => f.collection === 'rights')!;
    const text = right.text.replace('title: Testrecht', 'title: Leefloon').replace(/---\nTestrecht\.\n$/, '---\nHet leefloon krijg je van het OCMW.\n');
    const files = [...fixtureFiles().filter((f) => f.path !== right.path), { ...right, text }];
    const result = lintContent(validateContent(files).entries, jargon);
    expect(result.warnings.filter((w) => w.file === right.path)).toEqual([]);
    expect(warnings.some((w) => w.term === 'leefloon')).toBe(false);
  });

  it('reports missing easy-reading summaries per collection, and not when one is written', () => {
    const without = lintOrganisation('Hulp.', 'Tekst.');
    expect(Object.keys(without.missingEasyReading).sort()).toEqual(['organisations', 'rights', 'service-types']);
    expect(without.missingEasyReading.organisations).toHaveLength(2);
    const withSummary = lintOrganisation('Hulp.', 'Tekst.', '\nkortEnEenvoudig: "Je kan hier binnenlopen. Het is gratis."');
    expect(withSummary.missingEasyReading.organisations).toHaveLength(1);
  });
});

describe('formatLint', () => {
  it('prints one line per collection for missing summaries, and the files only with --verbose', () => {
    const result = lintOrganisation(long, 'Krijg je een leefloon?');
    const lines = formatLint(result);
    expect(lines.filter((l) => l.includes('have no easy-reading summary'))).toEqual([
      'warning: 2 organisations have no easy-reading summary (kortEnEenvoudig): run with --verbose to list them',
      'warning: 2 service-types have no easy-reading summary (kortEnEenvoudig): run with --verbose to list them',
      'warning: 1 rights have no easy-reading summary (kortEnEenvoudig): run with --verbose to list them',
    ]);
    expect(lines.some((l) => l.startsWith('warning: tests/fixtures/content/organisations/testloket-testdorp.md: summary: sentence has 28 words'))).toBe(true);
    expect(lines.some((l) => l.startsWith('warning: "leefloon" is not explained in 1 file(s)'))).toBe(true);
    const verbose = formatLint(result, true);
    expect(verbose).toContain('  tests/fixtures/content/organisations/testgroep-brussel.md');
    expect(verbose.some((l) => l.includes('testloket-testdorp.md: body: "leefloon" is not explained'))).toBe(true);
  });
});

describe('the jargon list', () => {
  it('content/jargon.yaml is valid and every hint is short plain text', () => {
    const terms = parseJargon(parse(readFileSync(resolve(projectRoot, 'content/jargon.yaml'), 'utf8')));
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(t.hint.split(/\s+/).length, t.term).toBeLessThanOrEqual(20);
    expect(new Set(terms.map((t) => t.term.toLowerCase())).size).toBe(terms.length);
  });

  it('a broken list names the file and what is missing', () => {
    expect(() => parseJargon({ terms: [{ term: 'x' }] })).toThrow(JargonFileError);
    expect(() => parseJargon({ terms: [{ term: 'x' }] })).toThrow(/content\/jargon\.yaml: terms\.0\.hint/);
  });
});
