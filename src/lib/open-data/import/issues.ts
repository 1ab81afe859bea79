/**
 * Where a value came from (file and row), and what went wrong with it. Readers stamp every object
 * they produce with its origin; messages then name file, row and field in the reader's own terms
 * (a CSV column, or a path in a JSON file).
 */

export interface Origin {
  file: string;
  /** Spreadsheet row (the header is row 1) or a JSON path such as `services[3]`. */
  row?: number | string;
  /** Our field name → the name in the source (e.g. latitude → breedtegraad), when they differ. */
  fields?: Record<string, string>;
}

export interface ImportIssue {
  level: 'rejected' | 'warning';
  file: string;
  row?: number | string;
  field?: string;
  message: string;
}

const ORIGIN = Symbol('origin');

export function withOrigin<T extends object>(value: T, origin: Origin): T {
  Object.defineProperty(value, ORIGIN, { value: origin, enumerable: false, configurable: true });
  return value;
}

export function originOf(value: unknown, fallback: Origin): Origin {
  const stamped = value && typeof value === 'object' ? (value as Record<symbol, Origin | undefined>)[ORIGIN] : undefined;
  return stamped ?? fallback;
}

export function issueAt(level: ImportIssue['level'], origin: Origin, field: string | undefined, message: string): ImportIssue {
  return { level, file: origin.file, row: origin.row, field: field && (origin.fields?.[field] ?? field), message };
}

export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.row === undefined ? undefined : typeof issue.row === 'number' ? `row ${issue.row}` : issue.row, issue.field].filter(Boolean);
  return `${where.join(': ')}: ${issue.message}`;
}
