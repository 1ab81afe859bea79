/**
 * Reading and writing `municipalities.csv`, the one table that holds the municipality facts.
 * Shared by `generate.ts` (CSV -> Markdown) and `seed-from-geonames.ts` (fills centre points).
 *
 * Format: RFC 4180 CSV (comma, double quotes around fields that need them, "" inside quotes),
 * UTF-8, one header line. Columns:
 *   nis, name, nameFr, postcodes (space-separated), province, region, latitude, longitude,
 *   mergedFrom (semicolon-separated), source (entries separated by " | ", each "Title <https://url>"
 *   or just "Title").
 */

export const COLUMNS = [
  'nis',
  'name',
  'nameFr',
  'postcodes',
  'province',
  'region',
  'latitude',
  'longitude',
  'mergedFrom',
  'source',
] as const;

export type Column = (typeof COLUMNS)[number];
export type CsvRow = Record<Column, string>;

export interface Source {
  title: string;
  url?: string;
}

/** Parses CSV text into rows of strings (no type conversion). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function readRows(text: string): CsvRow[] {
  const [header, ...lines] = parseCsv(text);
  if (!header || header.join(',') !== COLUMNS.join(',')) {
    throw new Error(`municipalities.csv: the header must be exactly "${COLUMNS.join(',')}"`);
  }
  return lines.map((cells, i) => {
    if (cells.length !== COLUMNS.length) {
      throw new Error(`municipalities.csv line ${i + 2}: expected ${COLUMNS.length} fields, found ${cells.length}`);
    }
    return Object.fromEntries(COLUMNS.map((c, j) => [c, cells[j] ?? ''])) as CsvRow;
  });
}

export function writeRows(rows: CsvRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => quote(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

export const SOURCE_SEPARATOR = ' | ';

/** "Title <https://x>" | "Title" -> { title, url? } */
export function parseSources(value: string): Source[] {
  return value
    .split(SOURCE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const match = /^(.*?)\s*<(https?:\/\/[^<>\s]+)>$/.exec(part);
      return match ? { title: match[1]!.trim(), url: match[2]! } : { title: part };
    });
}

export function formatSources(sources: Source[]): string {
  return sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join(SOURCE_SEPARATOR);
}

export const list = (value: string, separator: string | RegExp): string[] =>
  value
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
