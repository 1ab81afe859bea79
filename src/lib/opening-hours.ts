/** Opening hours: what applies on a given day, in Belgian time. */
import type { Organisation } from '../content.config';
import { WEEKDAYS } from './vocabulary';

type OpeningHours = NonNullable<Organisation['openingHours']>;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DayHours {
  status: 'open' | 'closed' | 'unknown';
  blocks: { opens: string; closes: string; note?: string }[];
  note?: string;
}

/** Weekday and ISO date of an instant as a clock in Brussels shows it. */
export function brusselsDay(instant: Date): { weekday: Weekday; isoDate: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const english = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const weekday = WEEKDAYS[english.indexOf(get('weekday'))] ?? 'ma';
  return { weekday, isoDate: `${get('year')}-${get('month')}-${get('day')}` };
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

export function hoursOn(hours: OpeningHours | undefined, instant: Date): DayHours {
  if (!hours || (hours.regular.length === 0 && hours.exceptions.length === 0)) return { status: 'unknown', blocks: [] };
  const { weekday, isoDate } = brusselsDay(instant);
  const exception = hours.exceptions.find((e) => isoOf(e.from) <= isoDate && isoDate <= isoOf(e.until ?? e.from));
  if (exception?.closed) return { status: 'closed', blocks: [], note: exception.note };
  const blocks = hours.regular
    .filter((b) => b.days.includes(weekday))
    .map(({ opens, closes, note }) => ({ opens, closes, note }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  if (hours.regular.length === 0) return { status: 'unknown', blocks: [], note: exception?.note };
  return { status: blocks.length ? 'open' : 'closed', blocks, note: exception?.note };
}

/** Regular hours grouped per weekday, Monday first, for a full week table. */
export function weekTable(hours: OpeningHours | undefined): { day: Weekday; blocks: { opens: string; closes: string; note?: string }[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    blocks: (hours?.regular ?? [])
      .filter((b) => b.days.includes(day))
      .map(({ opens, closes, note }) => ({ opens, closes, note }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));
}
