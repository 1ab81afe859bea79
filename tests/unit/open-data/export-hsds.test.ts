import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_IDS, TARGET_GROUPS } from '../../../src/lib/vocabulary';
import { buildHsds } from '../../../src/lib/open-data/export-hsds';
import type { HsdsDataset } from '../../../src/lib/open-data/hsds';
import { isUuid } from '../../../src/lib/open-data/uuid';
import { catalogWithShelter, projectRoot, realCatalog } from '../../support/catalog';

const SITE = 'https://wegwijzer.example.org';
const schema = JSON.parse(readFileSync(resolve(projectRoot, 'tests/fixtures/hsds/hsds-3.0-compact.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const real = realCatalog();
const dataset = buildHsds(real, SITE);
const shelter = buildHsds(catalogWithShelter(), SITE);

/** Every `id` anywhere in the data set, with the path where it sits. */
function ids(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => ids(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') out.push([path, child]);
      else ids(child, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('HSDS 3.0 export', () => {
  it('validates against the HSDS 3.0 required fields, types and formats (real content and the shelter fixture)', () => {
    for (const data of [dataset, shelter]) {
      const ok = validate(JSON.parse(JSON.stringify(data)));
      expect(validate.errors ?? [], 'schema errors').toEqual([]);
      expect(ok).toBe(true);
    }
    expect(dataset.services).toHaveLength(real.organisations.length);
    expect(dataset.organizations).toHaveLength(real.organisations.length);
  });

  it('the compact schema itself rejects what HSDS forbids', () => {
    const broken = structuredClone(JSON.parse(JSON.stringify(dataset))) as HsdsDataset;
    const service = broken.services[0]!;
    (service as { status: string }).status = 'open';
    delete (broken.organizations[0] as Partial<HsdsDataset['organizations'][number]>).description;
    broken.taxonomy_terms[0]!.id = 'domain-1';
    expect(validate(broken)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toContain('/services/0/status must be equal to one of the allowed values');
    expect(messages).toContain("/organizations/0 must have required property 'description'");
    expect(messages).toContain('/taxonomy_terms/0/id must match format "uuid"');
  });

  it('gives every object a UUID that is unique, and the same one in every build', () => {
    const all = ids(dataset);
    expect(all.every(([, id]) => isUuid(id))).toBe(true);
    // Taxonomy terms are nested in every attribute that uses them: the same term, the same id.
    const nonTerm = all.filter(([path]) => !path.includes('taxonomy_term'));
    expect(new Set(nonTerm.map(([, id]) => id)).size).toBe(nonTerm.length);
    const termIds = new Set(dataset.taxonomy_terms.map((t) => t.id));
    const nested = all.filter(([path]) => path.endsWith('.taxonomy_term'));
    expect(nested.length).toBeGreaterThan(real.organisations.length);
    expect(nested.every(([, id]) => termIds.has(id))).toBe(true);
    expect(JSON.stringify(buildHsds(realCatalog(), SITE))).toBe(JSON.stringify(dataset));
  });

  it('keeps the organisation UUID as the service id and links the organization', () => {
    const domo = real.organisation('domo-hasselt')!;
    const service = dataset.services.find((s) => s.id === domo.data.id)!;
    expect(service.name).toBe(domo.data.name);
    expect(dataset.organizations.find((o) => o.id === service.organization_id)?.description).toBe(domo.data.summary);
    expect(service.description!.startsWith(`${domo.data.summary}\n\n`)).toBe(true);
    expect(service.phones?.[0]).toMatchObject({ number: '+32 475 31 04 49', description: 'tijdens de kantooruren' });
    const address = service.service_at_locations?.[0]?.location?.addresses?.[0];
    expect(address).toMatchObject({ address_1: 'Oude Truierbaan 41', postal_code: '3500', city: 'Hasselt', state_province: 'Limburg', country: 'BE', address_type: 'physical' });
  });

  it('classifies every service by domain and target group through taxonomy terms with descriptions', () => {
    const codes = (taxonomy: string) => dataset.taxonomy_terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.code);
    expect(codes('Wegwijzer levensdomeinen')).toEqual([...DOMAIN_IDS]);
    expect(codes('Wegwijzer doelgroepen')).toEqual([...TARGET_GROUPS]);
    expect(dataset.taxonomy_terms.every((t) => t.description.length > 0)).toBe(true);
    for (const service of dataset.services) {
      const entry = real.organisations.find((o) => o.data.id === service.id)!;
      const linked = (type: string) => service.attributes!.filter((a) => a.link_type === type).map((a) => a.taxonomy_term!.code);
      expect(linked('levensdomein')).toEqual(entry.data.domains);
      expect(linked('audience')).toEqual(entry.data.targetGroups);
      expect(linked('service_type')).toEqual([entry.data.type]);
    }
  });

  it('writes weekly hours as iCal schedules in local Belgian time', () => {
    const loket = shelter.services.find((s) => s.name === 'Testloket Testdorp')!;
    expect(loket.schedules).toEqual([expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00', x_timezone: 'Europe/Brussels' })]);
    expect(loket.service_at_locations?.[0]?.location).toMatchObject({ latitude: 51.01, longitude: 3.71, x_approximate: false });
  });

  it('never lets a confidential address, its point or its transport into the export, but keeps the municipality', () => {
    const text = JSON.stringify(shelter);
    expect(text).not.toContain('Geheimstraat');
    expect(text).not.toContain('51.02');
    const hidden = shelter.services.find((s) => s.name === 'Geheime opvang')!.service_at_locations!;
    expect(hidden[0]!.location).toEqual({ id: hidden[0]!.location_id, location_type: 'physical', organization_id: expect.any(String), x_nis: '99001', x_confidential: true, x_approximate: true });
    expect(hidden[1]!.location?.addresses?.[0]?.address_1).toBe('Open straat 1');
  });
});
