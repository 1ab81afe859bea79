/**
 * `npm run report:freshness [-- --months 6] [--gemeente Gent] [--out pad.csv]`
 * Lists entries whose last check is older than the limit (default WEGWIJZER_FRESHNESS_MONTHS or 12),
 * per municipality and per kind, as a table on screen and as a CSV file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/content.config';
import { readContentFiles } from '../src/lib/content-files';
import { freshnessCsv, freshnessRows, freshnessTable, staleBefore } from '../src/lib/freshness';
import { siteConfig } from '../src/lib/site-config';
import { validateContent } from '../src/lib/validate';

const { values } = parseArgs({ options: { months: { type: 'string' }, gemeente: { type: 'string' }, out: { type: 'string' } } });
const months = values.months === undefined ? siteConfig.freshnessMonths : Number(values.months);
if (!Number.isInteger(months) || months < 1) {
  console.error(`--months "${values.months}" must be a whole number of months, e.g. --months 12`);
  process.exit(1);
}
const now = new Date();
const { entries, problems } = validateContent(readContentFiles(CONTENT_ROOT));
if (problems.length > 0) console.warn(`Let op: ${problems.length} bestand(en) met fouten zijn niet meegeteld. Zie npm run check:content.\n`);

let rows = freshnessRows(entries, { now, months });
if (values.gemeente) {
  const wanted = values.gemeente.toLowerCase();
  rows = rows.filter((r) => r.nis === wanted || r.area.toLowerCase() === wanted);
  if (rows.length === 0 && !entries.municipalities.some((m) => m.data.nis === wanted || m.data.name.toLowerCase() === wanted)) {
    console.error(`Onbekende gemeente "${values.gemeente}": gebruik de naam of de NIS-code uit content/municipalities/.`);
    process.exit(1);
  }
}

const cutoff = staleBefore(now, months).toISOString().slice(0, 10);
const entriesCount = new Set(rows.map((r) => r.file)).size;
console.log(`Niet meer nagekeken sinds ${cutoff} (ouder dan ${months} maanden): ${entriesCount} item(s).\n`);
if (rows.length > 0) console.log(freshnessTable(rows));

const out = resolve(values.out ?? `reports/freshness-${now.toISOString().slice(0, 10)}.csv`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, freshnessCsv(rows));
console.log(`CSV: ${out}`);
