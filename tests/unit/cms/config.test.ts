/** The editor's configuration is generated from the schemas: every field, rule and help text agrees. */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../../../src/content.config';
import { cmsConfig, collectionJsonSchema, patternMessage, representable, type CmsField, type JsonSchema } from '../../../src/lib/cms/config';
import { FIELD_LABELS, PATTERN_MESSAGES } from '../../../src/lib/cms/field-labels';
import { REFERENCES } from '../../../src/lib/cms/references';
import { extractFieldDocs } from '../../../src/lib/cms/schema-docs';
import { cmsConfigYaml } from '../../../src/integrations/cms';
import { readContentFiles } from '../../../src/lib/content-files';
import { readSiteConfig } from '../../../src/lib/site-config';
import { formatProblem, validateContent, type ContentFile } from '../../../src/lib/validate';
import { projectRoot } from '../../support/catalog';

const source = readFileSync(resolve(projectRoot, 'src/content.config.ts'), 'utf8');
const docs = extractFieldDocs(source);
const site = readSiteConfig({ WEGWIJZER_CMS_REPO: 'wegwijzer-be/wegwijzer' });
const config = cmsConfig({ site, docs });
const collectionOf = (name: CollectionName) => config.collections.find((c) => c.name === name)!;

/** Sveltia CMS's own JSON Schema of its configuration file, compiled. */
function sveltiaSchema() {
  const schema = JSON.parse(readFileSync(resolve(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its default export arrives wrapped or not, depending on the loader.
  ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv);
  return ajv.compile(schema);
}

/** Every schema field with its JSON Schema, its parent's required list and its CMS field. */
function pairs(collection: CollectionName) {
  const out: { path: string; schema: JsonSchema; required: boolean; field: CmsField | undefined }[] = [];
  const walk = (schema: JsonSchema, fields: CmsField[] | undefined, prefix: string) => {
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const field = fields?.find((f) => f.name === name);
      out.push({ path, schema: child, required: (schema.required ?? []).includes(name), field });
      const object = child.type === 'array' ? child.items : child;
      if (object?.type === 'object' && field && Array.isArray(field.fields)) walk(object, field.fields as CmsField[], path);
    }
  };
  walk(collectionJsonSchema(collection), collectionOf(collection).fields, '');
  return out;
}

describe('CMS configuration from the schemas', () => {
  it('passes the JSON Schema Sveltia CMS publishes for its configuration', () => {
    const validate = sveltiaSchema();
    expect(validate(JSON.parse(JSON.stringify(config))), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The check is real: a misspelt option is refused.
    const broken = JSON.parse(JSON.stringify(config));
    broken.collections[0].fields[0].requird = true;
    expect(validate(broken)).toBe(false);
  });

  it('has one collection per content folder, pointing at that folder', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    for (const c of config.collections) expect(c.folder).toBe(`content/${c.name}`);
  });

  for (const collection of COLLECTION_NAMES) {
    it(`${collection}: every field is there with the right widget, required flag, allowed values and rule`, () => {
      const list = pairs(collection);
      expect(list.length).toBeGreaterThan(3);
      for (const { path, schema, required, field } of list) {
        expect(field, `${collection}.${path} is missing from the CMS`).toBeDefined();
        const f = field!;
        const where = `${collection}.${path}`;
        if (!representable(schema)) {
          expect(f.widget, where).toBe('hidden');
          continue;
        }
        if (schema.const !== undefined) {
          expect([f.widget, f.default], where).toEqual(['hidden', schema.const]);
          continue;
        }
        const hasDefault = schema.default !== undefined;
        expect(f.required, `${where} required`).toBe(required && !hasDefault);
        const item = schema.type === 'array' ? schema.items! : schema;
        const reference = REFERENCES[collection]?.[path];
        if (reference) {
          expect(f.widget, where).toBe('relation');
          expect(f.collection, where).toBe(reference.collection);
          expect(Boolean(f.multiple), where).toBe(schema.type === 'array');
        } else if (item.enum) {
          expect(f.widget, where).toBe('select');
          const values = (f.options as (string | { value: string })[]).map((o) => (typeof o === 'string' ? o : o.value));
          expect(values, where).toEqual(item.enum);
          expect(Boolean(f.multiple), where).toBe(schema.type === 'array');
        } else if (schema.type === 'array') {
          expect(f.widget, where).toBe('list');
          if (item.type !== 'object') {
            const inner = f.field as CmsField;
            if (item.pattern) expect((inner.pattern as string[])[0], where).toBe(item.pattern);
          }
        } else if (schema.type === 'object') {
          expect(f.widget, where).toBe('object');
        } else if (schema.type === 'boolean') {
          expect(f.widget, where).toBe('boolean');
        } else if (schema.type === 'number' || schema.type === 'integer') {
          expect([f.widget, f.min, f.max], where).toEqual(['number', schema.minimum, schema.maximum]);
        } else if (schema.format === 'date') {
          expect([f.widget, f.type, f.format], where).toEqual(['datetime', 'date', 'YYYY-MM-DD']);
        } else if (schema.format === 'uuid') {
          expect(f.widget, where).toBe('uuid');
        } else if (schema.pattern && !schema.format) {
          expect((f.pattern as string[])[0], where).toBe(schema.pattern);
        } else {
          expect(['string', 'text'], where).toContain(f.widget);
        }
        if (schema.type === 'array' && schema.minItems) expect(f.min, where).toBe(schema.minItems);
        if (schema.type === 'array' && schema.maxItems) expect(f.max, where).toBe(schema.maxItems);
      }
    });
  }

  it('shows every /** comment */ of the schema file as the help text of its field', () => {
    // Independent of the TypeScript reader: a plain scan of each schema's text for a comment
    // right above "name:", compared with the hints of visible fields of that name.
    const blocks: [string, CollectionName[]][] = [
      ['export const domainSchema', ['domains']],
      ['export const needSchema', ['needs']],
      ['export const serviceTypeSchema', ['service-types']],
      ['export const organisationSchema', ['organisations']],
      ['export const locationSchema', ['organisations']],
      ['export const openingHoursSchema', ['organisations']],
      ['export const rightSchema', ['rights']],
      ['export const amountSchema', ['rights']],
      ['export const municipalitySchema', ['municipalities']],
      ['export const sourceSchema', ['service-types', 'organisations', 'rights', 'municipalities']],
      ['const provenance', ['service-types', 'organisations', 'rights']],
    ];
    const visible = (collections: CollectionName[]) => {
      const fields: CmsField[] = [];
      const walk = (list: CmsField[]) => list.forEach((f) => (fields.push(f), Array.isArray(f.fields) && walk(f.fields as CmsField[])));
      collections.forEach((c) => walk(collectionOf(c).fields));
      return fields.filter((f) => f.widget !== 'hidden');
    };
    let checked = 0;
    for (const [declaration, collections] of blocks) {
      const from = source.indexOf(declaration);
      expect(from, declaration).toBeGreaterThan(-1);
      const rest = source.slice(from + declaration.length);
      const text = rest.slice(0, rest.search(/\n(export |const |\/\/ ---)/));
      for (const m of text.matchAll(/\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*\n\s*([A-Za-z]+):/g)) {
        const comment = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '').trim()).join(' ').trim();
        const fields = visible(collections).filter((f) => f.name === m[2]);
        if (fields.length === 0) continue; // a field the editor keeps hidden (rule trees)
        expect(fields.map((f) => f.hint), `help text of ${m[2]} (${declaration})`).toContain(comment);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(collectionOf('organisations').fields.find((f) => f.name === 'id')!.hint).toMatch(/^Stable id \(UUID\)/);
  });

  it('has a Dutch label for every field and a message for every format rule', () => {
    const names = new Set(COLLECTION_NAMES.flatMap((c) => pairs(c).map((p) => p.path.split('.').at(-1)!)));
    const missing = [...names].filter((n) => !FIELD_LABELS[n]);
    expect(missing, 'add these to FIELD_LABELS in src/lib/cms/field-labels.ts').toEqual([]);
    const patterns = new Set(COLLECTION_NAMES.flatMap((c) => pairs(c).map((p) => (p.schema.type === 'array' ? p.schema.items : p.schema)?.pattern).filter((p) => p !== undefined)));
    const unexplained = [...patterns].filter((p) => !PATTERN_MESSAGES[p] && !/^\^\(\[0-9a-fA-F\]|^\^\(\?:\[A-Za-z0-9_/.test(p));
    expect(unexplained, 'add a message to PATTERN_MESSAGES').toEqual([]);
    expect(patternMessage('^x$')).toMatch(/formaat/);
  });

  it('uses Dutch labels for fixed vocabularies, keeping the stored values', () => {
    const formality = collectionOf('organisations').fields.find((f) => f.name === 'formality')!;
    expect(formality.options).toEqual([
      { label: 'Formeel', value: 'formal' },
      { label: 'Semi-formeel', value: 'semi-formal' },
      { label: 'Informeel', value: 'informal' },
    ]);
  });

  it('keeps municipalities read-only and the ten domains fixed', () => {
    const municipalities = collectionOf('municipalities');
    expect([municipalities.create, municipalities.delete]).toEqual([false, false]);
    expect(municipalities.fields.every((f) => f.readonly === true || f.widget === 'hidden')).toBe(true);
    expect(collectionOf('domains').create).toBe(false);
  });

  it('finds organisations in their subfolders and keeps the file name as id', () => {
    const organisations = collectionOf('organisations');
    expect(organisations.nested).toEqual({ depth: 4, subfolders: false });
    expect(organisations.slug.editable).toEqual(['create']);
    expect(new RegExp(organisations.slug.pattern[0]!).test('ocmw-gent')).toBe(true);
    expect(new RegExp(organisations.slug.pattern[0]!).test('OCMW Gent')).toBe(false);
  });

  it('takes the Git backend from the site configuration', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'wegwijzer-be/wegwijzer', branch: 'main' });
    const withAuth = cmsConfig({ site: readSiteConfig({ WEGWIJZER_CMS_AUTH_URL: 'https://auth.example.net/' }), docs });
    expect(withAuth.backend).toMatchObject({ base_url: 'https://auth.example.net' });
    const gitlab = cmsConfig({ site: readSiteConfig({ WEGWIJZER_CMS_BACKEND: 'gitlab', WEGWIJZER_CMS_APP_ID: 'abc123' }), docs });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc123' });
    expect(sveltiaSchema()(JSON.parse(JSON.stringify(gitlab)))).toBe(true);
  });

  it('the YAML written at build time reads back as the same configuration', () => {
    const yaml = cmsConfigYaml(projectRoot);
    expect(yaml.startsWith('# Generated from src/content.config.ts')).toBe(true);
    expect(yaml).not.toMatch(/\*a\d|&a\d/); // no YAML anchors: plain for a human reader
    expect(parse(yaml).collections.map((c: { name: string }) => c.name)).toEqual(COLLECTION_NAMES);
  });
});

describe('relations in the editor are the references the validator checks', () => {
  const fixtureFiles = () => readContentFiles(resolve(projectRoot, 'tests/fixtures/content'), projectRoot);

  /** Sets `value` at a dotted path (list items: the first one) in the frontmatter of `text`. */
  function withValue(text: string, path: string, value: string, isList: boolean): string {
    const data = parse(text.split('---')[1]!);
    const keys = path.split('.');
    let target = data;
    for (const key of keys.slice(0, -1)) {
      target[key] ??= {};
      target = Array.isArray(target[key]) ? (target[key][0] ??= {}) : target[key];
    }
    target[keys.at(-1)!] = isList ? [value] : value;
    return `---\n${JSON.stringify(data)}\n---\nTekst.\n`;
  }

  const samples: Record<string, ContentFile> = Object.fromEntries(
    fixtureFiles()
      .filter((f) => ['needs', 'organisations', 'rights'].includes(f.collection))
      .map((f) => [f.collection, f]),
  );

  for (const [collection, references] of Object.entries(REFERENCES)) {
    for (const [path] of Object.entries(references!)) {
      it(`${collection}.${path}: the validator rejects an unknown id there`, () => {
        const sample = samples[collection]!;
        const schema = pairs(collection as CollectionName).find((p) => p.path === path)!.schema;
        const bogus = schema.type === 'array' ? (schema.items?.pattern?.includes('\\d{4}') ? '98765' : 'bestaat-niet') : schema.pattern?.includes('\\d{4}') ? '98765' : 'bestaat-niet';
        const text = withValue(sample.text, path, bogus, schema.type === 'array');
        const files = [...fixtureFiles().filter((f) => f.path !== sample.path), { ...sample, text }];
        const messages = validateContent(files).problems.map(formatProblem);
        expect(messages.some((m) => m.includes(`"${bogus}"`) && /unknown/.test(m)), messages.join('\n')).toBe(true);
      });
    }
  }
});
