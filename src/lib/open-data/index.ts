/**
 * Every open data file of a build, computed once per catalog (each file is its own Astro endpoint,
 * and they all share the same HSDS dataset).
 */
import type { Catalog } from '../catalog';
import { buildHsds } from './export-hsds';
import { flatCsv } from './flat-csv';
import { buildGeoJson } from './geojson';
import { buildRights } from './rights';
import { dataPackage, flattenHsds, tableCsv, TABLES } from './tabular';

export const OPEN_DATA_BASE = '/open-data';

/** The published files, with the content type a host should send. */
export const OPEN_DATA_FILES = {
  hsds: { path: `${OPEN_DATA_BASE}/hsds.json`, contentType: 'application/json' },
  datapackage: { path: `${OPEN_DATA_BASE}/hsds/datapackage.json`, contentType: 'application/json' },
  flat: { path: `${OPEN_DATA_BASE}/wegwijzer.csv`, contentType: 'text/csv; charset=utf-8' },
  geojson: { path: `${OPEN_DATA_BASE}/locaties.geojson`, contentType: 'application/geo+json' },
  rights: { path: `${OPEN_DATA_BASE}/rechten.json`, contentType: 'application/json' },
} as const;

export const tablePath = (file: string) => `${OPEN_DATA_BASE}/hsds/${file}`;

const cache = new WeakMap<Catalog, Map<string, ReturnType<typeof build>>>();

function build(catalog: Catalog, siteUrl: string) {
  const hsds = buildHsds(catalog, siteUrl);
  const rows = flattenHsds(hsds);
  return {
    hsds,
    tables: TABLES.map((spec) => ({ spec, csv: tableCsv(spec, rows.get(spec.name) ?? []), rows: rows.get(spec.name)?.length ?? 0 })),
    datapackage: dataPackage(hsds),
    flatCsv: flatCsv(catalog, siteUrl),
    geojson: buildGeoJson(catalog, siteUrl),
    rights: buildRights(catalog, siteUrl),
  };
}

export function openData(catalog: Catalog, siteUrl: string) {
  let perSite = cache.get(catalog);
  if (!perSite) cache.set(catalog, (perSite = new Map()));
  let files = perSite.get(siteUrl);
  if (!files) perSite.set(siteUrl, (files = build(catalog, siteUrl)));
  return files;
}

export type OpenData = ReturnType<typeof openData>;
