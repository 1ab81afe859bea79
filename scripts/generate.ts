/**
 * `npm run generate -- --organisations 30000 [--out generated/content] [--seed 1]`
 * Writes a complete content folder: the real domains, needs, service types, rights and
 * municipalities, plus N synthetic organisations. Build it with WEGWIJZER_CONTENT=<out>.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files';
import { random, syntheticOrganisation } from '../src/lib/generate/organisations';
import { validateContent } from '../src/lib/validate';

const { values } = parseArgs({
  options: {
    organisations: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'generated/content' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.organisations);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--organisations must be a positive whole number, not "${values.organisations}"`);
  process.exit(2);
}
const out = resolve(values.out!);
const real = validateContent(readContentFiles(resolve('content'))).entries;

rmSync(out, { recursive: true, force: true });
for (const folder of ['domains', 'needs', 'service-types', 'rights', 'municipalities']) {
  cpSync(resolve('content', folder), join(out, folder), { recursive: true });
}
const orgDir = join(out, 'organisations');
mkdirSync(orgDir, { recursive: true });
const places = real.municipalities.map((m) => m.data);
const types = real['service-types'].map((s) => s.id);
const rnd = random(Number(values.seed));
const started = performance.now();
for (let i = 0; i < count; i++) {
  const { file, text } = syntheticOrganisation(i, places, types, rnd);
  writeFileSync(join(orgDir, file), text);
}
console.log(`Wrote ${count} synthetic organisations to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`Build them with: WEGWIJZER_CONTENT=${values.out} npm run build`);
