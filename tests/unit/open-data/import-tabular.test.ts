import { describe, expect, it } from 'vitest';
import { IMPORT_NAMESPACE } from '../../../src/lib/open-data/import/to-entry';
import { uuidV5 } from '../../../src/lib/open-data/uuid';
import { IMPORT_TIMEOUT, importFixture, validateImported } from '../../support/import';

const DIR = 'tests/fixtures/import';

describe('import HSDS 3.0 CSV package', { timeout: IMPORT_TIMEOUT }, () => {
  const run = importFixture(['tabular-3.0']);
  const { problems, byId } = validateImported(run.target);

  it('links the tables into entries that pass the validator', () => {
    expect(run.report.inputs).toEqual([{ path: `${DIR}/tabular-3.0`, format: 'HSDS 3.0 CSV', services: 2 }]);
    expect(problems).toEqual([]);
    const homework = byId.get('d1000000-0000-4000-8000-000000000001')!.data;
    expect(homework).toMatchObject({
      name: 'Huiswerkklas Testwijk (Buurtwerk Testwijk vzw)',
      alternateNames: ['Huiswerkklas'],
      type: 'buurtwerk',
      targetGroups: ['kinderen'],
      summary: 'Kinderen maken hun huiswerk samen met vrijwilligers. Ook in de vakantie.',
      languages: ['nl', 'ar'],
      cost: 'Gratis',
      accessNote: 'Kom gewoon langs.',
    });
    expect(homework.locations).toEqual([
      expect.objectContaining({ name: 'Buurthuis De Kring', street: 'Kringstraat 10', postcode: '2060', municipality: '11002', latitude: 51.2101, longitude: 4.4252, transport: 'Bus 30' }),
    ]);
    // The organisation's number comes with every service; +3232358921 is written the Belgian way.
    expect(homework.phones).toEqual([{ number: '03 235 89 20' }, { number: '03 235 89 21', label: 'secretariaat' }]);
    expect(homework.openingHours?.regular).toEqual([{ days: ['ma', 'di', 'do'], opens: '16:00', closes: '18:00' }]);
  });

  it('places an address of a former municipality (Borsbeek, 2150) in the merged one, reads a Belgian date and keeps a monthly schedule as a note', () => {
    const clothes = byId.get('d1000000-0000-4000-8000-000000000002')!.data;
    expect(clothes.locations[0]).toMatchObject({ street: 'Borsbeeksebaan 2', postcode: '2150', municipality: '11002' });
    expect(clothes.domains).toEqual(['eten-en-spullen']);
    expect(clothes.lastChecked.toISOString().slice(0, 10)).toBe('2026-03-15');
    expect(clothes.openingHours).toMatchObject({ regular: [], notes: 'Elke eerste zaterdag van de maand' });
  });

  it('reports a duplicate id, a dangling link, an unknown term, a bad time and a monthly schedule', () => {
    const d = `${DIR}/tabular-3.0`;
    expect(run.rejected).toEqual([
      `${d}/services.csv: row 4: id: "d1000000-0000-4000-8000-000000000002" is used twice (first on row 3): this row is not imported; give each service its own id`,
    ]);
    expect(run.warnings).toEqual([
      `${d}/addresses.csv: row 4: location_id: "e9999999-0000-4000-8000-000000000009" is not in locations.csv: this row is left out`,
      `${d}/attributes.csv: row 6: taxonomy_term_id: "a5000000-0000-4000-8000-000000000099" is not in the taxonomy terms table: this category is left out`,
      `${d}/schedules.csv: row 3: closes_at: "25:00" is not a time (HH:MM): this schedule is left out`,
      `${d}/schedules.csv: row 4: freq: only weekly hours fit Wegwijzer's opening hours: its description is kept as a note`,
    ]);
  });
});

describe('import older HSDS CSV packages', { timeout: IMPORT_TIMEOUT }, () => {
  it('reads 2.0: physical_addresses, services_at_location, service_attributes with "term", languages as a list', () => {
    const run = importFixture(['tabular-2.0']);
    const { problems, byId } = validateImported(run.target);
    expect(run.report.inputs[0]?.format).toBe('HSDS 2.0 CSV');
    expect(problems).toEqual([]);
    const union = byId.get(uuidV5('tabular-2-0/svc-1', IMPORT_NAMESPACE))!.data;
    expect(union).toMatchObject({
      name: 'Huurdersbond Test',
      type: 'huurdersbond',
      targetGroups: ['mensen-in-armoede'],
      website: 'https://www.huurdersbond-test.be',
      cost: 'Lidgeld 10 euro per jaar',
      languages: ['nl', 'fr'],
      phones: [{ number: '09 233 44 55' }],
    });
    expect(union.locations).toEqual([expect.objectContaining({ street: 'Testlaan 12 bus 3', postcode: '9000', municipality: '44021' })]);
    const defunct = byId.get(uuidV5('tabular-2-0/svc-2', IMPORT_NAMESPACE))!.data;
    expect(defunct).toMatchObject({ status: 'inactive', summary: 'Advies voor huurders.' });
    expect(run.rejected).toEqual([]);
    expect(run.warnings).toEqual([`${DIR}/tabular-2.0/services_at_location.csv: row 4: location_id: "loc-404" is not in locations.csv: this link is left out`]);
  });

  it('reads 1.1: one row per weekday (1 = Monday), services_taxonomy with taxonomy.csv, and says which table it skips', () => {
    const run = importFixture(['tabular-1.1']);
    const { problems, entries } = validateImported(run.target);
    expect(run.report.inputs[0]?.format).toBe('HSDS 1.1 CSV');
    expect(problems).toEqual([]);
    expect(entries[0]!.data).toMatchObject({ type: 'inloopteam', targetGroups: ['ouders'], openingHours: { regular: [{ days: ['ma', 'wo'], opens: '09:00', closes: '11:30' }] } });
    expect(entries[0]!.data.locations[0]).toMatchObject({ street: 'Kerkstraat 1', municipality: '44088' });
    expect(run.warnings).toEqual([
      `${DIR}/tabular-1.1/holiday_schedules.csv: is not read: Wegwijzer has no place for this table`,
      `${DIR}/tabular-1.1/regular_schedules.csv: row 4: weekday: "8" is not a day (1 = Monday to 7 = Sunday): this schedule is left out`,
    ]);
  });

  it('refuses a package without services.csv', () => {
    const run = importFixture(['tabular-no-services']);
    expect(run.rejected).toEqual([`${DIR}/tabular-no-services: has no services.csv: an HSDS package needs at least services.csv (and best also organizations.csv and locations.csv)`]);
    expect(run.report.imported).toEqual([]);
  });
});
