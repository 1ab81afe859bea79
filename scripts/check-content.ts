/**
 * `npm run check:content`: validates every content file and prints every problem, then the
 * plain-language warnings. Exit code 1 when there is any problem (CI and the build stop);
 * warnings never change the exit code. `--verbose` lists every entry without an easy-reading summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_ROOT } from '../src/content.config';
import { readContentFiles, readRightsDataFiles } from '../src/lib/content-files';
import { findPlaceholders } from '../src/lib/lint/placeholders';
import { formatLint, lintContent, parseJargon } from '../src/lib/lint/plain-language';
import { formatProblem, validateContent } from '../src/lib/validate';

const verbose = process.argv.includes('--verbose');
const files = readContentFiles(CONTENT_ROOT);
const { entries, problems: schemaProblems } = validateContent(files, readRightsDataFiles(CONTENT_ROOT));
const problems = [...schemaProblems, ...findPlaceholders(files)];
for (const p of problems) console.error(formatProblem(p));

const jargonFile = join(CONTENT_ROOT, 'jargon.yaml');
const lint = lintContent(entries, parseJargon(parse(readFileSync(jargonFile, 'utf8')), jargonFile));
const warnings = formatLint(lint, verbose);
if (warnings.length > 0) {
  if (problems.length > 0) console.error('');
  for (const line of warnings) console.warn(line);
  const missing = Object.values(lint.missingEasyReading).reduce((n, files) => n + (files?.length ?? 0), 0);
  console.warn(`\n${lint.warnings.length} plain-language warning(s) and ${missing} entries without easy-reading summary: they do not stop the build. See CONTRIBUTING.md, "Wat de controle zegt".`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s). Nothing was built.`);
  process.exit(1);
}
const counts = Object.entries(entries).map(([c, list]) => `${list.length} ${c}`);
console.log(`Content OK: ${counts.join(', ')}.`);
