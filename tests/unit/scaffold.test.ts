/** `npm run new`: a new entry passes the validator, and its TODOs keep it from being published. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryIdFromPath } from '../../src/content.config';
import { readContentFiles } from '../../src/lib/content-files';
import { findPlaceholders } from '../../src/lib/lint/placeholders';
import { ScaffoldError, scaffoldEntry, type ScaffoldContext } from '../../src/lib/scaffold';
import { slugify } from '../../src/lib/slug';
import { formatProblem, validateContent, type ContentFile } from '../../src/lib/validate';
import { projectRoot } from '../support/catalog';

const fixtureRoot = 'tests/fixtures/content';
const fixtureFiles = () => readContentFiles(resolve(projectRoot, fixtureRoot), projectRoot);

function context(overrides: Partial<ScaffoldContext> = {}): ScaffoldContext {
  const files = fixtureFiles();
  const { entries } = validateContent(files);
  const existingIds: ScaffoldContext['existingIds'] = {};
  for (const f of files) (existingIds[f.collection] ??= new Set()).add(entryIdFromPath(f.path));
  return {
    today: new Date('2026-11-23T10:00:00Z'),
    newUuid: () => '0f8fad5b-d9cb-469f-a165-70867728950e',
    existingIds,
    serviceTypes: entries['service-types'].map((s) => s.id),
    municipalities: entries.municipalities.map((m) => ({ nis: m.data.nis, name: m.data.name, slug: m.id, region: m.data.region })),
    ...overrides,
  };
}

/** Validates the fixture content plus the new file, as the content check would. */
function validateWith(scaffold: { collection: ContentFile['collection']; path: string; text: string }) {
  const file = { collection: scaffold.collection, path: `${fixtureRoot}/${scaffold.path}`, text: scaffold.text };
  return { file, result: validateContent([...fixtureFiles(), file]) };
}

describe('scaffoldEntry', () => {
  const kinds = [
    ['organisatie', 'organisations'],
    ['dienst', 'service-types'],
    ['recht', 'rights'],
    ['vraag', 'needs'],
  ] as const;
  for (const [alias, collection] of kinds) {
    it(`a new ${alias} passes the validator, is dated today and lists what is still to fill in`, () => {
      const scaffold = scaffoldEntry({ collection: alias, name: 'Buurthuis De Linde' }, context());
      expect(scaffold.collection).toBe(collection);
      const { file, result } = validateWith(scaffold);
      expect(result.problems.map(formatProblem)).toEqual([]);
      const entry = result.entries[collection].find((e) => e.file === file.path);
      expect(entry?.id).toBe('buurthuis-de-linde');
      if (collection !== 'needs') expect((entry!.data as { lastChecked: Date }).lastChecked.toISOString().slice(0, 10)).toBe('2026-11-23');
      // Passing the schema is not enough to publish: every TODO is an error of the content check.
      const placeholders = findPlaceholders([file]);
      expect(placeholders.length).toBe(scaffold.todo.length);
      expect(scaffold.todo.length).toBeGreaterThan(2);
      expect(scaffold.todo.some((t) => /\(summary\)|\(why\)|\(conditions|\(does/.test(t) || /\(title\)/.test(t))).toBe(true);
    });
  }

  it('gives an organisation a fresh UUID, its type and municipality, and marks it incomplete', () => {
    const scaffold = scaffoldEntry({ collection: 'organisation', name: 'Café Zorg & Zo', type: 'testgroep', municipality: 'testdorp' }, context());
    const { result } = validateWith(scaffold);
    expect(result.problems).toEqual([]);
    const o = result.entries.organisations.find((e) => e.id === 'cafe-zorg-zo')!;
    expect(o.data.id).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(o.data.name).toBe('Café Zorg & Zo');
    expect(o.data.type).toBe('testgroep');
    expect(o.data.locations.map((l) => [l.municipality, l.street])).toEqual([['99001', undefined]]);
    expect(o.data.incomplete).toBe(true);
    expect(scaffold.path).toBe('organisations/vlaanderen/testdorp/cafe-zorg-zo.md');
    // The type was given, so it is no TODO; without it, it is.
    expect(scaffold.todo.some((t) => t.includes('(type)'))).toBe(false);
    expect(scaffoldEntry({ collection: 'organisation', name: 'Zonder type' }, context()).todo.some((t) => t.includes('(type)'))).toBe(true);
  });

  it('makes file names from names: lowercase, no accents, hyphens, at most 60 characters', () => {
    expect(slugify('  Sociaal Huis Sint-Jans-Molenbeek ')).toBe('sociaal-huis-sint-jans-molenbeek');
    expect(slugify('Crèche “Het Ooievaarsnest” (Ukkel)')).toBe('creche-het-ooievaarsnest-ukkel');
    const long = slugify('Ik heb geen geld meer voor eten en de huur aan het einde van elke maand');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('refuses clearly: existing ids, unknown kinds, fixed collections, unknown types and places', () => {
    const ctx = context();
    expect(() => scaffoldEntry({ collection: 'organisatie', name: 'Testloket Testdorp' }, ctx)).toThrow(/already exists in content\/organisations/);
    expect(() => scaffoldEntry({ collection: 'folder', name: 'X' }, ctx)).toThrow(/use organisatie, dienst, recht or vraag/);
    expect(() => scaffoldEntry({ collection: 'domein', name: 'X' }, ctx)).toThrow(/domains are fixed/);
    expect(() => scaffoldEntry({ collection: 'organisatie', name: 'X', type: 'testlokt' }, ctx)).toThrow(/unknown service type "testlokt".*testloket/);
    expect(() => scaffoldEntry({ collection: 'organisatie', name: 'X', municipality: 'Atlantis' }, ctx)).toThrow(ScaffoldError);
    expect(() => scaffoldEntry({ collection: 'organisatie', name: '  ' }, ctx)).toThrow(/give a name/);
  });
});

describe('findPlaceholders', () => {
  it('names the line and field of every TODO, and nothing in finished files', () => {
    const problems = findPlaceholders([{ path: 'x.md', text: '---\nname: Echt\nsummary: "TODO: één zin"\n---\nTekst.\n' }]);
    expect(problems.map(formatProblem)).toEqual([
      'x.md: line 3 (summary): still says "summary: "TODO: één zin"": fill it in from a source, or remove the line if it is optional',
    ]);
    expect(findPlaceholders(fixtureFiles())).toEqual([]);
  });
});
