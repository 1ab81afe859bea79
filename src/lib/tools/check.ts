/**
 * A small validator for data that comes back from a file or from browser storage. Hand-written
 * instead of zod so islands stay light and every message can be plain Dutch with the place of
 * the problem ("item 3 › notitie"), which a volunteer can act on.
 */

export class Problems {
  readonly list: string[] = [];

  add(path: string[], message: string) {
    this.list.push(path.length ? `Bij "${path.join(' › ')}": ${message}` : message);
  }

  get ok() {
    return this.list.length === 0;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text field; missing counts as empty. Longer text than `max` is a problem, not silently cut. */
export function text(v: unknown, path: string[], problems: Problems, max: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') {
    problems.add(path, 'dit moet tekst zijn.');
    return '';
  }
  if (v.length > max) problems.add(path, `deze tekst is te lang (meer dan ${max} tekens).`);
  return v;
}

export function bool(v: unknown, path: string[], problems: Problems): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean') {
    problems.add(path, 'dit moet true of false zijn.');
    return false;
  }
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string[], problems: Problems, fallback: T): T {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  problems.add(path, `"${String(v)}" kennen we niet. Kies uit: ${allowed.map((a) => (a === '' ? '(leeg)' : a)).join(', ')}.`);
  return fallback;
}

/** A list with at most `max` entries, each checked by `each` (which gets its own path). */
export function list<T>(v: unknown, path: string[], problems: Problems, max: number, each: (item: unknown, path: string[]) => T): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.add(path, 'dit moet een lijst zijn.');
    return [];
  }
  if (v.length > max) problems.add(path, `deze lijst is te lang (meer dan ${max}).`);
  return v.slice(0, max).map((item, i) => each(item, [...path, `${i + 1}`]));
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function id(v: unknown, path: string[], problems: Problems): string {
  if (typeof v === 'string' && ID_PATTERN.test(v)) return v;
  problems.add(path, 'dit is geen geldige code (kleine letters, cijfers en streepjes).');
  return '';
}

/** A short random id for things a person adds (contacts, goals). Works outside secure contexts too. */
export function newId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10);
}
