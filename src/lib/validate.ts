/**
 * The content validator: reads every entry of every collection and reports every problem in one
 * run (Astro itself stops at the first invalid file and only logs broken references).
 * Pure: it takes file texts and returns problems, so tests can feed it fixtures.
 */
import { COLLECTION_NAMES, DOMAIN_IDS, entryIdFromPath, schemas, type CollectionName } from '../content.config';
import { explainIssue } from './error-map';
import { FrontmatterError, parseMarkdown } from './frontmatter';
import { checkRightRules, type RightsDataFiles } from './rights/check';

export interface ContentFile {
  collection: CollectionName;
  /** Path shown in messages, e.g. `content/organisations/domo-hasselt.md`. */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  field?: string;
  message: string;
}

export interface ValidEntry<C extends CollectionName = CollectionName> {
  id: string;
  file: string;
  data: ReturnType<(typeof schemas)[C]['parse']>;
  body: string;
}

export type ValidEntries = { [C in CollectionName]: ValidEntry<C>[] };

export interface ValidationResult {
  problems: Problem[];
  entries: ValidEntries;
}

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

const UNSAFE_MARKUP: { pattern: RegExp; message: string }[] = [
  { pattern: /<\s*script\b/i, message: 'contains a <script> tag: remove it (Markdown bodies may not run code)' },
  { pattern: /<\s*iframe\b/i, message: 'contains an <iframe>: remove it and link to the page instead' },
  { pattern: /<[^>]+\son[a-z]+\s*=/i, message: 'contains an inline event handler (on...=): remove it' },
  { pattern: /javascript\s*:/i, message: 'contains a "javascript:" link: use a normal https:// link' },
];

/** `rightsData`: the rights explorer's facts dictionary and documents catalogue; without it, rules are not checked. */
export function validateContent(files: ContentFile[], rightsData?: RightsDataFiles): ValidationResult {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as ValidEntries;
  const seenIds = new Map<string, string>();

  for (const file of files) {
    const id = entryIdFromPath(file.path);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({
        file: file.path,
        message: `file name "${id}" is not a valid id: use lowercase letters, digits and hyphens (e.g. ocmw-gent.md)`,
      });
    }
    const key = `${file.collection}/${id}`;
    const earlier = seenIds.get(key);
    if (earlier) {
      problems.push({ file: file.path, message: `duplicate id "${id}": ${earlier} has the same file name; rename one` });
    }
    seenIds.set(key, file.path);

    let parsed;
    try {
      parsed = parseMarkdown(file.text);
    } catch (error) {
      if (error instanceof FrontmatterError) {
        problems.push({ file: file.path, message: error.message });
        continue;
      }
      throw error;
    }
    for (const { pattern, message } of UNSAFE_MARKUP) {
      if (pattern.test(parsed.body)) problems.push({ file: file.path, field: 'body', message });
    }
    const result = schemas[file.collection].safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: file.path, ...explainIssue(issue, parsed.data) });
      }
      continue;
    }
    (entries[file.collection] as ValidEntry[]).push({ id, file: file.path, data: result.data, body: parsed.body });
  }

  problems.push(...checkReferences(entries));
  problems.push(...checkRightRules(entries, rightsData));
  return { problems, entries };
}

/** Checks that every id one entry names exists, and that unique things are unique. */
export function checkReferences(entries: ValidEntries): Problem[] {
  const problems: Problem[] = [];
  const ids = (c: CollectionName) => new Set(entries[c].map((e) => e.id));
  const serviceTypes = ids('service-types');
  const rights = ids('rights');
  const municipalities = new Map(entries.municipalities.map((m) => [m.data.nis, m]));

  const expect = (file: string, field: string, value: string, known: Set<string> | Map<string, unknown>, what: string, folder: string) => {
    if (known.has(value)) return;
    const hint = closest(value, [...known.keys()]);
    problems.push({
      file,
      field,
      message: `unknown ${what} "${value}": use ${folder}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    });
  };
  const typeFolder = 'the file name of an entry in content/service-types/';
  const rightFolder = 'the file name of an entry in content/rights/';
  const nisFolder = 'the `nis` of an entry in content/municipalities/';

  for (const d of entries.domains) {
    if (!(DOMAIN_IDS as readonly string[]).includes(d.id)) {
      problems.push({ file: d.file, message: `"${d.id}" is not one of the ten domains: ${DOMAIN_IDS.join(', ')}` });
    }
  }
  if (entries.domains.length > 0) {
    const present = ids('domains');
    for (const id of DOMAIN_IDS) {
      if (!present.has(id)) problems.push({ file: `content/domains/${id}.md`, message: 'is missing: every domain needs a page' });
    }
  }

  for (const n of entries.needs) {
    n.data.serviceTypes.forEach((s, i) => expect(n.file, `serviceTypes[${i}].type`, s.type, serviceTypes, 'service type', typeFolder));
    n.data.rights.forEach((r, i) => expect(n.file, `rights[${i}]`, r, rights, 'right', rightFolder));
    // A translated "why" for a service type the need does not list would never be shown.
    const listed = new Set(n.data.serviceTypes.map((s) => s.type));
    for (const [locale, translation] of Object.entries(n.data.translations)) {
      for (const type of Object.keys(translation?.why ?? {})) {
        if (!listed.has(type)) expect(n.file, `translations.${locale}.why.${type}`, type, listed, 'service type', `one of this need's serviceTypes (${[...listed].join(', ')})`);
      }
    }
  }

  const uuids = new Map<string, string>();
  for (const o of entries.organisations) {
    expect(o.file, 'type', o.data.type, serviceTypes, 'service type', typeFolder);
    o.data.rights.forEach((r, i) => expect(o.file, `rights[${i}]`, r, rights, 'right', rightFolder));
    o.data.locations.forEach((l, i) => {
      expect(o.file, `locations[${i}].municipality`, l.municipality, municipalities, 'NIS code', nisFolder);
      const municipality = municipalities.get(l.municipality);
      if (municipality && l.postcode && !municipality.data.postcodes.includes(l.postcode)) {
        problems.push({
          file: o.file,
          field: `locations[${i}].postcode`,
          message: `"${l.postcode}" is not a postcode of ${municipality.data.name} (${municipality.data.postcodes.join(', ')}): check the address or the municipality`,
        });
      }
    });
    o.data.serviceArea?.municipalities.forEach((m, i) =>
      expect(o.file, `serviceArea.municipalities[${i}]`, m, municipalities, 'NIS code', nisFolder),
    );
    const earlier = uuids.get(o.data.id);
    if (earlier) {
      problems.push({ file: o.file, field: 'id', message: `"${o.data.id}" is already used by ${earlier}: generate a new UUID` });
    }
    uuids.set(o.data.id, o.file);
  }

  for (const r of entries.rights) {
    r.data.grantingServiceTypes.forEach((t, i) => expect(r.file, `grantingServiceTypes[${i}]`, t, serviceTypes, 'service type', typeFolder));
    r.data.unlocks.forEach((u, i) => expect(r.file, `unlocks[${i}]`, u, rights, 'right', rightFolder));
    r.data.municipalities?.forEach((m, i) => expect(r.file, `municipalities[${i}]`, m, municipalities, 'NIS code', nisFolder));
  }

  const nisSeen = new Map<string, string>();
  for (const m of entries.municipalities) {
    const earlier = nisSeen.get(m.data.nis);
    if (earlier) problems.push({ file: m.file, field: 'nis', message: `"${m.data.nis}" is already used by ${earlier}` });
    nisSeen.set(m.data.nis, m.file);
  }
  return problems;
}

/** The known id nearest to a typo, if it is close enough to be a likely fix. */
export function closest(value: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
