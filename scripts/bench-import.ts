/**
 * `npm run bench:import [-- --services 10000]`: how fast the importer reads a large HSDS file.
 * Generates an HSDS 3.0 JSON data set in the system's temp folder (real postcodes, categories from
 * the mapping table, phones in mixed formats, 1 in 100 services with a problem), then times a dry
 * run of the import, then an import that writes the files (into the same temp folder, removed after).
 * Prints the numbers; asserts nothing.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files';
import { runImport } from '../src/lib/open-data/import/run';
import { uuidV5 } from '../src/lib/open-data/uuid';
import { validateContent } from '../src/lib/validate';

const { values } = parseArgs({ options: { services: { type: 'string', default: '10000' } } });
const count = Number(values.services);
const { entries } = validateContent(readContentFiles('content'));
const places = entries.municipalities.map((m) => ({ postcode: m.data.postcodes[0]!, city: m.data.name, lat: m.data.latitude, lon: m.data.longitude }));
const categories = ['Food Pantry', 'voedselhulp', 'Aide alimentaire', 'Sociale kruidenier', 'CAW', 'OCMW', 'kinderopvang', 'Huurdersbond', 'Nederlands leren', 'Buddy', 'jeugdwerk', 'Wijkgezondheidscentrum'];
const audiences = ['Families', 'Children', 'Seniors', 'Refugees', 'Iedereen', 'Ouders'];
const phoneFormats = (n: number) => [`09/${String(200 + (n % 700)).padStart(3, '0')}.${String(n % 100).padStart(2, '0')}.11`, `+32 (0)475 ${String(n % 1000000).padStart(6, '0')}`, `0032 3 ${String(n % 10000000).padStart(7, '0')}`][n % 3]!;
const ns = '1ab4a8d9-0ce4-4389-bef2-4d087b0f310c';

function service(i: number) {
  const place = places[i % places.length]!;
  const broken = i % 100 === 99;
  return {
    id: uuidV5(`service/${i}`, ns),
    name: `Testdienst ${i} ${place.city}`,
    description: `Hulp nummer ${i} in ${place.city}.\\nOok op afspraak.`,
    status: 'active',
    assured_date: '2026-01-15',
    organization: { id: uuidV5(`organization/${i % 2500}`, ns), name: `Testvereniging ${i % 2500} vzw`, description: 'Een vereniging.' },
    attributes: [
      { id: uuidV5(`a/${i}`, ns), taxonomy_term: { id: uuidV5(`t/${i % categories.length}`, ns), name: categories[i % categories.length], description: 'x' } },
      { id: uuidV5(`b/${i}`, ns), taxonomy_term: { id: uuidV5(`u/${i % audiences.length}`, ns), name: audiences[i % audiences.length], description: 'x' } },
    ],
    phones: [{ id: uuidV5(`p/${i}`, ns), number: broken ? 'bel ons' : phoneFormats(i) }],
    schedules: [{ id: uuidV5(`s/${i}`, ns), freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '09:00', closes_at: broken ? '25:00' : '12:00' }],
    languages: [{ id: uuidV5(`l/${i}`, ns), code: 'nl' }],
    service_at_locations: [
      {
        id: uuidV5(`sal/${i}`, ns),
        location: {
          id: uuidV5(`loc/${i}`, ns),
          location_type: 'physical',
          latitude: broken ? place.lon : place.lat + ((i % 7) - 3) / 1000,
          longitude: broken ? place.lat : place.lon + ((i % 5) - 2) / 1000,
          addresses: [{ id: uuidV5(`ad/${i}`, ns), address_1: `Teststraat ${i} `, city: place.city, postal_code: place.postcode, state_province: '-', country: 'BE', address_type: 'physical' }],
        },
      },
    ],
  };
}

const dir = join(tmpdir(), `wegwijzer-bench-import-${process.pid}`);
mkdirSync(dir, { recursive: true });
const file = join(dir, 'hsds.json');
let t = performance.now();
writeFileSync(file, JSON.stringify({ hsds_version: '3.0', services: Array.from({ length: count }, (_, i) => service(i)) }));
const generated = performance.now() - t;

// First run reads the project content (municipalities, types): timed apart from the import itself.
t = performance.now();
runImport({ inputs: [file], dryRun: true, target: join(dir, 'out'), name: 'warm-up' });
const firstRun = performance.now() - t;
t = performance.now();
const report = runImport({ inputs: [file], dryRun: true, target: join(dir, 'out'), name: 'bench' });
const run = performance.now() - t;

t = performance.now();
const written = runImport({ inputs: [file], target: join(dir, 'out'), name: 'bench' });
const write = performance.now() - t;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rate = (ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en')} services/s`;
console.log(`Generated ${count.toLocaleString('en')} services in ${generated.toFixed(0)} ms: ${file} (${mb(statSync(file).size)})`);
console.log(`Dry-run import, first run (also reads the content folder): ${firstRun.toFixed(0)} ms`);
console.log(`Dry-run import: ${run.toFixed(0)} ms, ${rate(run)}`);
console.log(`  would import ${report.imported.length}, rejected ${report.rejected.length}, warnings ${report.warnings.length}`);
console.log(`Import that writes the files: ${write.toFixed(0)} ms, ${rate(write)} (${written.imported.length} files)`);
console.log(`  memory: ${mb(process.memoryUsage().rss)} resident`);
rmSync(dir, { recursive: true, force: true });
