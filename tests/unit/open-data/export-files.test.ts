/** The other export files: HSDS tables with datapackage.json, the simple CSV, GeoJSON, rights. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/open-data/csv';
import { FLAT_COLUMNS } from '../../../src/lib/open-data/flat-csv';
import { openData } from '../../../src/lib/open-data';
import { isUuid } from '../../../src/lib/open-data/uuid';
import { catalogWithShelter, realCatalog } from '../../support/catalog';

const SITE = 'https://wegwijzer.example.org';
const real = realCatalog();
const files = openData(real, SITE);
const shelterFiles = openData(catalogWithShelter(), SITE);

describe('HSDS tabular package', () => {
  const tables = new Map(files.tables.map((t) => [t.spec.name, { ...t, parsed: parseCsv(t.csv) }]));

  it('describes every CSV in datapackage.json: same files, same columns in the same order', () => {
    const resources = files.datapackage.resources;
    expect(resources.map((r) => r.path)).toEqual(files.tables.map((t) => t.spec.path));
    for (const resource of resources) {
      expect(tables.get(resource.name)!.parsed.header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
    }
    expect(files.datapackage.licenses[0]).toMatchObject({ name: 'CC-BY-4.0' });
  });

  it('fills every required column, writes UUIDs where the format says so, and every foreign key resolves', () => {
    for (const resource of files.datapackage.resources) {
      const { records } = tables.get(resource.name)!.parsed;
      for (const field of resource.schema.fields) {
        for (const record of records) {
          const value = record.values[field.name]!;
          if (field.constraints.required) expect(value, `${resource.path} row ${record.line} ${field.name}`).not.toBe('');
          if ('format' in field && field.format === 'uuid' && value) expect(isUuid(value), `${resource.path} row ${record.line} ${field.name}`).toBe(true);
        }
      }
      const foreignKeys = (resource.schema as { foreignKeys?: { fields: string; reference: { resource: string } }[] }).foreignKeys ?? [];
      for (const key of foreignKeys) {
        const targets = new Set(tables.get(key.reference.resource)!.parsed.records.map((r) => r.values.id));
        for (const record of records) {
          const value = record.values[key.fields]!;
          if (value) expect(targets.has(value), `${resource.path} row ${record.line}: ${key.fields} ${value}`).toBe(true);
        }
      }
    }
  });

  it('has one row per object of the JSON', () => {
    const count = (name: string) => tables.get(name)!.parsed.records.length;
    expect(count('service')).toBe(files.hsds.services.length);
    expect(count('organization')).toBe(files.hsds.organizations.length);
    expect(count('location')).toBe(real.organisations.reduce((n, o) => n + o.data.locations.length, 0));
    expect(count('phone')).toBe(real.organisations.reduce((n, o) => n + o.data.phones.length, 0));
    expect(count('taxonomy_term')).toBe(files.hsds.taxonomy_terms.length);
  });

  it('leaves confidential addresses out of every table', () => {
    const all = shelterFiles.tables.map((t) => t.csv).join('\n');
    expect(all).not.toContain('Geheimstraat');
    expect(all).not.toContain('51.02');
    expect(all).toContain('Open straat 1');
  });
});

describe('simple CSV for spreadsheets', () => {
  it('has the documented header, semicolons, a BOM for Excel, and one row per location', () => {
    expect(files.flatCsv.startsWith('\uFEFFid;naam;')).toBe(true);
    const { header, records, delimiter } = parseCsv(files.flatCsv);
    expect(delimiter).toBe(';');
    expect(header).toEqual([...FLAT_COLUMNS]);
    expect(records).toHaveLength(real.organisations.reduce((n, o) => n + Math.max(1, o.data.locations.length), 0));
    const domo = records.find((r) => r.values.naam === 'Domo Hasselt')!.values;
    expect(domo).toMatchObject({ straat: 'Oude Truierbaan 41', postcode: '3500', gemeente: 'Hasselt', nis: '71072', telefoon: '0475 31 04 49 (tijdens de kantooruren)', bij_benadering: 'ja' });
    expect(domo.werkgebied).toBe('gemeente Hasselt (71072) | gemeente Zonhoven (71066) | gemeente Diepenbeek (71011) | gemeente Alken (73001)');
  });

  it('blanks street, postcode and point of a confidential location but keeps its municipality', () => {
    const rows = parseCsv(shelterFiles.flatCsv).records.filter((r) => r.values.naam === 'Geheime opvang').map((r) => r.values);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ straat: '', postcode: '', breedtegraad: '', gemeente: 'Testdorp', adres_geheim: 'ja' });
    expect(rows[1]).toMatchObject({ straat: 'Open straat 1', breedtegraad: '51.03', adres_geheim: 'nee' });
    expect(shelterFiles.flatCsv).not.toContain('Geheimstraat');
  });
});

describe('GeoJSON', () => {
  it('has a point (longitude first) for every non-confidential location, approximate ones at the municipality centre', () => {
    const expected = real.organisations.reduce((n, o) => n + o.data.locations.filter((l) => !l.confidential).length, 0);
    expect(files.geojson.features).toHaveLength(expected);
    for (const f of files.geojson.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(lat).toBeGreaterThanOrEqual(49.4);
      expect(lat).toBeLessThanOrEqual(51.6);
      expect(lng).toBeGreaterThanOrEqual(2.5);
      expect(lng).toBeLessThanOrEqual(6.5);
    }
    const actiris = files.geojson.features.find((f) => f.properties.name === 'Actiris')!;
    const brussel = real.municipalityByNis('21004')!.data;
    expect(actiris.geometry.coordinates).toEqual([brussel.longitude, brussel.latitude]);
    expect(actiris.properties).toMatchObject({ approximate: true, municipality: 'Brussel', street: null });
  });

  it('leaves a confidential location out completely', () => {
    const shelter = shelterFiles.geojson.features.filter((f) => f.properties.name === 'Geheime opvang');
    expect(shelter.map((f) => f.properties.street)).toEqual(['Open straat 1']);
    expect(shelter[0]!.geometry.coordinates).toEqual([3.73, 51.03]);
    expect(JSON.stringify(shelterFiles.geojson)).not.toContain('Geheimstraat');
  });
});

describe('rights JSON', () => {
  it('lists every right with conditions, documents, dated amounts and sources', () => {
    expect(files.rights.rights.map((r) => r.id)).toEqual(real.rights.map((r) => r.id));
    for (const right of files.rights.rights) {
      const source = real.right(right.id)!.data;
      expect(right.conditions).toEqual(source.conditions);
      expect(right.documents).toEqual(source.documents);
      expect(right.sources.length).toBe(source.sources.length);
      expect(right.amounts).toHaveLength(source.amounts.length);
      expect(isUuid(right.uuid)).toBe(true);
    }
    const withAmount = files.rights.rights.find((r) => r.id === 'brusselse-gezinsbijslag')!;
    expect(withAmount.amounts[0]).toMatchObject({ value: 182.85, currency: 'EUR', per: 'maand', valid_from: '2023-01-01', valid_until: null });
  });
});
