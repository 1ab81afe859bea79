/**
 * Generates the Sveltia CMS configuration (/admin/config.yml) from the zod schemas, so the editor
 * offers exactly the fields, allowed values and rules the validator checks, and cannot drift.
 * Pure: the schema comments (help texts) and the settings are passed in.
 */
import { z } from 'astro/zod';
import { COLLECTION_NAMES, schemas, type CollectionName } from '../../content.config';
import type { SiteConfig } from '../site-config';
import { fieldLabel, FIELD_LABELS, optionLabels, PATTERN_MESSAGES } from './field-labels';
import { REFERENCES } from './references';
import type { FieldDocs } from './schema-docs';

/** The JSON Schema subset zod produces for our schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
}

export type CmsWidget = { widget: string; [option: string]: unknown };
export type CmsField = CmsWidget & { name: string; label: string };

/** Schema of one collection as JSON Schema; dates (coerced from YAML) become `format: date`. */
export function collectionJsonSchema(collection: CollectionName): JsonSchema {
  return z.toJSONSchema(schemas[collection], {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
        Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
      }
    },
  }) as JsonSchema;
}

/** Prose that needs more than one line in the editor. */
const LONG_TEXT = new Set(['summary', 'kortEnEenvoudig', 'complements', 'caution', 'accessNote', 'notes', 'transport']);

interface CollectionSettings {
  label: string;
  labelSingular: string;
  identifier: string;
  description: string;
  create: boolean;
  previewPath?: string;
  readonly?: boolean;
  body: boolean;
}

const COLLECTIONS: Record<CollectionName, CollectionSettings> = {
  domains: {
    label: 'Levensdomeinen',
    labelSingular: 'Levensdomein',
    identifier: 'name',
    description: 'De tien vaste levensdomeinen. Je kan ze aanpassen, niet toevoegen of verwijderen.',
    create: false,
    previewPath: 'domein/{{slug}}/',
    body: true,
  },
  needs: {
    label: 'Vragen',
    labelSingular: 'Vraag',
    identifier: 'question',
    description: 'Vragen zoals gezinnen ze stellen, met de diensten om eerst te proberen.',
    create: true,
    body: true,
  },
  'service-types': {
    label: 'Soorten diensten',
    labelSingular: 'Soort dienst',
    identifier: 'name',
    description: 'Wat doet een soort dienst wel, en wat niet?',
    create: true,
    previewPath: 'dienst/{{slug}}/',
    body: true,
  },
  organisations: {
    label: 'Organisaties',
    labelSingular: 'Organisatie',
    identifier: 'name',
    description: 'Concrete plaatsen en groepen. Adres, telefoon en uren alleen uit een bron: anders leeg laten en "Gegevens onvolledig" aanzetten.',
    create: true,
    previewPath: 'organisatie/{{slug}}/',
    body: true,
  },
  rights: {
    label: 'Rechten',
    labelSingular: 'Recht',
    identifier: 'title',
    description: 'Rechten met voorwaarden, documenten en gedateerde bedragen.',
    create: true,
    previewPath: 'recht/{{slug}}/',
    body: true,
  },
  municipalities: {
    label: 'Gemeenten',
    labelSingular: 'Gemeente',
    identifier: 'name',
    description: 'Gemaakt door scripts/municipalities/generate.ts: pas scripts/municipalities/municipalities.csv aan, niet deze bestanden.',
    create: false,
    readonly: true,
    body: false,
  },
};

const BODY_HINT = 'Gewone alinea’s en korte lijsten, 60 tot 200 woorden. Korte zinnen, je-vorm. Geen HTML.';

export function patternMessage(pattern: string): string {
  return PATTERN_MESSAGES[pattern] ?? 'Dit formaat klopt niet: lees de uitleg onder het veld.';
}

/** False for schemas a form cannot show: any-typed (rule trees), records, or anything holding one. */
export function representable(schema: JsonSchema): boolean {
  if (schema.enum || schema.const !== undefined) return true;
  if (schema.type === 'array') return representable(schema.items ?? {});
  if (schema.type === 'object') return schema.properties !== undefined && Object.values(schema.properties).every(representable);
  return typeof schema.type === 'string';
}

function widgetFor(collection: CollectionName, path: string, name: string, schema: JsonSchema, docs: FieldDocs): CmsWidget {
  const reference = REFERENCES[collection]?.[path];
  const isArray = schema.type === 'array';
  const item = isArray ? (schema.items ?? {}) : schema;
  if (reference) {
    return {
      widget: 'relation',
      collection: reference.collection,
      value_field: reference.valueField,
      display_fields: reference.displayFields,
      search_fields: reference.searchFields,
      ...(isArray ? { multiple: true, ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems ? { max: schema.maxItems } : {}) } : {}),
    };
  }
  if (schema.const !== undefined) return { widget: 'hidden', default: schema.const };
  // Rule trees and free-form records have no form widget: kept as they are, edited in the files.
  if (!representable(schema)) return { widget: 'hidden' };
  if (item.enum) {
    const labels = optionLabels(item.enum);
    return {
      widget: 'select',
      options: item.enum.map((value) => (labels?.[String(value)] ? { label: labels[String(value)], value } : value)),
      ...(isArray ? { multiple: true, ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems ? { max: schema.maxItems } : {}) } : {}),
    };
  }
  if (isArray) {
    const count = { ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems ? { max: schema.maxItems } : {}) };
    if (item.type === 'object') {
      return { widget: 'list', ...count, fields: fieldsOf(collection, item, path, docs) };
    }
    // `${path}[]` is no reference path: references were handled above.
    const inner = widgetFor(collection, `${path}[]`, name, item, docs);
    return { widget: 'list', ...count, field: { name: 'item', label: fieldLabel(collection, path, name), ...inner, required: true } };
  }
  switch (schema.type) {
    case 'object':
      return { widget: 'object', fields: fieldsOf(collection, schema, path, docs) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
    case 'integer':
      return {
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
        ...(schema.type === 'number' ? { step: 0.000001 } : {}),
      };
  }
  if (schema.format === 'uuid') return { widget: 'uuid' };
  if (schema.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  const pattern = schema.pattern && schema.format === undefined ? { pattern: [schema.pattern, patternMessage(schema.pattern)] } : {};
  if (schema.format === 'uri') return { widget: 'string', type: 'url' };
  if (schema.format === 'email') return { widget: 'string', type: 'email' };
  return { widget: LONG_TEXT.has(name) ? 'text' : 'string', ...pattern };
}

function field(collection: CollectionName, path: string, name: string, schema: JsonSchema, required: boolean, docs: FieldDocs): CmsField {
  const hint = docs.get(path);
  const readonly = COLLECTIONS[collection].readonly;
  const defaultValue = schema.default;
  const hasDefault = defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0);
  const widget = widgetFor(collection, path, name, schema, docs);
  const label = fieldLabel(collection, path, name);
  if (widget.widget === 'hidden') return { name, label, ...widget };
  return {
    name,
    label,
    ...widget,
    required,
    ...(hint ? { hint } : {}),
    ...(hasDefault ? { default: defaultValue } : {}),
    ...(readonly ? { readonly: true } : {}),
  };
}

function fieldsOf(collection: CollectionName, schema: JsonSchema, prefix: string, docs: FieldDocs): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, child]) =>
    field(collection, prefix ? `${prefix}.${name}` : name, name, child, required.has(name), docs),
  );
}

export interface CmsConfigInput {
  site: Pick<SiteConfig, 'siteUrl' | 'cms'>;
  docs: Record<string, FieldDocs>;
  /** Folder with the collections, relative to the repository root. */
  contentRoot?: string;
}

export function collectionConfig(collection: CollectionName, docs: FieldDocs, contentRoot = 'content') {
  const settings = COLLECTIONS[collection];
  const fields = fieldsOf(collection, collectionJsonSchema(collection), '', docs);
  if (settings.body) fields.push({ name: 'body', label: FIELD_LABELS.body!, widget: 'markdown', required: false, hint: BODY_HINT });
  return {
    name: collection,
    label: settings.label,
    label_singular: settings.labelSingular,
    description: settings.description,
    folder: `${contentRoot}/${collection}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    identifier_field: settings.identifier,
    // The file name is the id: editable when the entry is made, never after (links would break).
    slug: { template: `{{${settings.identifier}}}`, editable: settings.create ? ['create'] : false, pattern: [PATTERN_REGEX_SLUG, patternMessage(PATTERN_REGEX_SLUG)] },
    create: settings.create,
    delete: settings.create,
    duplicate: settings.create,
    // Organisations are grouped in subfolders per region and place; the file name stays the id.
    ...(collection === 'organisations' ? { nested: { depth: 4, subfolders: false }, meta: { path: { widget: 'string', label: 'Map' } } } : {}),
    ...(settings.previewPath ? { preview_path: settings.previewPath } : {}),
    sortable_fields: [settings.identifier, ...(fields.some((f) => f.name === 'lastChecked') ? ['lastChecked'] : [])],
    fields,
  };
}

const PATTERN_REGEX_SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

export function cmsConfig({ site, docs, contentRoot = 'content' }: CmsConfigInput) {
  return {
    backend: {
      name: site.cms.backend,
      repo: site.cms.repo,
      branch: site.cms.branch,
      ...(site.cms.authUrl ? { base_url: site.cms.authUrl } : {}),
      // GitLab and Gitea/Forgejo log in with PKCE: an OAuth application id, no helper service.
      ...(site.cms.appId && site.cms.backend !== 'github' ? { app_id: site.cms.appId, ...(site.cms.backend === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
      commit_messages: {
        create: 'Inhoud: {{collection}} "{{slug}}" toegevoegd',
        update: 'Inhoud: {{collection}} "{{slug}}" bijgewerkt',
        delete: 'Inhoud: {{collection}} "{{slug}}" verwijderd',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: 'Wegwijzer bewerken',
    site_url: site.siteUrl,
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Empty optional fields would be written as "" and fail the schema (e.g. a postcode).
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: COLLECTION_NAMES.map((c) => collectionConfig(c, docs[c] ?? new Map(), contentRoot)),
  };
}
