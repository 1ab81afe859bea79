/** Export the project's own content, import it into an empty folder: the entries come back the same. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openData } from '../../../src/lib/open-data';
import { catalogFrom, catalogWithShelter, loadEntries } from '../../support/catalog';
import { IMPORT_TIMEOUT, importFixture, tempDir, validateImported } from '../../support/import';

const SITE = 'https://wegwijzer.example.org';
const original = loadEntries().entries.organisations;
const files = openData(catalogFrom(loadEntries().entries), SITE);

function writeExport(kind: 'json' | 'tabular' | 'flat', data = files): string {
  const dir = tempDir('wegwijzer-export-');
  if (kind === 'json') writeFileSync(join(dir, 'hsds.json'), JSON.stringify(data.hsds));
  if (kind === 'flat') writeFileSync(join(dir, 'wegwijzer.csv'), data.flatCsv);
  if (kind === 'tabular') {
    for (const t of data.tables) writeFileSync(join(dir, t.spec.path), t.csv);
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(data.datapackage));
    return dir;
  }
  return join(dir, kind === 'json' ? 'hsds.json' : 'wegwijzer.csv');
}

function expectEquivalent(target: string, { withBody }: { withBody: boolean }) {
  const { problems, byId, entries } = validateImported(target);
  expect(problems).toEqual([]);
  expect(entries).toHaveLength(original.length);
  for (const entry of original) {
    const back = byId.get(entry.data.id);
    expect(back, entry.file).toBeDefined();
    expect(back!.data, entry.file).toEqual(entry.data);
    if (withBody) expect(back!.body.trim(), entry.file).toBe(entry.body.trim());
    expect(basename(back!.file, '.md'), entry.file).toBe(entry.id);
  }
}

describe('round trip of our own content', { timeout: IMPORT_TIMEOUT }, () => {
  it('HSDS JSON → import into an empty folder gives the same entries, file names and texts', () => {
    const run = importFixture([writeExport('json')]);
    expect(run.rejected).toEqual([]);
    expect(run.warnings).toEqual([]);
    expect(run.report.imported).toHaveLength(original.length);
    expectEquivalent(run.target, { withBody: true });
  });

  it('the HSDS CSV package with datapackage.json gives the same entries', () => {
    const run = importFixture([writeExport('tabular')]);
    expect(run.rejected).toEqual([]);
    expect(run.report.inputs[0]?.format).toBe('HSDS 3.0 CSV');
    expectEquivalent(run.target, { withBody: true });
  });

  it('the simple CSV gives the same entries, except the page text it does not carry', () => {
    const run = importFixture([writeExport('flat')]);
    expect(run.rejected).toEqual([]);
    expectEquivalent(run.target, { withBody: false });
  });

  it('a second import of the same data changes nothing, even with --update', () => {
    const input = writeExport('json');
    const first = importFixture([input]);
    const before = new Map(readdirSync(first.target).map((n) => [n, { text: readFileSync(join(first.target, n), 'utf8'), mtime: statSync(join(first.target, n)).mtimeMs }]));
    for (const update of [false, true]) {
      const again = importFixture([input], { target: first.target, update });
      expect(again.report.imported).toEqual([]);
      expect(again.report.updated).toEqual([]);
      expect(again.report.skipped).toHaveLength(original.length);
      expect(new Set(again.report.skipped.map((s) => s.reason))).toEqual(new Set([update ? 'unchanged' : 'exists already (use --update to overwrite it)']));
    }
    for (const [name, { text, mtime }] of before) {
      expect(readFileSync(join(first.target, name), 'utf8')).toBe(text);
      expect(statSync(join(first.target, name)).mtimeMs).toBe(mtime);
    }
  });

  it('a confidential location comes back confidential, with its municipality and nothing else', () => {
    const shelter = openData(catalogWithShelter(), SITE);
    const run = importFixture([writeExport('json', shelter)], { contentRoot: 'tests/fixtures/content' });
    expect(run.rejected).toEqual([]);
    const text = readFileSync(join(run.target, 'geheime-opvang.md'), 'utf8');
    expect(text).not.toContain('Geheimstraat');
    expect(text).toContain('confidential: true');
    expect(text).toContain('Open straat 1');
  });
});
