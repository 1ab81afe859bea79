/**
 * `npm run import -- <file or folder> [options]`: imports services from other social maps as
 * organisation entries. Reads HSDS 3.0 JSON, HSDS CSV packages (3.0, 2.0, 1.1) and the simple CSV
 * of /open-data/wegwijzer.csv. See src/lib/open-data/import/run.ts.
 */
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/open-data/import/issues';
import { ImportSetupError, runImport } from '../src/lib/open-data/import/run';

const HELP = `Usage: npm run import -- <file or folder> [...] [options]

Reads HSDS 3.0 JSON (.json), an HSDS CSV package (a folder with services.csv and more, versions
3.0, 2.0 and 1.1) or a simple CSV with the columns of /open-data/wegwijzer.csv, and writes one
Markdown entry per service.

Options:
  --dry-run            check everything and report, but write nothing
  --update             overwrite existing entries with the same id (otherwise they are skipped)
  --target <folder>    where new entries go (default content/organisations/imported-<name>/)
  --name <name>        name of the data set (default: the file name); keeps derived ids stable
  --source-url <url>   web address where the data can be checked, written into each entry's source
  --date <YYYY-MM-DD>  last-checked date for services without one (default: today)
  --mapping <file>     category mapping (default content/import-mapping.yaml)
  --content <folder>   content folder (default content)
  --quiet              print only the summary and the rejected rows, not the warnings

Exit code: 0 when every service was imported or skipped, 1 when some were rejected, 2 when the
command or the mapping table is wrong (nothing is read then).
`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      update: { type: 'boolean' },
      target: { type: 'string' },
      name: { type: 'string' },
      'source-url': { type: 'string' },
      date: { type: 'string' },
      mapping: { type: 'string' },
      content: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help || positionals.length === 0) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date: "${values.date}" is not a date: write it as YYYY-MM-DD`);
  process.exit(2);
}

try {
  const report = runImport({
    inputs: positionals,
    dryRun: values['dry-run'],
    update: values.update,
    target: values.target,
    name: values.name,
    sourceUrl: values['source-url'],
    today: values.date,
    mappingFile: values.mapping,
    contentRoot: values.content,
  });
  for (const input of report.inputs) console.log(`Read ${input.path}: ${input.format}, ${input.services} service(s).`);
  if (report.rejected.length > 0) {
    console.log('\nRejected (not imported):');
    for (const issue of report.rejected) console.log(`  ${formatIssue(issue)}`);
  }
  if (report.warnings.length > 0 && !values.quiet) {
    console.log('\nWarnings (imported without these values):');
    for (const issue of report.warnings) console.log(`  ${formatIssue(issue)}`);
  }
  if (report.imported.length + report.updated.length > 0) {
    console.log(`\n${report.dryRun ? 'Would write' : 'Written'}:`);
    for (const e of report.imported) console.log(`  new      ${e.file}`);
    for (const e of report.updated) console.log(`  updated  ${e.file}`);
  }
  const skippedExisting = report.skipped.filter((s) => s.reason !== 'unchanged').length;
  const [imported, updated] = report.dryRun ? ['Would import', 'update'] : ['Imported', 'updated'];
  console.log(
    `\n${imported} ${report.imported.length}, ${updated} ${report.updated.length}, skipped ${report.skipped.length}` +
      `${skippedExisting ? ` (${skippedExisting} already present: use --update)` : ''}, rejected ${report.rejected.length}; ${report.warnings.length} warning(s).`,
  );
  console.log(report.dryRun ? 'Dry run: nothing was written.' : `New entries are in ${report.target}/. Check them with: npm run check:content`);
  process.exit(report.rejected.length > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof ImportSetupError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
