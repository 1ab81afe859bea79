/**
 * From other directories' categories to ours. Two sources:
 * - our own vocabulary (ids and Dutch names of domains, target groups, service types and their
 *   other names, formality, features, access), so Wegwijzer's own exports map back exactly;
 * - the mapping table content/import-mapping.yaml, data anyone can extend without code.
 * Matching ignores case, accents and punctuation, and is otherwise exact (no guessing).
 */
import { z } from 'astro/zod';
import { accessLabel, flagLabel, formalityLabel, targetGroupLabel } from '../../labels';
import { ACCESS_MODES, DOMAIN_IDS, FLAGS, FORMALITIES, TARGET_GROUPS } from '../../vocabulary';
import { TAXONOMIES, taxonomyId, type TaxonomyKind } from '../taxonomy';
import { matchKey } from './clean';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use the file name of a service type, e.g. voedselbank' });

export const mappingSchema = z.strictObject({
  /** Used when no category of a service names a target group (the entry is then marked incomplete). */
  defaults: z.strictObject({ targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]) }).default({ targetGroups: [] }),
  categories: z
    .array(
      z.strictObject({
        /** Category names or codes as other directories write them. */
        match: z.array(z.coerce.string().trim().min(1)).min(1),
        domains: z.array(z.enum(DOMAIN_IDS)).default([]),
        /** A service type (file name in content/service-types/). */
        type: slug.optional(),
        targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
        flags: z.array(z.enum(FLAGS)).default([]),
      }),
    )
    .default([]),
});

export type ImportMapping = z.infer<typeof mappingSchema>;

export interface Classification {
  domains: string[];
  types: string[];
  targetGroups: string[];
  formality: string[];
  flags: string[];
  access: string[];
}

const FIELD_OF: Record<TaxonomyKind, keyof Classification> = {
  domain: 'domains',
  serviceType: 'types',
  targetGroup: 'targetGroups',
  formality: 'formality',
  flag: 'flags',
  access: 'access',
};

export interface VocabularyInput {
  domains: { id: string; data: { name: string } }[];
  serviceTypes: { id: string; data: { name: string; alternateNames: string[] } }[];
}

export interface TermInput {
  name?: string;
  code?: string;
  /** Name or id of the taxonomy the term comes from, when known. */
  taxonomy?: string;
}

export function emptyClassification(): Classification {
  return { domains: [], types: [], targetGroups: [], formality: [], flags: [], access: [] };
}

export function createResolver(mapping: ImportMapping, vocabulary: VocabularyInput) {
  const own = new Map<string, { kind: TaxonomyKind; code: string }[]>();
  const addOwn = (kind: TaxonomyKind, code: string, ...names: string[]) => {
    for (const name of [code, ...names]) {
      const key = matchKey(name);
      const list = own.get(key) ?? [];
      if (!list.some((e) => e.kind === kind && e.code === code)) list.push({ kind, code });
      own.set(key, list);
    }
  };
  vocabulary.domains.forEach((d) => addOwn('domain', d.id, d.data.name));
  DOMAIN_IDS.forEach((id) => addOwn('domain', id));
  TARGET_GROUPS.forEach((id) => addOwn('targetGroup', id, targetGroupLabel[id]));
  vocabulary.serviceTypes.forEach((t) => addOwn('serviceType', t.id, t.data.name, ...t.data.alternateNames));
  FORMALITIES.forEach((id) => addOwn('formality', id, formalityLabel[id]));
  FLAGS.forEach((id) => addOwn('flag', id, flagLabel[id]));
  ACCESS_MODES.forEach((id) => addOwn('access', id, accessLabel[id]));

  const table = new Map<string, ImportMapping['categories'][number][]>();
  for (const category of mapping.categories) {
    for (const m of category.match) table.set(matchKey(m), [...(table.get(matchKey(m)) ?? []), category]);
  }

  const kindOfTaxonomy = (taxonomy: string | undefined): TaxonomyKind | undefined => {
    if (!taxonomy) return undefined;
    const key = matchKey(taxonomy);
    return (Object.keys(TAXONOMIES) as TaxonomyKind[]).find(
      (kind) => matchKey(TAXONOMIES[kind].name) === key || TAXONOMIES[kind].slug === key || taxonomyId(kind) === taxonomy.toLowerCase(),
    );
  };

  /** What one category term means for us; `undefined` when nothing knows it. A term of one of our
   * own taxonomies that we know is taken as it is; the table is for everything else. */
  function resolve(term: TermInput): Classification | undefined {
    const result = emptyClassification();
    let known = false;
    const kind = kindOfTaxonomy(term.taxonomy);
    const values = [term.code, term.name].filter((v): v is string => !!v).map(matchKey);
    for (const key of values) {
      for (const hit of own.get(key) ?? []) {
        if (kind && hit.kind !== kind) continue;
        result[FIELD_OF[hit.kind]].push(hit.code);
        known = true;
      }
    }
    if (kind && known) return mergeClassifications([result]);
    for (const key of values) {
      for (const category of table.get(key) ?? []) {
        result.domains.push(...category.domains);
        if (category.type) result.types.push(category.type);
        result.targetGroups.push(...category.targetGroups);
        result.flags.push(...category.flags);
        known = true;
      }
    }
    return known ? mergeClassifications([result]) : undefined;
  }

  return { resolve, defaults: mapping.defaults };
}

export type Resolver = ReturnType<typeof createResolver>;

/** Merges classifications, keeping the first appearance of each value. */
export function mergeClassifications(parts: Classification[]): Classification {
  const merged = emptyClassification();
  for (const part of parts) {
    for (const field of Object.keys(merged) as (keyof Classification)[]) {
      for (const value of part[field]) if (!merged[field].includes(value)) merged[field].push(value);
    }
  }
  return merged;
}
