/**
 * Which entries were checked too long ago, per municipality and per collection, so a regional
 * editor knows whom to phone. Pure: entries, "now" and the age limit are passed in.
 */
import { stringify } from 'csv-stringify/sync';
import type { Organisation, Right, ServiceType } from '../content.config';
import { provinceLabel, regionLabel } from './labels';
import type { ValidEntries } from './validate';

/** Whole calendar months from `from` to `to` (UTC), e.g. 2025-01-31 → 2025-03-01 is 1. */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/** The day before which a check counts as too old: `months` calendar months before `now`. */
export function staleBefore(now: Date, months: number): Date {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

export const isStale = (lastChecked: Date, now: Date, months: number) => lastChecked < staleBefore(now, months);

export const COLLECTION_LABELS = { organisations: 'organisatie', 'service-types': 'soort dienst', rights: 'recht' } as const;
type CheckedCollection = keyof typeof COLLECTION_LABELS;

export interface FreshnessRow {
  /** Municipality name, or the wider area for entries that are not tied to one. */
  area: string;
  nis: string;
  collection: CheckedCollection;
  id: string;
  name: string;
  lastChecked: string;
  ageMonths: number;
  phone: string;
  website: string;
  file: string;
}

const byName = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });
const day = (d: Date) => d.toISOString().slice(0, 10);

function regionsText(regions: readonly (keyof typeof regionLabel)[] | undefined): string {
  const list = regions?.length ? regions : (['vlaanderen', 'brussel'] as const);
  return `Heel ${list.map((r) => regionLabel[r]).join(' en ')}`;
}

/** One row per municipality an entry serves; entries for a whole region get one row for it. */
export function freshnessRows(entries: ValidEntries, options: { now: Date; months: number }): FreshnessRow[] {
  const names = new Map(entries.municipalities.map((m) => [m.data.nis, m.data.name]));
  const rows: FreshnessRow[] = [];
  const add = (collection: CheckedCollection, entry: { id: string; file: string }, data: { lastChecked: Date }, name: string, areas: { area: string; nis: string }[], contact: { phone?: string; website?: string } = {}) => {
    if (!isStale(data.lastChecked, options.now, options.months)) return;
    for (const { area, nis } of areas) {
      rows.push({
        area,
        nis,
        collection,
        id: entry.id,
        name,
        lastChecked: day(data.lastChecked),
        ageMonths: monthsBetween(data.lastChecked, options.now),
        phone: contact.phone ?? '',
        website: contact.website ?? '',
        file: entry.file,
      });
    }
  };
  const municipalityAreas = (codes: string[]) => [...new Set(codes)].map((nis) => ({ area: names.get(nis) ?? nis, nis }));

  for (const o of entries.organisations) {
    const d: Organisation = o.data;
    const codes = [...d.locations.map((l) => l.municipality), ...(d.serviceArea?.municipalities ?? [])];
    const wider = [
      ...(d.serviceArea?.regions ?? []).map((r) => ({ area: `Heel ${regionLabel[r]}`, nis: '' })),
      ...(d.serviceArea?.provinces ?? []).map((p) => ({ area: `Provincie ${provinceLabel[p]}`, nis: '' })),
    ];
    add('organisations', o, d, d.name, [...municipalityAreas(codes), ...wider], { phone: d.phones[0]?.number, website: d.website });
  }
  for (const s of entries['service-types']) {
    const d: ServiceType = s.data;
    add('service-types', s, d, d.name, [{ area: regionsText(d.regions), nis: '' }]);
  }
  for (const r of entries.rights) {
    const d: Right = r.data;
    add('rights', r, d, d.title, d.municipalities?.length ? municipalityAreas(d.municipalities) : [{ area: regionsText(d.regions), nis: '' }]);
  }
  return rows.sort(
    (a, b) =>
      byName.compare(a.area, b.area) ||
      a.collection.localeCompare(b.collection) ||
      a.lastChecked.localeCompare(b.lastChecked) ||
      byName.compare(a.name, b.name),
  );
}

const CSV_COLUMNS: [keyof FreshnessRow, string][] = [
  ['area', 'gemeente_of_gebied'],
  ['nis', 'nis'],
  ['collection', 'soort'],
  ['name', 'naam'],
  ['lastChecked', 'laatst_gecontroleerd'],
  ['ageMonths', 'maanden_oud'],
  ['phone', 'telefoon'],
  ['website', 'website'],
  ['id', 'id'],
  ['file', 'bestand'],
];

export function freshnessCsv(rows: FreshnessRow[]): string {
  return stringify(
    rows.map((r) => ({ ...r, collection: COLLECTION_LABELS[r.collection] })),
    { header: true, columns: CSV_COLUMNS.map(([key, header]) => ({ key, header })) },
  );
}

/** A plain-text table per municipality, with counts per kind of entry. */
export function freshnessTable(rows: FreshnessRow[]): string {
  const lines: string[] = [];
  const groups = new Map<string, FreshnessRow[]>();
  for (const r of rows) groups.set(r.area, [...(groups.get(r.area) ?? []), r]);
  const width = (key: 'name' | 'phone') => Math.min(48, Math.max(0, ...rows.map((r) => r[key].length)));
  for (const [area, list] of groups) {
    const counts = Object.entries(COLLECTION_LABELS)
      .map(([c, label]) => [label, list.filter((r) => r.collection === c).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${n} ${label}`)
      .join(', ');
    lines.push(`${area}${list[0]!.nis ? ` (${list[0]!.nis})` : ''}: ${counts}`);
    for (const r of list) {
      const name = r.name.length > 48 ? `${r.name.slice(0, 47)}…` : r.name;
      lines.push(`  ${COLLECTION_LABELS[r.collection].padEnd(12)} ${name.padEnd(width('name'))}  ${r.lastChecked}  ${String(r.ageMonths).padStart(3)} mnd  ${r.phone.padEnd(width('phone'))}  ${r.file}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
