/**
 * `npm run new -- <organisatie|dienst|recht|vraag> "Naam" [--type ocmw] [--gemeente Gent]`
 * Writes a new entry that passes the schema and prints what is still to fill in.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_ROOT, entryIdFromPath, type CollectionName } from '../src/content.config';
import { readContentFiles } from '../src/lib/content-files';
import { ScaffoldError, scaffoldEntry } from '../src/lib/scaffold';
import { validateContent } from '../src/lib/validate';

const USAGE = `Gebruik: npm run new -- <organisatie|dienst|recht|vraag> "Naam" [--type <soort dienst>] [--gemeente <gemeente of NIS-code>]
Voorbeeld: npm run new -- organisatie "Buurtwerk De Brug Gent" --type buurtwerk --gemeente Gent`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { type: { type: 'string' }, gemeente: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length < 2) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const files = readContentFiles(CONTENT_ROOT);
const existingIds: Partial<Record<CollectionName, Set<string>>> = {};
for (const f of files) (existingIds[f.collection] ??= new Set()).add(entryIdFromPath(f.path));
const { entries } = validateContent(files);

try {
  const scaffold = scaffoldEntry(
    { collection: positionals[0]!, name: positionals.slice(1).join(' '), type: values.type, municipality: values.gemeente },
    {
      today: new Date(),
      newUuid: randomUUID,
      existingIds,
      serviceTypes: entries['service-types'].map((s) => s.id),
      municipalities: entries.municipalities.map((m) => ({ nis: m.data.nis, name: m.data.name, slug: m.id, region: m.data.region })),
    },
  );
  const path = join(CONTENT_ROOT, scaffold.path);
  if (existsSync(path)) throw new ScaffoldError(`${path} already exists: edit that file instead`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, scaffold.text);
  console.log(`Nieuw: ${path}\n\nNog in te vullen (uit een bron, nooit verzonnen):`);
  for (const line of scaffold.todo) console.log(`  ${line}`);
  console.log(`\nDaarna: npm run check:content. Zolang er "TODO" in het bestand staat, wordt de site niet gebouwd.
Zie CONTRIBUTING.md voor de regels.`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`Kan geen nieuw bestand maken: ${error.message}\n\n${USAGE}`);
  process.exit(1);
}
