/**
 * `npm run check:content`: validates every content file and prints every problem.
 * Exit code 1 when there is any problem, so CI and the build stop.
 */
import { CONTENT_ROOT } from '../src/content.config';
import { readContentFiles } from '../src/lib/content-files';
import { formatProblem, validateContent } from '../src/lib/validate';

const files = readContentFiles(CONTENT_ROOT);
const { problems, entries } = validateContent(files);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s). Nothing was built.`);
  process.exit(1);
}
const counts = Object.entries(entries).map(([c, list]) => `${list.length} ${c}`);
console.log(`Content OK: ${counts.join(', ')}.`);
