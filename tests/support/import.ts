/** Running the importer in tests: into a temporary folder, checked with the project validator. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readContentFiles } from '../../src/lib/content-files';
import { formatIssue } from '../../src/lib/open-data/import/issues';
import { runImport, type ImportOptions } from '../../src/lib/open-data/import/run';
import { checkReferences, formatProblem, validateContent, type ContentFile, type ValidEntries } from '../../src/lib/validate';
import { projectRoot } from './catalog';

export const FIXTURES = 'tests/fixtures/import';
export const TODAY = '2030-01-01';
/** Imports read the content folder and write files: on a busy machine that takes more than the
 * default 5 seconds. A limit, not a measurement (the numbers are in npm run bench:import). */
export const IMPORT_TIMEOUT = 60_000;

const made: string[] = [];
export function tempDir(prefix = 'wegwijzer-import-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
// Registered while the test file that imports this module is collected: cleans up after that file.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function importFixture(inputs: string[], options: Partial<ImportOptions> = {}) {
  const target = options.target ?? tempDir();
  const report = runImport({ inputs: inputs.map((i) => (i.startsWith('/') ? i : `${FIXTURES}/${i}`)), target, today: TODAY, cwd: projectRoot, ...options });
  return {
    report,
    target,
    rejected: report.rejected.map(formatIssue),
    warnings: report.warnings.map(formatIssue),
  };
}

/** The Markdown files below `dir`, as the validator reads them. */
export function markdownIn(dir: string): ContentFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ collection: 'organisations' as const, path: relative(projectRoot, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

let contentEntries: ValidEntries | undefined;

/** Imported entries validated together with the real content (types, municipalities, rights), as
 * `npm run check:content` would; the real content is parsed once per test file. */
export function validateImported(dir: string) {
  contentEntries ??= validateContent(readContentFiles(resolve(projectRoot, 'content'), projectRoot).filter((f) => f.collection !== 'organisations')).entries;
  const imported = markdownIn(dir);
  const paths = new Set(imported.map((f) => f.path));
  const own = validateContent(imported);
  const organisations = own.entries.organisations;
  // validateContent checked references against nothing but the imported files: set those aside and
  // check them again against the real content.
  const empty = Object.fromEntries(Object.keys(own.entries).map((c) => [c, []])) as unknown as ValidEntries;
  const againstNothing = new Set(checkReferences({ ...empty, organisations }).map(formatProblem));
  const problems = [...own.problems.filter((p) => !againstNothing.has(formatProblem(p))), ...checkReferences({ ...contentEntries, organisations })];
  return {
    problems: problems.filter((p) => paths.has(p.file)),
    entries: organisations,
    byId: new Map(organisations.map((e) => [e.data.id, e])),
    byName: new Map(organisations.map((e) => [e.data.name, e])),
  };
}
