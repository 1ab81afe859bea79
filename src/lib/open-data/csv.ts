/** CSV in and out (RFC 4180), with the line number of every record for error messages. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | undefined | null | unknown[] | object;

function cell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function toCsv(columns: readonly string[], rows: Record<string, CsvValue>[], options: { delimiter?: string; bom?: boolean } = {}): string {
  const body = stringify(
    rows.map((row) => columns.map((c) => cell(row[c]))),
    { header: true, columns: [...columns], delimiter: options.delimiter ?? ',', record_delimiter: '\r\n', quoted_match: /^\s|\s$/ },
  );
  return (options.bom ? '\uFEFF' : '') + body;
}

export interface CsvRecord {
  /** Line in the file where the record starts (the header is line 1), as a spreadsheet shows it. */
  line: number;
  values: Record<string, string>;
  /** Number of cells in the record, to spot rows that do not match the header. */
  width: number;
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
  delimiter: string;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Comma or semicolon: whichever appears more often outside quotes in the first line. Excel in
 * Belgium saves CSV with semicolons. */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outside.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Header names are trimmed and lowercased; cell values are kept as written. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): ParsedCsv {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new CsvSyntaxError(`is not valid CSV: ${e.message.replace(/^Invalid [^:]*:\s*/, '')}`, e.lines);
  }
  const [head, ...data] = rows;
  if (!head) return { header: [], records: [], delimiter };
  const header = head.record.map((h) => h.trim().toLowerCase());
  const records = data
    .filter((r) => r.record.some((v) => v.trim() !== ''))
    .map((r) => {
      const values: Record<string, string> = {};
      header.forEach((name, i) => {
        if (name && values[name] === undefined) values[name] = r.record[i] ?? '';
      });
      // csv-parse reports the line where a record ends; quoted line breaks inside it move the start up.
      const embedded = r.record.reduce((n, v) => n + (v.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
      return { line: r.info.lines - embedded, values, width: r.record.length };
    });
  return { header, records, delimiter };
}
