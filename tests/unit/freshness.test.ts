/** Freshness: which entries were checked too long ago, per municipality, on fixture dates. */
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files';
import { freshnessCsv, freshnessRows, freshnessTable, isStale, monthsBetween, staleBefore } from '../../src/lib/freshness';
import { validateContent, type ContentFile } from '../../src/lib/validate';
import { projectRoot } from '../support/catalog';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** Fixture content (all checked on 2026-01-01) with some dates changed. */
function entriesWithDates(dates: Record<string, string>) {
  const files: ContentFile[] = readContentFiles(resolve(projectRoot, 'tests/fixtures/content'), projectRoot).map((f) => {
    const name = f.path.split('/').at(-1)!.replace('.md', '');
    return dates[name] ? { ...f, text: f.text.replace('lastChecked: 2026-01-01', `lastChecked: ${dates[name]}`) } : f;
  });
  const { entries, problems } = validateContent(files);
  expect(problems).toEqual([]);
  return entries;
}

describe('dates', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween(day('2025-01-31'), day('2025-03-01'))).toBe(1);
    expect(monthsBetween(day('2025-11-23'), day('2026-11-23'))).toBe(12);
    expect(monthsBetween(day('2025-11-24'), day('2026-11-23'))).toBe(11);
  });

  it('a check exactly the limit ago is still fresh; a day earlier is not', () => {
    const now = day('2026-11-23');
    expect(staleBefore(now, 12).toISOString().slice(0, 10)).toBe('2025-11-23');
    expect(isStale(day('2025-11-23'), now, 12)).toBe(false);
    expect(isStale(day('2025-11-22'), now, 12)).toBe(true);
    // 31 March minus one month is the last day of February, not 3 March.
    expect(staleBefore(day('2026-03-31'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
  });
});

describe('freshnessRows', () => {
  const entries = entriesWithDates({ 'testloket-testdorp': '2024-06-15', testrecht: '2025-01-10', testgroep: '2026-10-01' });

  it('lists only entries older than the limit, per municipality or area, oldest first within a place', () => {
    const rows = freshnessRows(entries, { now: day('2026-11-23'), months: 12 });
    expect(rows.map((r) => [r.area, r.collection, r.id, r.lastChecked, r.ageMonths])).toEqual([
      ['Heel Vlaanderen', 'rights', 'testrecht', '2025-01-10', 22],
      ['Testdorp', 'organisations', 'testloket-testdorp', '2024-06-15', 29],
    ]);
  });

  it('uses a shorter limit when asked, and gives the phone number to call', () => {
    const rows = freshnessRows(entries, { now: day('2026-11-23'), months: 6 });
    const ids = rows.map((r) => `${r.area}: ${r.id}`);
    expect(ids).toContain('Heel Brussel: testgroep-brussel');
    expect(ids).toContain('Testbrussel: testgroep-brussel');
    expect(ids).not.toContain('Heel Vlaanderen en Brussel: testgroep');
    expect(rows.find((r) => r.id === 'testloket-testdorp')!.file).toBe('tests/fixtures/content/organisations/testloket-testdorp.md');
  });

  it('writes a CSV with Dutch headers that reads back, and a table per municipality', () => {
    const rows = freshnessRows(entries, { now: day('2026-11-23'), months: 12 });
    const csv = parse(freshnessCsv(rows), { columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0]!)).toEqual(['gemeente_of_gebied', 'nis', 'soort', 'naam', 'laatst_gecontroleerd', 'maanden_oud', 'telefoon', 'website', 'id', 'bestand']);
    expect(csv.map((r) => [r.gemeente_of_gebied, r.nis, r.soort, r.naam])).toEqual([
      ['Heel Vlaanderen', '', 'recht', 'Testrecht'],
      ['Testdorp', '99001', 'organisatie', 'Testloket Testdorp'],
    ]);
    const table = freshnessTable(rows);
    expect(table).toContain('Testdorp (99001): 1 organisatie');
    expect(table).toMatch(/organisatie\s+Testloket Testdorp\s+2024-06-15\s+29 mnd/);
  });

  it('is empty when everything was checked recently', () => {
    expect(freshnessRows(entriesWithDates({}), { now: day('2026-06-01'), months: 12 })).toEqual([]);
  });
});
