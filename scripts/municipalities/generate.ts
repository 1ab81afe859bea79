/**
 * Writes `content/municipalities/<slug>.md` for every row of `municipalities.csv` (overwriting).
 * The CSV is the single place where the facts live; edit it, then run:
 *
 *   npx tsx scripts/municipalities/generate.ts           # write the Markdown files
 *   npx tsx scripts/municipalities/generate.ts --clean   # also delete .md files there that no row produces
 *   npx tsx scripts/municipalities/generate.ts --check   # only check the CSV, write nothing
 *
 * The generator checks every row and stops without writing anything when one is wrong.
 */
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { list, parseSources, readRows, type CsvRow, type Source } from './csv';
import { slugify } from '../../src/lib/slug';

const here = dirname(fileURLToPath(import.meta.url));
const CSV_PATH = join(here, 'municipalities.csv');
const OUT_DIR = resolve(here, '../../content/municipalities');

const PROVINCE_NAMES: Record<string, string> = {
  antwerpen: 'Antwerpen',
  limburg: 'Limburg',
  'oost-vlaanderen': 'Oost-Vlaanderen',
  'vlaams-brabant': 'Vlaams-Brabant',
  'west-vlaanderen': 'West-Vlaanderen',
  brussel: 'Brussel',
};

/** Province from the first digits of the NIS code (Statbel numbering). */
function provinceOfNis(nis: string): string | undefined {
  if (nis.startsWith('21')) return 'brussel';
  if (nis.startsWith('23') || nis.startsWith('24')) return 'vlaams-brabant';
  return { '1': 'antwerpen', '3': 'west-vlaanderen', '4': 'oost-vlaanderen', '7': 'limburg' }[nis[0] ?? ''];
}


/** "A", "A en B", "A, B en C" */
function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

interface Municipality {
  slug: string;
  nis: string;
  name: string;
  nameFr?: string;
  postcodes: string[];
  province: string;
  region: string;
  latitude: number;
  longitude: number;
  mergedFrom: string[];
  sources: Source[];
}

function toMunicipality(row: CsvRow, line: number, problems: string[]): Municipality | undefined {
  const where = `municipalities.csv line ${line} (${row.name || row.nis})`;
  const before = problems.length;
  const fail = (message: string) => problems.push(`${where}: ${message}`);

  if (!/^[1-9]\d{4}$/.test(row.nis)) fail(`nis "${row.nis}" is not a 5-digit NIS code`);
  if (!row.name.trim()) fail('name is empty');
  const postcodes = list(row.postcodes, /\s+/);
  if (postcodes.length === 0) fail('no postcodes');
  for (const p of postcodes) if (!/^[1-9]\d{3}$/.test(p)) fail(`postcode "${p}" is not 4 digits`);
  if (new Set(postcodes).size !== postcodes.length) fail('a postcode is listed twice');
  if (!(row.province in PROVINCE_NAMES)) fail(`province "${row.province}" is not one of ${Object.keys(PROVINCE_NAMES).join(', ')}`);
  if (provinceOfNis(row.nis) !== row.province) fail(`province "${row.province}" does not fit NIS code ${row.nis}`);
  const expectedRegion = row.province === 'brussel' ? 'brussel' : 'vlaanderen';
  if (row.region !== expectedRegion) fail(`region must be "${expectedRegion}" for province ${row.province}`);
  if (row.region === 'brussel') {
    if (!row.nameFr) fail('a Brussels municipality needs nameFr');
    for (const p of postcodes) if (Number(p) < 1000 || Number(p) > 1299) fail(`Brussels postcode ${p} outside 1000-1299`);
  }
  const latitude = Number(row.latitude);
  const longitude = Number(row.longitude);
  if (!row.latitude || !(latitude >= 49.4 && latitude <= 51.6)) fail(`latitude "${row.latitude}" is not in Belgium (49.4-51.6)`);
  if (!row.longitude || !(longitude >= 2.5 && longitude <= 6.5)) fail(`longitude "${row.longitude}" is not in Belgium (2.5-6.5)`);
  const sources = parseSources(row.source);
  if (sources.length === 0) fail('source is empty: every row names its source');
  for (const s of sources) if (s.url && !/^https:\/\//.test(s.url)) fail(`source url "${s.url}" must start with https://`);
  const slug = slugify(row.name);
  if (!slug) fail('name gives an empty file name');

  if (problems.length > before) return undefined;
  return {
    slug,
    nis: row.nis,
    name: row.name.trim(),
    nameFr: row.nameFr.trim() || undefined,
    postcodes,
    province: row.province,
    region: row.region,
    latitude,
    longitude,
    mergedFrom: list(row.mergedFrom, ';'),
    sources,
  };
}

/** JSON strings are valid YAML double-quoted scalars. */
const q = (value: string) => JSON.stringify(value);

function body(m: Municipality): string {
  const lines: string[] = [];
  lines.push(
    m.region === 'brussel'
      ? `${m.name} is een van de 19 gemeenten van het Brussels Hoofdstedelijk Gewest.`
      : `${m.name} ligt in de provincie ${PROVINCE_NAMES[m.province]}.`,
  );
  const others = m.mergedFrom.filter((n) => n !== m.name);
  if (others.length > 0) {
    lines.push(`Sinds 1 januari 2025 ${others.length === 1 ? 'hoort' : 'horen'} ${joinDutch(others)} bij ${m.name}.`);
  }
  return lines.join(' ');
}

export function render(m: Municipality): string {
  const out = [
    '---',
    '# Generated by scripts/municipalities/generate.ts from scripts/municipalities/municipalities.csv.',
    '# Do not edit this file: change the CSV and run the generator again.',
    `nis: ${q(m.nis)}`,
    `name: ${q(m.name)}`,
  ];
  if (m.nameFr) out.push(`nameFr: ${q(m.nameFr)}`);
  out.push(
    `postcodes: [${m.postcodes.map(q).join(', ')}]`,
    `province: ${m.province}`,
    `region: ${m.region}`,
    `latitude: ${m.latitude}`,
    `longitude: ${m.longitude}`,
    `mergedFrom: [${m.mergedFrom.map(q).join(', ')}]`,
    'sources:',
  );
  for (const s of m.sources) {
    out.push(`  - title: ${q(s.title)}`);
    if (s.url) out.push(`    url: ${q(s.url)}`);
  }
  out.push('---', body(m), '');
  return out.join('\n');
}

function main(): void {
  const rows = readRows(readFileSync(CSV_PATH, 'utf8'));
  const problems: string[] = [];
  const municipalities = rows
    .map((row, i) => toMunicipality(row, i + 2, problems))
    .filter((m): m is Municipality => m !== undefined);

  const seen = new Map<string, string>();
  for (const m of municipalities) {
    for (const [key, label] of [[`nis:${m.nis}`, 'NIS code'], [`slug:${m.slug}`, 'file name']] as const) {
      const earlier = seen.get(key);
      if (earlier) problems.push(`${m.name}: ${label} ${key.split(':')[1]} is also used by ${earlier}`);
      seen.set(key, m.name);
    }
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(`\n${problems.length} problem(s) in municipalities.csv. Nothing was written.`);
    process.exit(1);
  }

  const count = (region: string) => municipalities.filter((m) => m.region === region).length;
  const summary = `${municipalities.length} municipalities (${count('vlaanderen')} vlaanderen, ${count('brussel')} brussel)`;
  if (process.argv.includes('--check')) {
    console.log(`municipalities.csv OK: ${summary}.`);
    return;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const written = new Set<string>();
  for (const m of municipalities) {
    const file = `${m.slug}.md`;
    writeFileSync(join(OUT_DIR, file), render(m));
    written.add(file);
  }
  const stale = readdirSync(OUT_DIR).filter((f) => f.endsWith('.md') && !written.has(f));
  if (stale.length > 0) {
    if (process.argv.includes('--clean')) {
      for (const f of stale) unlinkSync(join(OUT_DIR, f));
      console.log(`Deleted ${stale.length} file(s) no row produces: ${stale.join(', ')}`);
    } else {
      console.warn(`Not produced by the CSV (left alone; use --clean to delete): ${stale.join(', ')}`);
    }
  }
  console.log(`Wrote ${written.size} files to content/municipalities/: ${summary}.`);
}

main();
