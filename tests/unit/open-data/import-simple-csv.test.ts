import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHoursPart } from '../../../src/lib/open-data/import/read-simple-csv';
import { IMPORT_NAMESPACE } from '../../../src/lib/open-data/import/to-entry';
import { uuidV5 } from '../../../src/lib/open-data/uuid';
import { IMPORT_TIMEOUT, importFixture, tempDir, validateImported } from '../../support/import';

const DIR = 'tests/fixtures/import/simple';

describe('import the simple CSV', { timeout: IMPORT_TIMEOUT }, () => {
  it('reads a semicolon file saved by Excel (with BOM): rows with the same id are one entry with several locations', () => {
    const run = importFixture(['simple/ok.csv']);
    const { problems, byId } = validateImported(run.target);
    expect(run.report.inputs).toEqual([{ path: `${DIR}/ok.csv`, format: 'CSV (puntkomma)', services: 2 }]);
    expect(run.rejected).toEqual([]);
    expect(run.warnings).toEqual([]);
    expect(problems).toEqual([]);
    const shop = byId.get('e2000000-0000-4000-8000-000000000001')!.data;
    expect(shop).toMatchObject({
      type: 'sociale-kruidenier',
      domains: ['eten-en-spullen'],
      targetGroups: ['gezinnen', 'mensen-in-armoede'],
      phones: [{ number: '011 22 33 44', label: 'winkel' }],
      languages: ['nl', 'fr'],
      flags: ['free'],
      sources: [{ title: 'Gemeente Hasselt, sociale kaart', url: 'https://www.hasselt.be', ref: 'blz. 4' }],
    });
    expect(shop.locations.map((l) => l.street)).toEqual(['Markt 1', 'Stationsplein 2']);
    expect(shop.openingHours?.regular).toEqual([
      { days: ['ma', 'di', 'wo', 'do', 'vr'], opens: '09:00', closes: '12:00' },
      { days: ['za'], opens: '10:00', closes: '12:00', note: 'alleen afhalen' },
    ]);
    // A row without id gets one from the data set name and its name: the same on every import.
    const talk = byId.get(uuidV5('ok/praatgroep nederlands test', IMPORT_NAMESPACE))!.data;
    expect(talk).toMatchObject({ type: 'ontmoetingsplaats', targetGroups: ['nieuwkomers'], locations: [expect.objectContaining({ municipality: '24062', approximate: true })] });
  });

  it('reports each broken row in the words of the CSV: row number and column name', () => {
    const run = importFixture(['simple/broken.csv']);
    const f = `${DIR}/broken.csv`;
    expect(run.rejected).toEqual([
      `${f}: row 3: id: "e3000000-0000-4000-8000-000000000001" is already used on row 2 for "Buddy Test", but this row says "Een andere naam": give it its own id, or use the same name`,
      `${f}: row 4: naam: is missing: every service needs a name`,
      `${f}: row 5: gemeente: has no location in Flanders or Brussels and no service area: give an address with a postcode, or a service area`,
      `${f}: row 6: gemeente: has no location in Flanders or Brussels and no service area: give an address with a postcode, or a service area`,
    ]);
    expect(run.warnings).toEqual([
      `${f}: row 1: unknown column "kleur": ignored (see the Open data page for the columns)`,
      `${f}: row 2: openingsuren: "elke dag na school" is not days and hours such as "ma, wo 09:00-12:00": kept as a note`,
      `${f}: row 5: has 3 cells but the header has 13: check for a missing or extra ","`,
      `${f}: row 2: breedtegraad: 4.35, 50.85 lies outside Belgium, but would fit with latitude and longitude swapped: fix the source; the coordinates are left out`,
      `${f}: row 2: telefoon: "09 123" has 5 digits; a Belgian number has 9 or 10: the number is left out`,
      `${f}: row 6: gemeente: no municipality of Flanders or Brussels found (postcode missing, city "Atlantis"): this location is left out`,
    ]);
    const { problems, entries } = validateImported(run.target);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.data.name, e.data.openingHours?.notes])).toEqual([['Buddy Test', 'elke dag na school']]);
  });

  it('refuses a file whose header has no "naam", and a file that is not CSV', () => {
    expect(importFixture(['simple/no-name-column.csv']).rejected).toEqual([
      `${DIR}/no-name-column.csv: row 1: has no column "naam": the first row must name the columns (id, naam, andere_namen, soort, formaliteit, status, ...; see the Open data page)`,
    ]);
    const dir = tempDir();
    writeFileSync(join(dir, 'kapot.csv'), 'naam,soort\n"Open aanhalingsteken,ocmw\n');
    const run = importFixture([join(dir, 'kapot.csv')], { target: join(dir, 'out') });
    expect(run.rejected).toHaveLength(1);
    expect(run.rejected[0]).toMatch(/kapot\.csv: row 2: is not valid CSV: Quote Not Closed/);
  });

  it('reads opening hours as people write them', () => {
    expect(parseHoursPart('ma, wo 09:00-12:00')).toMatchObject({ byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' });
    expect(parseHoursPart('ma - vr 9u-17u')).toMatchObject({ byday: 'MO,TU,WE,TH,FR', opens_at: '9', closes_at: '17' });
    expect(parseHoursPart('woensdag en vrijdag 13.30-16.00 (op afspraak)')).toMatchObject({ byday: 'WE,FR', opens_at: '13.30', closes_at: '16.00', description: 'op afspraak' });
    expect(parseHoursPart('na school')).toBeUndefined();
    expect(parseHoursPart('vr-ma 9:00-12:00')).toBeUndefined();
  });
});
