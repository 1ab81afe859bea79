/**
 * The one module that loads Astro's collections. Each collection is read once per build and every
 * page derives what it needs from the catalog (per-page getCollection is slow at scale).
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createCatalog } from './catalog';
import type { SynonymGroups } from './search/synonyms';

const [domains, needs, serviceTypes, organisations, rights, municipalities] = await Promise.all([
  getCollection('domains'),
  getCollection('needs'),
  getCollection('service-types'),
  getCollection('organisations'),
  getCollection('rights'),
  getCollection('municipalities'),
]);

export const catalog = createCatalog({ domains, needs, serviceTypes, organisations, rights, municipalities });

/** The Astro entries themselves, for `render()`. */
export const astroEntries = {
  domains: new Map(domains.map((e) => [e.id, e])),
  needs: new Map(needs.map((e) => [e.id, e])),
  serviceTypes: new Map(serviceTypes.map((e) => [e.id, e])),
  organisations: new Map(organisations.map((e) => [e.id, e])),
  rights: new Map(rights.map((e) => [e.id, e])),
  municipalities: new Map(municipalities.map((e) => [e.id, e])),
};

/** Synonym groups for search (content/synonyms.yaml). */
export const synonyms: SynonymGroups = (parse(readFileSync('content/synonyms.yaml', 'utf8')) as { groups: SynonymGroups }).groups;
