/** What the import command does with files: never overwrite unasked, never half-write, dry run. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportSetupError, runImport } from '../../../src/lib/open-data/import/run';
import { projectRoot } from '../../support/catalog';
import { IMPORT_TIMEOUT, importFixture, tempDir, validateImported } from '../../support/import';

const HEADER = 'id;naam;soort;doelgroepen;samenvatting;gemeente\n';
const ID = 'e4000000-0000-4000-8000-000000000001';

function csv(dir: string, rows: string[], name = 'lijst.csv') {
  writeFileSync(join(dir, name), HEADER + rows.join('\n') + '\n');
  return join(dir, name);
}

describe('writing entries', { timeout: IMPORT_TIMEOUT }, () => {
  it('never overwrites an existing entry unless asked; --update rewrites only what changed and keeps the editor\'s date and text', () => {
    const dir = tempDir();
    const target = join(dir, 'out');
    const input = csv(dir, [`${ID};Babbelkaffee Test;ontmoetingsplaats;ouders;Eerste versie.;Gent`]);
    expect(importFixture([input], { target }).report.imported).toHaveLength(1);
    const file = join(target, 'babbelkaffee-test.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}Tekst van een redacteur.\n`);
    const edited = readFileSync(file, 'utf8');

    csv(dir, [`${ID};Babbelkaffee Test;ontmoetingsplaats;ouders;Tweede versie.;Gent`]);
    const skipped = importFixture([input], { target, today: '2031-06-01' });
    expect(skipped.report.skipped).toEqual([{ id: ID, file: expect.stringMatching(/babbelkaffee-test\.md$/), reason: 'exists already (use --update to overwrite it)' }]);
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const updated = importFixture([input], { target, today: '2031-06-01', update: true });
    expect(updated.report.updated).toHaveLength(1);
    const { byId } = validateImported(target);
    expect(byId.get(ID)!.data.summary).toBe('Tweede versie.');
    expect(byId.get(ID)!.data.lastChecked.toISOString().slice(0, 10)).toBe('2030-01-01');
    expect(byId.get(ID)!.body.trim()).toBe('Tekst van een redacteur.');
  });

  it('a dry run reports what it would do and writes nothing', () => {
    const dir = tempDir();
    const target = join(dir, 'out');
    const dry = importFixture(['hsds-json/broken.json'], { target, dryRun: true });
    expect(existsSync(target)).toBe(false);
    const real = importFixture(['hsds-json/broken.json'], { target });
    expect(dry.report.dryRun).toBe(true);
    expect(dry.report.imported.map((e) => e.file)).toEqual(real.report.imported.map((e) => e.file));
    expect([dry.rejected, dry.warnings]).toEqual([real.rejected, real.warnings]);
  });

  it('leaves only complete, valid entries: no file for a rejected row, no temporary files', () => {
    const run = importFixture(['hsds-json/broken.json']);
    const names = readdirSync(run.target);
    expect(names.sort()).toEqual(['eerste-met-dit-id.md', 'html-in-de-tekst.md', 'punt-buiten-belgie.md', 'slechte-waarden.md']);
    expect(validateImported(run.target).problems).toEqual([]);
    // The check itself can fail: a hand-broken entry is caught.
    const text = readFileSync(join(run.target, 'slechte-waarden.md'), 'utf8');
    writeFileSync(join(run.target, 'slechte-waarden.md'), text.replace('type: ocmw', 'type: ocwm').replace('municipality: "21004"', 'municipality: "99999"'));
    expect(validateImported(run.target).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'type: unknown service type "ocwm": use the file name of an entry in content/service-types/ (did you mean "ocmw"?)',
      'locations[0].municipality: unknown NIS code "99999": use the `nis` of an entry in content/municipalities/',
    ]);
  });

  it('inside the content folder: skips an id that exists anywhere in organisations, and never takes another entry\'s file name', () => {
    const dir = tempDir();
    cpSync(join(projectRoot, 'tests/fixtures/content'), join(dir, 'content'), { recursive: true });
    csv(dir, [
      '11111111-1111-4111-8111-111111111111;Testloket Testdorp;testloket;iedereen;Al bekend.;Testdorp',
      `${ID};Testloket Testdorp;testloket;iedereen;Een ander loket met dezelfde naam.;Testdorp`,
    ]);
    const report = runImport({ inputs: ['lijst.csv'], name: 'test', cwd: dir, today: '2030-01-01' });
    expect(report.target).toBe('content/organisations/imported-test');
    expect(report.skipped).toEqual([{ id: '11111111-1111-4111-8111-111111111111', file: 'content/organisations/testloket-testdorp.md', reason: 'exists already (use --update to overwrite it)' }]);
    expect(report.imported).toEqual([{ id: ID, file: 'content/organisations/imported-test/testloket-testdorp-2.md' }]);
  });
});

describe('mapping table and inputs', { timeout: IMPORT_TIMEOUT }, () => {
  it('the mapping table is data: a new line maps a category that was unknown', () => {
    const before = importFixture(['hsds-json/broken.json']);
    expect(before.report.imported.map((e) => e.id)).not.toContain('b0000000-0000-4000-8000-000000000004');
    const dir = tempDir();
    const mapping = join(dir, 'mapping.yaml');
    writeFileSync(mapping, `${readFileSync(join(projectRoot, 'content/import-mapping.yaml'), 'utf8')}\n  - match: [widgets and gadgets]\n    type: kringwinkel\n`);
    const after = importFixture(['hsds-json/broken.json'], { mappingFile: mapping });
    expect(after.report.imported.map((e) => e.id)).toContain('b0000000-0000-4000-8000-000000000004');
    expect(validateImported(after.target).byId.get('b0000000-0000-4000-8000-000000000004')!.data).toMatchObject({ type: 'kringwinkel', domains: ['eten-en-spullen'] });
  });

  it('stops before reading data when the mapping table is wrong, and says how to fix it', () => {
    const dir = tempDir();
    const mapping = join(dir, 'mapping.yaml');
    writeFileSync(mapping, 'categories:\n  - match: [x]\n    type: voedselbnak\n');
    expect(() => importFixture(['hsds-json/ok.json'], { mappingFile: mapping })).toThrow(
      new ImportSetupError(`${mapping}: categories[0].type: unknown service type "voedselbnak": use the file name of an entry in content/service-types/ (did you mean "voedselbank"?)`),
    );
    writeFileSync(mapping, 'categories:\n  - match: [x]\n    domains: [wonnen]\n');
    expect(() => importFixture(['hsds-json/ok.json'], { mappingFile: mapping })).toThrow(/categories\[0\]\.domains\[0\]: "wonnen" is not allowed/);
  });

  it('refuses inputs it cannot read, with the reason', () => {
    expect(() => importFixture(['does-not-exist.json'])).toThrow(new ImportSetupError('tests/fixtures/import/does-not-exist.json does not exist'));
    const dir = tempDir();
    writeFileSync(join(dir, 'pakket.zip'), 'PK');
    expect(importFixture([join(dir, 'pakket.zip')], { target: join(dir, 'out') }).rejected).toEqual([
      `${join(dir, 'pakket.zip')}: cannot be read: give HSDS JSON (.json), a simple CSV (.csv) or a folder with HSDS CSV files (unzip the package first)`,
    ]);
  });
});
