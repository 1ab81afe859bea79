/**
 * Cleaning values from other people's data: trailing spaces, a literal "\n" typed into a cell,
 * non-breaking spaces, decimal commas, dates in Belgian order, times as "9u30" or "5pm".
 * Convention: `undefined` = no value given, `null` = a value was given but it is not usable.
 */
import { z } from 'astro/zod';
import { slugify as slugifyName } from '../../slug';

/** Multi-line text: real line breaks kept (a typed "\n" becomes one), spaces at line ends gone. */
export function cleanText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value)
    .replace(/\\r\\n|\\n|\\r/g, '\n')
    .replace(/\\t/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Text that may carry HTML (HSDS allows it in descriptions): paragraphs and line breaks kept, every
 * tag removed. Our pages render Markdown, and the content validator refuses scripts and handlers. */
export function stripMarkup(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/[<&]/.test(value)) return cleanText(value);
  const text = value
    .replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*\/?\s*(p|div|li|ul|ol|h[1-6])\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name]!);
  return cleanText(text);
}

/** One-line text: every line break becomes a space. */
export function cleanLine(value: unknown): string | undefined {
  return cleanText(value)?.replace(/\s*\n\s*/g, ' ');
}

export function parseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cleanLine(value);
  if (!text) return undefined;
  const normal = text.replace(/\s/g, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

const TRUE = new Set(['true', 'ja', 'yes', 'y', 'j', '1', 'x', 'oui', 'waar']);
const FALSE = new Set(['false', 'nee', 'no', 'n', '0', 'non', 'onwaar']);

export function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = cleanLine(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return undefined;
}

/** YYYY-MM-DD from "2026-03-01", "2026-03-01T10:30:45Z" or "1/3/2026" (day first, as in Belgium). */
export function parseDate(value: unknown): string | undefined | null {
  const text = cleanLine(value);
  if (!text) return undefined;
  let y: string, m: string, d: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (belgian) [, d, m, y] = belgian as unknown as [string, string, string, string];
  else return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** HH:MM from "09:00", "9:00:00", "09:00+01:00", "9u30", "9.30", "9h", "5pm". */
export function parseTime(value: unknown): string | undefined | null {
  const text = cleanLine(value)?.toLowerCase().replace(/\s/g, '');
  if (!text) return undefined;
  const match = /^(\d{1,2})(?:[:.uh](\d{2})?)?(?::\d{2}(?:\.\d+)?)?(am|pm)?(?:z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (match[3] === 'pm' && hours < 12) hours += 12;
  if (match[3] === 'am' && hours === 12) hours = 0;
  if (hours === 24 && minutes === 0) return '23:59';
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Lowercase, without accents or punctuation: "Sociaal Huis (OCMW)" and "sociaal huis ocmw" match. */
export function matchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** File-name slug of an imported entry (a name that leaves nothing becomes "organisatie"). */
export function slugify(value: string): string {
  return slugifyName(value, 80) || 'organisatie';
}

// The same checks as the content schema, so a value that passes here never fails validation.
const webAddress = z.url();
const emailAddress = z.email();

export function isWebAddress(value: string): boolean {
  if (!webAddress.safeParse(value).success) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
}

/** "www.x.be" → "https://www.x.be"; anything that is not a web address stays undefined. */
export function cleanUrl(value: unknown): string | undefined | null {
  const text = cleanLine(value);
  if (!text) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`;
  return isWebAddress(withScheme) ? withScheme : null;
}

export function cleanEmail(value: unknown): string | undefined | null {
  const text = cleanLine(value)?.replace(/^mailto:/i, '');
  if (!text) return undefined;
  return emailAddress.safeParse(text).success ? text : null;
}
