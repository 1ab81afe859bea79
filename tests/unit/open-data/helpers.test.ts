/** The small pieces: UUID v5, phone numbers, cleaning, JSON error positions, places, the mapping table. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, cleanUrl, parseDate, parseNumber, parseTime, slugify } from '../../../src/lib/open-data/import/clean';
import { jsonErrorAt } from '../../../src/lib/open-data/import/json-error';
import { languageCode } from '../../../src/lib/open-data/import/languages';
import { createResolver } from '../../../src/lib/open-data/import/mapping';
import { createPlaces } from '../../../src/lib/open-data/import/places';
import { readMapping } from '../../../src/lib/open-data/import/run';
import { normalisePhone } from '../../../src/lib/open-data/phone';
import { isUuid, uuidV5 } from '../../../src/lib/open-data/uuid';
import { loadEntries, projectRoot } from '../../support/catalog';

const { entries } = loadEntries();

describe('uuidV5', () => {
  it('matches the RFC 9562 example and is deterministic', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(isUuid(uuidV5('location/0', '5b0f3c1e-8d1a-4f6e-9a43-2f1d7c9e6a10'))).toBe(true);
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('namespace "not-a-uuid" is not a UUID');
  });
});

describe('normalisePhone', () => {
  it.each([
    ['09/266.99.11', '09 266 99 11', '+32 9 266 99 11'],
    ['+32 (0)9 266 99 11', '09 266 99 11', '+32 9 266 99 11'],
    ['0032 475 310449', '0475 31 04 49', '+32 475 31 04 49'],
    ['tel. 016-89-04-69', '016 89 04 69', '+32 16 89 04 69'],
    ['0800 13 500', '0800 13 500', '+32 800 13 500'],
    ['+3232358920', '03 235 89 20', '+32 3 235 89 20'],
    ['1712', '1712', '1712'],
    ['+31 20 123 4567', '+31201234567', '+31201234567'],
  ])('%s → %s', (raw, national, international) => {
    expect(normalisePhone(raw)).toEqual({ ok: true, national, international });
  });

  it('says what is wrong with a number it cannot use', () => {
    expect(normalisePhone('bel ons')).toEqual({ ok: false, reason: '"bel ons" contains letters: give only the number' });
    expect(normalisePhone('9 266 99 11')).toEqual({ ok: false, reason: '"9 266 99 11" is not a Belgian number: start with 0 (e.g. 09 266 99 11) or with the country code (+32)' });
    expect(normalisePhone('+32 9 266')).toEqual({ ok: false, reason: '"+32 9 266" is not a complete Belgian number (+32 and 8 or 9 digits)' });
    expect(normalisePhone('09 266 99 11 #2')).toEqual({ ok: false, reason: '"09 266 99 11 #2" contains characters that do not belong in a phone number' });
  });
});

describe('cleaning values', () => {
  it('turns a typed \\n into a line break and drops stray spaces', () => {
    expect(cleanText('  Eén\\nTwee   \\n\\n\\n\\nDrie\u00a0 ')).toBe('Eén\nTwee\n\nDrie');
    expect(cleanText('   ')).toBeUndefined();
  });
  it('reads numbers, dates and times as people write them, and marks nonsense as null', () => {
    expect([parseNumber('51,0543'), parseNumber(' 3.7 '), parseNumber(''), parseNumber('noord')]).toEqual([51.0543, 3.7, undefined, Number.NaN]);
    expect([parseDate('2026-03-01T10:00:00Z'), parseDate('1/3/2026'), parseDate('31/02/2026'), parseDate('gisteren')]).toEqual(['2026-03-01', '2026-03-01', null, null]);
    expect(['9:00', '09:00:00', '09:00+01:00', '9u30', '9.30', '5pm', '12am', '24:00', '25:00'].map(parseTime)).toEqual(['09:00', '09:00', '09:00', '09:30', '09:30', '17:00', '00:00', '23:59', null]);
  });
  it('makes file names and web addresses', () => {
    expect(slugify("Sociaal Restaurant 't Pleintje")).toBe('sociaal-restaurant-t-pleintje');
    expect([cleanUrl('www.x.be'), cleanUrl('https://x.be/a'), cleanUrl('ftp:/kapot'), cleanUrl('')]).toEqual(['https://www.x.be', 'https://x.be/a', null, undefined]);
  });
  it('recognises languages by code or name in three languages', () => {
    expect(['fr', 'fra', 'French', 'Frans', 'français', 'nl-BE', 'Klingon'].map(languageCode)).toEqual(['fr', 'fr', 'fr', 'fr', 'fr', 'nl', undefined]);
  });
});

describe('jsonErrorAt', () => {
  it('finds the line and column of the first error, and nothing in valid JSON', () => {
    expect(jsonErrorAt('{\n  "a": [1, 2,]\n}')).toEqual({ line: 2, column: 14, found: ']' });
    expect(jsonErrorAt('{"a": "b"')).toEqual({ line: 1, column: 10, found: 'the end of the file' });
    expect(jsonErrorAt('{"a": tru}')).toMatchObject({ line: 1, column: 7 });
    expect(jsonErrorAt('{"a": [1, {"b": null}], "c": -1.5e3}')).toBeUndefined();
  });
});

describe('places', () => {
  const places = createPlaces(entries.municipalities.map((m) => ({ nis: m.data.nis, name: m.data.name, nameFr: m.data.nameFr, postcodes: m.data.postcodes, mergedFrom: m.data.mergedFrom })));
  it('finds municipalities by postcode, Dutch or French name, and former municipality', () => {
    expect(places.byPostcode('9000')?.name).toBe('Gent');
    expect(places.byCity('Gand')?.name).toBe('Gent');
    expect(places.byCity('9000 Gent')?.name).toBe('Gent');
    expect(places.byCity('Borsbeek')?.name).toBe('Antwerpen');
    expect(places.byCity('Atlantis')).toBeUndefined();
  });
  it('reads service areas: region, province, municipality, with or without a word in front', () => {
    expect(['Vlaanderen', 'Région de Bruxelles-Capitale', 'provincie Antwerpen', 'Antwerpen', 'gemeente Gent (44021)', 'Nergensland'].map(places.area)).toEqual([
      { type: 'region', code: 'vlaanderen' },
      { type: 'region', code: 'brussel' },
      { type: 'province', code: 'antwerpen' },
      { type: 'municipality', code: '11002' },
      { type: 'municipality', code: '44021' },
      undefined,
    ]);
  });
});

describe('mapping table content/import-mapping.yaml', () => {
  const types = new Map(entries['service-types'].map((t) => [t.id, t]));
  const mapping = readMapping(resolve(projectRoot, 'content/import-mapping.yaml'), types);
  const resolver = createResolver(mapping, { domains: entries.domains, serviceTypes: entries['service-types'] });

  it('is valid: every type exists, and no category word maps to two service types', () => {
    expect(mapping.categories.length).toBeGreaterThan(40);
    const typeOf = new Map<string, string>();
    for (const c of mapping.categories) {
      for (const word of c.match) {
        if (!c.type) continue;
        expect(typeOf.get(word.toLowerCase()) ?? c.type, word).toBe(c.type);
        typeOf.set(word.toLowerCase(), c.type);
      }
    }
  });

  it('maps outside words, ignoring case, accents and punctuation, and knows no partial matches', () => {
    expect(resolver.resolve({ name: 'Aide-alimentaire' })).toMatchObject({ types: ['voedselbank'], domains: ['eten-en-spullen'] });
    expect(resolver.resolve({ name: 'ÉPICERIE SOCIALE' })).toMatchObject({ types: ['sociale-kruidenier'] });
    expect(resolver.resolve({ name: 'aide' })).toBeUndefined();
  });

  it('knows our own ids and names without the table, and lets our taxonomy decide between a feature and an access mode', () => {
    expect(resolver.resolve({ name: 'Wonen en energie' })).toMatchObject({ domains: ['wonen'] });
    expect(resolver.resolve({ name: 'OCMW (Sociaal Huis)' })).toMatchObject({ types: ['ocmw'] });
    expect(resolver.resolve({ code: 'walk-in' })).toMatchObject({ flags: ['walk-in'], access: ['walk-in'] });
    expect(resolver.resolve({ code: 'walk-in', taxonomy: 'Wegwijzer kenmerken' })).toMatchObject({ flags: ['walk-in'], access: [] });
    // Our own term is taken as it is: the table's extra target group for "vluchtelingenwerk" does not apply.
    expect(resolver.resolve({ code: 'vluchtelingenwerk', taxonomy: 'Wegwijzer soorten diensten' })).toMatchObject({ types: ['vluchtelingenwerk'], targetGroups: [] });
    // The same word from another directory also gets what the table adds.
    expect(resolver.resolve({ name: 'vluchtelingenwerk' })?.targetGroups).toEqual(['vluchtelingen']);
  });
});
