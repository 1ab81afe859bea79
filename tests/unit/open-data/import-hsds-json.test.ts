import { describe, expect, it } from 'vitest';
import { IMPORT_NAMESPACE } from '../../../src/lib/open-data/import/to-entry';
import { uuidV5 } from '../../../src/lib/open-data/uuid';
import { IMPORT_TIMEOUT, importFixture, TODAY, validateImported } from '../../support/import';

const FILE = 'tests/fixtures/import/hsds-json';

describe('import HSDS 3.0 JSON', { timeout: IMPORT_TIMEOUT }, () => {
  const ok = importFixture(['hsds-json/ok.json']);
  const imported = validateImported(ok.target);

  it('imports every service as an entry that passes the project validator', () => {
    expect(ok.report.inputs).toEqual([{ path: `${FILE}/ok.json`, format: 'HSDS 3.0 JSON', services: 3 }]);
    expect(ok.rejected).toEqual([]);
    expect(imported.problems).toEqual([]);
    expect(imported.entries).toHaveLength(3);
  });

  it('cleans messy values: spaces, a typed \\n, decimal commas, "B-9000", phones in four formats, a bare web address', () => {
    const e = imported.byId.get('7b1e4c2a-9d3f-4e5a-8b6c-1d2e3f4a5b6c')!;
    expect(e.file.endsWith('/voedselbedeling-de-schakel.md')).toBe(true);
    expect(e.data).toMatchObject({
      name: 'Voedselbedeling De Schakel',
      type: 'voedselbank',
      formality: 'semi-formal',
      domains: ['eten-en-spullen'],
      targetGroups: ['gezinnen'],
      flags: ['free'],
      summary: 'Voedselpakketten voor gezinnen met weinig geld.',
      email: 'info@deschakel-test.be',
      website: 'https://www.deschakel-test.be',
      cost: 'Gratis.',
      accessNote: 'Met een attest van het OCMW of CAW.',
      documents: ['Attest van het OCMW'],
      languages: ['fr', 'nl'],
      incomplete: false,
    });
    expect(e.data.locations).toEqual([
      { street: 'Kortrijksesteenweg 1', postcode: '9000', municipality: '44021', latitude: 51.0543, longitude: 3.7174, approximate: false, confidential: false, transport: 'Tram 1, halte Korenmarkt', accessibility: ['rolstoeltoegankelijk'] },
    ]);
    expect(e.data.phones).toEqual([{ number: '09 266 99 11', label: 'onthaal' }, { number: '0475 31 04 49' }, { number: '0800 13 500', label: 'toestel 12' }]);
    expect(e.data.openingHours?.regular).toEqual([
      { days: ['ma', 'wo'], opens: '09:00', closes: '12:00' },
      { days: ['vr'], opens: '13:30', closes: '17:00' },
    ]);
    expect(e.body.trim()).toBe('Elke week op maandag en woensdag.\nBreng je attest mee.');
    expect(e.data.lastChecked.toISOString().slice(0, 10)).toBe('2026-02-01');
    expect(e.data.sources).toEqual([{ title: 'Import uit ok.json', ref: `${FILE}/ok.json, services[0]` }]);
  });

  it('gives a record without a UUID a stable one, and uses defaults only with a mark for the editor', () => {
    const id = uuidV5('ok/svc-2', IMPORT_NAMESPACE);
    const e = imported.byId.get(id)!;
    expect(e.data).toMatchObject({ name: 'Epicerie sociale Bruxelles-Test', type: 'voedselbank', targetGroups: ['iedereen'], incomplete: true, serviceArea: { regions: ['brussel'] } });
    expect(e.data.lastChecked.toISOString().slice(0, 10)).toBe(TODAY);
    expect(validateImported(importFixture(['hsds-json/ok.json']).target).byId.has(id)).toBe(true);
  });

  it('finds a municipality by its French name, maps the status and names what it cannot map', () => {
    const e = imported.byId.get('3c9d2b1a-4e5f-4a6b-8c7d-9e0f1a2b3c4d')!;
    expect(e.data).toMatchObject({ type: 'ocmw', status: 'temporarily-closed', summary: 'OCMW (Sociaal Huis) in Leuven.' });
    expect(e.data.locations[0]).toMatchObject({ street: 'Teststraat 5', postcode: '3000', municipality: '24062' });
    expect(ok.warnings).toEqual([
      `${FILE}/ok.json: services[2]: attributes: unknown category "Widgets": add it to content/import-mapping.yaml to map onto a domain, service type or target group`,
      `${FILE}/ok.json: services[2]: description: is missing: the summary "OCMW (Sociaal Huis) in Leuven." was made from the service type and place; check it`,
    ]);
  });

  it('reports every broken service with file, place, field and reason, and imports the rest', () => {
    const broken = importFixture(['hsds-json/broken.json']);
    const f = `${FILE}/broken.json`;
    expect(broken.rejected).toEqual([
      `${f}: services[7]: is not an object: every service is written as { "id": ..., "name": ... }`,
      `${f}: services[0]: name: is missing: every service needs a name`,
      `${f}: services[2]: id: "b0000000-0000-4000-8000-000000000002" was already imported from ${f}, services[1]: every service needs its own id`,
      `${f}: services[4]: attributes: no service type: none of its categories ("Widgets and gadgets") maps onto a service type; add a category with "type:" to content/import-mapping.yaml`,
      `${f}: services[5]: service_at_locations: has no location in Flanders or Brussels and no service area: give an address with a postcode, or a service area`,
    ]);
    expect(broken.warnings).toEqual(
      expect.arrayContaining([
        `${f}: services[3].service_at_locations[0].location: latitude: 151.05, 3.71 lies outside Belgium (latitude 49.4 to 51.6, longitude 2.5 to 6.5): the coordinates are left out`,
        `${f}: services[3].service_at_locations[1].location: latitude: 4.35, 50.85 lies outside Belgium, but would fit with latitude and longitude swapped: fix the source; the coordinates are left out`,
        `${f}: services[5].service_at_locations[0].location.addresses[0]: country: "FR" is not Belgium: this location is left out`,
        `${f}: services[6]: status: "open-ish" is not a status (active, inactive, defunct, temporarily closed): imported as active`,
        `${f}: services[6].service_at_locations[0].location.addresses[0]: city: "Gent" does not match postcode 1000 (Brussel): the postcode is used`,
        `${f}: services[6].phones[0]: number: "bel ons" contains letters: give only the number: the number is left out`,
        `${f}: services[6].phones[1]: number: "09 266" has 5 digits; a Belgian number has 9 or 10: the number is left out`,
        `${f}: services[6]: email: "niet-een-adres" is not an e-mail address: it is left out`,
        `${f}: services[6]: url: "ftp:/kapot" is not a web address: it is left out`,
        `${f}: services[8]: description: contains a "javascript:" link: the link is left out, its words are kept`,
      ]),
    );
    expect(broken.report.imported.map((e) => e.id)).toEqual([
      'b0000000-0000-4000-8000-000000000002',
      'b0000000-0000-4000-8000-000000000003',
      'b0000000-0000-4000-8000-000000000006',
      'b0000000-0000-4000-8000-000000000007',
    ]);
    const { problems, byId } = validateImported(broken.target);
    expect(problems).toEqual([]);
    // Coordinates out of range are dropped, never guessed: the locations stay, without a point.
    expect(byId.get('b0000000-0000-4000-8000-000000000003')!.data.locations.map((l) => [l.municipality, l.latitude, l.approximate])).toEqual([
      ['44021', undefined, true],
      ['21004', undefined, true],
    ]);
  });

  it('keeps the words of an HTML description and drops its tags, scripts and javascript: links', () => {
    const { byId } = validateImported(importFixture(['hsds-json/broken.json']).target);
    const e = byId.get('b0000000-0000-4000-8000-000000000007')!;
    expect(e.data.summary).toBe('Hulp bij papieren & brieven.');
    expect(e.body.trim()).toBe('Kom langs\nof bel.\n\nklik klik');
  });

  it('says where a JSON file is broken', () => {
    const bad = importFixture(['hsds-json/not-json.json']);
    expect(bad.rejected).toEqual([`${FILE}/not-json.json: line 4, column 3: is not valid JSON: unexpected "]"; check for a missing or extra comma, bracket or quote just before it`]);
    expect(bad.report.imported).toEqual([]);
  });
});
