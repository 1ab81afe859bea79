/**
 * `npm run import`: reads files, turns every service into a candidate entry, validates it with the
 * project's own schema, and writes it as Markdown, one file at a time, each through a temporary
 * file and a rename (a crash never leaves a half-written entry). Existing entries (same UUID) are
 * only overwritten with `update`; an unchanged entry is never rewritten, so a second import of the
 * same data changes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryIdFromPath, organisationSchema } from '../../../content.config';
import { readContentFiles } from '../../content-files';
import { explainIssue } from '../../error-map';
import { parseMarkdown } from '../../frontmatter';
import { closest, validateContent, type ValidEntries } from '../../validate';
import { cleanLine, slugify } from './clean';
import { issueAt, type ImportIssue } from './issues';
import { entryMarkdown } from './markdown';
import { createResolver, mappingSchema } from './mapping';
import { createPlaces } from './places';
import { readHsdsJson } from './read-hsds-json';
import { readSimpleCsv } from './read-simple-csv';
import { readTabular } from './read-tabular';
import { serviceToCandidate, type Candidate, type ImportContext } from './to-entry';

export interface ImportOptions {
  /** Files or folders to read. */
  inputs: string[];
  /** The folder holding domains/, organisations/, ... (default `content`). */
  contentRoot?: string;
  /** Folder for new entries (default content/organisations/imported-<name>/). */
  target?: string;
  /** Name of the data set: names the default folder and keeps derived ids stable. */
  name?: string;
  update?: boolean;
  dryRun?: boolean;
  /** The mapping table (default <contentRoot>/import-mapping.yaml). */
  mappingFile?: string;
  /** Web address where the imported data can be checked: written into each entry's source. */
  sourceUrl?: string;
  /** YYYY-MM-DD used as last-checked date when the data has none (default today). */
  today?: string;
  cwd?: string;
}

export interface ImportReport {
  target: string;
  inputs: { path: string; format: string; services: number }[];
  imported: { id: string; file: string }[];
  updated: { id: string; file: string }[];
  skipped: { id: string; file: string; reason: string }[];
  rejected: ImportIssue[];
  warnings: ImportIssue[];
  dryRun: boolean;
}

export class ImportSetupError extends Error {}

const TABLE_NAMES = /^(services?|organizations?|locations?|services?_at_locations?|datapackage)\.(csv|json)$/i;

type Rec = Record<string, unknown>;
interface Existing {
  path: string;
  slug: string;
}

export function runImport(options: ImportOptions): ImportReport {
  const cwd = options.cwd ?? process.cwd();
  const contentRoot = resolve(cwd, options.contentRoot ?? 'content');
  // Paths in messages: short inside the working folder, absolute outside it.
  const shown = (path: string) => (path === cwd ? '.' : (path + sep).startsWith(cwd + sep) ? relative(cwd, path) : path);
  if (options.inputs.length === 0) throw new ImportSetupError('give a file or folder to import, e.g. npm run import -- data/sociale-kaart.json');
  const inputs = options.inputs.map((i) => resolve(cwd, i));
  for (const input of inputs) if (!existsSync(input)) throw new ImportSetupError(`${shown(input)} does not exist`);

  const first = inputs[0]!;
  const name = slugify(options.name ?? (statSync(first).isDirectory() ? basename(first) : basename(first, extname(first))));
  const organisationsDir = join(contentRoot, 'organisations');
  const target = resolve(cwd, options.target ?? join(organisationsDir, `imported-${name}`));
  const ctx = importContext(contentRoot, options, name, shown);

  const report: ImportReport = { target: shown(target), inputs: [], imported: [], updated: [], skipped: [], rejected: [], warnings: [], dryRun: !!options.dryRun };
  const note = (issues: ImportIssue[]) => {
    for (const issue of issues) (issue.level === 'rejected' ? report.rejected : report.warnings).push(issue);
  };

  // Read every input into services.
  const services: { service: Rec; file: string }[] = [];
  for (const input of inputs) {
    for (const read of readInput(input, shown)) {
      note(read.issues);
      report.inputs.push({ path: read.path, format: read.format, services: read.services.length });
      services.push(...read.services.map((service) => ({ service, file: read.path })));
    }
  }

  // Entries already there: by UUID, and the file names in use.
  const inside = (target + sep).startsWith(organisationsDir + sep);
  const existing = existingEntries(inside ? organisationsDir : target);
  const usedSlugs = new Map([...existing.entries()].map(([id, e]) => [e.slug, id]));
  const seen = new Map<string, string>();

  for (const { service, file } of services) {
    const { candidate, issues } = serviceToCandidate(service, ctx, { file });
    note(issues);
    if (!candidate) continue;
    const problems = validateCandidate(candidate);
    if (problems.length > 0) {
      note(problems);
      continue;
    }
    const where = `${candidate.origin.file}${candidate.origin.row === undefined ? '' : `, ${typeof candidate.origin.row === 'number' ? `row ${candidate.origin.row}` : candidate.origin.row}`}`;
    const earlier = seen.get(candidate.id);
    if (earlier) {
      note([issueAt('rejected', candidate.origin, 'id', `"${candidate.id}" was already imported from ${earlier}: every service needs its own id`)]);
      continue;
    }
    seen.set(candidate.id, where);

    const present = existing.get(candidate.id);
    if (present) {
      if (!options.update) {
        report.skipped.push({ id: candidate.id, file: shown(present.path), reason: 'exists already (use --update to overwrite it)' });
        continue;
      }
      const { text, changed } = updatedText(candidate, present.path);
      if (!changed) {
        report.skipped.push({ id: candidate.id, file: shown(present.path), reason: 'unchanged' });
        continue;
      }
      if (!options.dryRun) writeAtomically(present.path, text);
      report.updated.push({ id: candidate.id, file: shown(present.path) });
      continue;
    }
    const slug = freeSlug(candidate, usedSlugs);
    usedSlugs.set(slug, candidate.id);
    const path = join(target, `${slug}.md`);
    if (!options.dryRun) writeAtomically(path, entryMarkdown(candidate.frontmatter, candidate.body));
    existing.set(candidate.id, { path, slug });
    report.imported.push({ id: candidate.id, file: shown(path) });
  }
  return report;

  function validateCandidate(candidate: Candidate): ImportIssue[] {
    const result = organisationSchema.safeParse(candidate.frontmatter);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const { field, message } = explainIssue(issue, candidate.frontmatter);
      return issueAt('rejected', candidate.origin, undefined, `${field ? `${field}: ` : ''}${message}`);
    });
  }
}

/** The content an import needs, read once per content folder and process (tests import many times).
 * Only what an entry refers to is validated; rights are known by their file names. */
const contentCache = new Map<string, { entries: ValidEntries; rights: Set<string> }>();

function loadContent(contentRoot: string) {
  const files = readContentFiles(contentRoot);
  const referenced = files.filter((f) => f.collection === 'municipalities' || f.collection === 'service-types' || f.collection === 'domains');
  return { entries: validateContent(referenced).entries, rights: new Set(files.filter((f) => f.collection === 'rights').map((f) => entryIdFromPath(f.path))) };
}

function importContext(contentRoot: string, options: ImportOptions, name: string, shown: (p: string) => string): ImportContext {
  let content = contentCache.get(contentRoot);
  if (!content) contentCache.set(contentRoot, (content = loadContent(contentRoot)));
  const { entries } = content;
  if (entries.municipalities.length === 0) throw new ImportSetupError(`${shown(contentRoot)} holds no municipalities: point --content at the content folder`);
  const serviceTypes = new Map(entries['service-types'].map((t) => [t.id, { name: t.data.name, formality: t.data.formality, domains: t.data.domains as string[] }]));
  const mappingFile = resolve(options.cwd ?? process.cwd(), options.mappingFile ?? join(contentRoot, 'import-mapping.yaml'));
  const mapping = readMapping(mappingFile, serviceTypes, shown);
  const firstInput = options.inputs[0] ?? name;
  return {
    places: createPlaces(entries.municipalities.map((m) => ({ nis: m.data.nis, name: m.data.name, nameFr: m.data.nameFr, postcodes: m.data.postcodes, mergedFrom: m.data.mergedFrom }))),
    resolver: createResolver(mapping, { domains: entries.domains, serviceTypes: entries['service-types'] }),
    serviceTypes,
    rights: content.rights,
    datasetName: name,
    sourceTitle: `Import uit ${options.name ?? basename(firstInput)}`,
    sourceUrl: options.sourceUrl,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
}

export function readMapping(path: string, serviceTypes: Map<string, unknown>, shown: (p: string) => string = (p) => p) {
  if (!existsSync(path)) return mappingSchema.parse({});
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportSetupError(`${shown(path)}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = mappingSchema.safeParse(data ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const { field, message } = explainIssue(issue, data);
      return `${shown(path)}: ${field}: ${message}`;
    });
    throw new ImportSetupError(lines.join('\n'));
  }
  const wrong = result.data.categories.flatMap((c, i) => (c.type && !serviceTypes.has(c.type) ? [[i, c.type] as const] : []));
  if (wrong.length > 0) {
    throw new ImportSetupError(
      wrong
        .map(([i, type]) => {
          const hint = closest(type, [...serviceTypes.keys()]);
          return `${shown(path)}: categories[${i}].type: unknown service type "${type}": use the file name of an entry in content/service-types/${hint ? ` (did you mean "${hint}"?)` : ''}`;
        })
        .join('\n'),
    );
  }
  return result.data;
}

function readInput(input: string, shown: (p: string) => string): { path: string; format: string; services: Rec[]; issues: ImportIssue[] }[] {
  const stat = statSync(input);
  const folder = stat.isDirectory() ? input : dirname(input);
  const isPackageFile = !stat.isDirectory() && TABLE_NAMES.test(basename(input));
  if (stat.isDirectory() || isPackageFile) {
    const names = readdirSync(folder).filter((n) => /\.(csv|json)$/i.test(n));
    if (stat.isDirectory() && !names.some((n) => TABLE_NAMES.test(n) && !/^datapackage/i.test(n))) {
      // A folder of loose files: each file on its own.
      return names.flatMap((n) => readInput(join(folder, n), shown));
    }
    const files = new Map(names.filter((n) => n.toLowerCase().endsWith('.csv')).map((n) => [n, readFileSync(join(folder, n), 'utf8')]));
    return [{ path: shown(folder), ...readTabular(files, shown(folder)) }];
  }
  const text = readFileSync(input, 'utf8');
  const ext = extname(input).toLowerCase();
  if (ext === '.json' || ext === '.geojson') return [{ path: shown(input), ...readHsdsJson(text, shown(input)) }];
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return [{ path: shown(input), ...readSimpleCsv(text, shown(input)) }];
  return [
    {
      path: shown(input),
      format: ext || 'unknown',
      services: [],
      issues: [issueAt('rejected', { file: shown(input) }, undefined, `cannot be read: give HSDS JSON (.json), a simple CSV (.csv) or a folder with HSDS CSV files${ext === '.zip' ? ' (unzip the package first)' : ''}`)],
    },
  ];
}

/** Every entry below `dir` by UUID (read from its frontmatter, valid or not). */
function existingEntries(dir: string): Map<string, Existing> {
  const found = new Map<string, Existing>();
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md') || /(^|\/)_[^/]*$/.test(name)) continue;
    const path = join(dir, name);
    try {
      const id = cleanLine(parseMarkdown(readFileSync(path, 'utf8')).data.id)?.toLowerCase();
      if (id) found.set(id, { path, slug: basename(name, '.md') });
    } catch {
      // A file without frontmatter has no id to collide with; the validator reports it.
    }
  }
  return found;
}

function freeSlug(candidate: Candidate, used: Map<string, string>): string {
  const base = candidate.slug || slugify(String(candidate.frontmatter.name));
  if (!used.has(base) || used.get(base) === candidate.id) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The new text of an existing entry, and whether it differs in substance from what is there. */
function updatedText(candidate: Candidate, path: string): { text: string; changed: boolean } {
  const current = parseMarkdown(readFileSync(path, 'utf8'));
  const frontmatter = { ...candidate.frontmatter };
  // Without a date in the data, the import date says nothing new: keep the editor's date.
  if (!candidate.datedBySource && current.data.lastChecked !== undefined) frontmatter.lastChecked = current.data.lastChecked;
  // Without a description, keep the text an editor wrote.
  const body = candidate.body.trim() ? candidate.body : current.body;
  const normal = (data: unknown, text: string) => {
    const parsed = organisationSchema.safeParse(data);
    return JSON.stringify([parsed.success ? parsed.data : data, text.trim()]);
  };
  return { text: entryMarkdown(frontmatter, body), changed: normal(current.data, current.body) !== normal(frontmatter, body) };
}

function writeAtomically(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
}
