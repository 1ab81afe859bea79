/**
 * HSDS 3.0 as a Tabular Data Package: one CSV per object (file names as in the specification's
 * `schema/*.json` "path") plus `datapackage.json` describing every column. Rows are flattened from
 * the nested HSDS JSON, so both forms always say the same.
 */
import type { HsdsDataset } from './hsds';
import { HSDS_VERSION } from './hsds';
import { LICENCE } from './licence';
import { toCsv, type CsvValue } from './csv';

type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'array' | 'object';

export interface FieldSpec {
  name: string;
  type: FieldType;
  format?: 'uuid' | 'email' | 'uri';
  required?: boolean;
  description?: string;
}

export interface TableSpec {
  /** HSDS object name, e.g. `service_at_location`. */
  name: string;
  /** File name, e.g. `service_at_location.csv`. */
  path: string;
  fields: FieldSpec[];
  foreignKeys?: { fields: string; resource: string }[];
}

const id: FieldSpec = { name: 'id', type: 'string', format: 'uuid', required: true };
const ref = (name: string, required = false): FieldSpec => ({ name, type: 'string', format: 'uuid', required });
const text = (name: string, required = false, description?: string): FieldSpec => ({ name, type: 'string', required, description });

export const TABLES: TableSpec[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: [id, text('name', true), text('alternate_name'), text('description', true), { name: 'email', type: 'string', format: 'email' }, { name: 'website', type: 'string', format: 'uri' }],
  },
  {
    name: 'service',
    path: 'services.csv',
    fields: [
      id,
      ref('organization_id', true),
      text('name', true),
      text('alternate_name'),
      text('description'),
      { name: 'url', type: 'string', format: 'uri' },
      { name: 'email', type: 'string', format: 'email' },
      { ...text('status', true), description: 'active, inactive, defunct or temporarily closed' },
      text('application_process'),
      text('fees_description'),
      { name: 'assured_date', type: 'date' },
      text('x_slug', false, 'Wegwijzer: file name and page address of the entry'),
      { name: 'x_page', type: 'string', format: 'uri', description: 'Wegwijzer: the page of this service' },
      { name: 'x_alternate_names', type: 'array', description: 'Wegwijzer: all other names (JSON array)' },
      { name: 'x_translations', type: 'object', description: 'Wegwijzer: texts in French, English and Arabic (JSON object: {fr: {name, summary, ...}, en: {...}, ar: {...}})' },
      text('x_complements', false, 'Wegwijzer: how this informal help complements formal help'),
      text('x_caution', false, 'Wegwijzer: what people easily get wrong'),
      { name: 'x_rights', type: 'array', description: 'Wegwijzer: rights this service helps with (ids, JSON array)' },
      { name: 'x_incomplete', type: 'boolean', description: 'Wegwijzer: address, phone or hours are missing' },
      { name: 'x_sources', type: 'array', description: 'Wegwijzer: where the facts come from (JSON array of {title, url, ref})' },
      text('x_opening_hours_notes', false, 'Wegwijzer: notes on the opening hours'),
      { name: 'x_opening_hours_exceptions', type: 'array', description: 'Wegwijzer: closures and other exceptions (JSON array)' },
    ],
    foreignKeys: [{ fields: 'organization_id', resource: 'organization' }],
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: [
      id,
      { ...text('location_type', true), description: 'physical, postal or virtual' },
      ref('organization_id'),
      text('name'),
      text('transportation'),
      { name: 'latitude', type: 'number' },
      { name: 'longitude', type: 'number' },
      text('x_nis', false, 'Wegwijzer: NIS code of the municipality'),
      { name: 'x_confidential', type: 'boolean', description: 'Wegwijzer: the address is confidential and left out' },
      { name: 'x_approximate', type: 'boolean', description: 'Wegwijzer: no exact point is known' },
    ],
    foreignKeys: [{ fields: 'organization_id', resource: 'organization' }],
  },
  {
    name: 'address',
    path: 'addresses.csv',
    fields: [id, ref('location_id', true), text('address_1', true), text('city', true), text('region'), text('state_province', true), text('postal_code', true), text('country', true), text('address_type', true)],
    foreignKeys: [{ fields: 'location_id', resource: 'location' }],
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    fields: [id, ref('service_id', true), ref('location_id', true)],
    foreignKeys: [
      { fields: 'service_id', resource: 'service' },
      { fields: 'location_id', resource: 'location' },
    ],
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields: [id, ref('service_id'), text('number', true), text('type'), text('description')],
    foreignKeys: [{ fields: 'service_id', resource: 'service' }],
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    fields: [id, ref('service_id'), text('freq'), text('byday'), text('opens_at'), text('closes_at'), text('description'), text('x_timezone', false, 'Wegwijzer: times are local time in this zone')],
    foreignKeys: [{ fields: 'service_id', resource: 'service' }],
  },
  {
    name: 'language',
    path: 'languages.csv',
    fields: [id, ref('service_id'), text('name'), text('code')],
    foreignKeys: [{ fields: 'service_id', resource: 'service' }],
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    fields: [id, ref('service_id'), text('name'), text('x_area_type', false, 'Wegwijzer: region, province or municipality'), text('x_area_code', false, 'Wegwijzer: region or province id, or NIS code')],
    foreignKeys: [{ fields: 'service_id', resource: 'service' }],
  },
  {
    name: 'required_document',
    path: 'required_documents.csv',
    fields: [id, ref('service_id'), text('document')],
    foreignKeys: [{ fields: 'service_id', resource: 'service' }],
  },
  {
    name: 'accessibility',
    path: 'accessibility.csv',
    fields: [id, ref('location_id'), text('description')],
    foreignKeys: [{ fields: 'location_id', resource: 'location' }],
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: [id, ref('link_id', true), text('link_type'), text('link_entity', true), ref('taxonomy_term_id', true)],
    foreignKeys: [{ fields: 'taxonomy_term_id', resource: 'taxonomy_term' }],
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: [id, text('name', true), text('description', true), { name: 'uri', type: 'string', format: 'uri' }, text('version')],
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: [id, text('code'), text('name', true), text('description', true), text('taxonomy'), ref('taxonomy_id'), text('language')],
    foreignKeys: [{ fields: 'taxonomy_id', resource: 'taxonomy' }],
  },
];

type Row = Record<string, CsvValue>;

/** The rows of every table, in the order of TABLES. */
export function flattenHsds(dataset: HsdsDataset): Map<string, Row[]> {
  const rows = new Map<string, Row[]>(TABLES.map((t) => [t.name, []]));
  const add = (table: string, row: object) => rows.get(table)!.push(row as Row);
  dataset.organizations.forEach((o) => add('organization', o));
  for (const service of dataset.services) {
    add('service', service);
    for (const sal of service.service_at_locations ?? []) {
      const { location } = sal;
      add('service_at_location', { id: sal.id, service_id: service.id, location_id: sal.location_id });
      if (!location) continue;
      add('location', location);
      location.addresses?.forEach((a) => add('address', a));
      location.accessibility?.forEach((a) => add('accessibility', a));
    }
    service.phones?.forEach((p) => add('phone', p));
    service.schedules?.forEach((s) => add('schedule', s));
    service.languages?.forEach((l) => add('language', l));
    service.service_areas?.forEach((a) => add('service_area', a));
    service.required_documents?.forEach((d) => add('required_document', d));
    service.attributes?.forEach((a) => add('attribute', a));
  }
  dataset.taxonomies.forEach((t) => add('taxonomy', t));
  dataset.taxonomy_terms.forEach((t) => add('taxonomy_term', t));
  return rows;
}

export function tableCsv(spec: TableSpec, rows: Row[]): string {
  return toCsv(
    spec.fields.map((f) => f.name),
    rows,
  );
}

/** `datapackage.json` (Frictionless Tabular Data Package) for the CSV files. */
export function dataPackage(dataset: HsdsDataset) {
  return {
    profile: 'tabular-data-package',
    name: 'wegwijzer-hsds',
    title: dataset.title,
    description: `${dataset.description} Tabelvorm van HSDS ${HSDS_VERSION}: één CSV-bestand per soort object.`,
    version: dataset.last_checked,
    homepage: dataset.homepage,
    licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
    sources: [{ title: LICENCE.attribution }],
    resources: TABLES.map((t) => ({
      name: t.name,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.fields.map((f) => ({
          name: f.name,
          type: f.type,
          ...(f.format ? { format: f.format } : {}),
          ...(f.description ? { description: f.description } : {}),
          constraints: { required: f.required ?? false, ...(f.name === 'id' ? { unique: true } : {}) },
        })),
        primaryKey: 'id',
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.resource, fields: 'id' } })) } : {}),
      },
    })),
  };
}
