import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files';
import { validateContent } from '../../src/lib/validate';
import { projectRoot } from '../support/catalog';

// Runs the generator as a person would (a child process): slower than a unit test, hence the timeout.
describe('npm run generate', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-gen-'));
  const out = join(scratch, 'content');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  beforeAll(() => {
    execFileSync('npx', ['tsx', 'scripts/generate.ts', '--organisations', '300', '--out', out, '--seed', '7'], { cwd: projectRoot, stdio: 'pipe' });
  }, 60_000);

  it('writes content that passes the validator', () => {
    const { problems, entries } = validateContent(readContentFiles(out, out));
    expect(problems).toEqual([]);
    expect(entries.organisations).toHaveLength(300);
  });

  it('spreads organisations over municipalities, domains and formalities, and is reproducible', () => {
    const { entries } = validateContent(readContentFiles(out, out));
    const orgs = entries.organisations.map((o) => o.data);
    expect(new Set(orgs.map((o) => o.locations[0]!.municipality)).size).toBe(300);
    expect(new Set(orgs.flatMap((o) => o.domains)).size).toBe(10);
    expect(new Set(orgs.map((o) => o.formality)).size).toBe(3);
    expect(orgs.some((o) => o.locations[0]!.approximate) && orgs.some((o) => !o.locations[0]!.approximate)).toBe(true);
    // Brussels entries carry an official French name, as real ones do.
    const brussels = orgs.filter((o) => o.locations[0]!.municipality.startsWith('21'));
    expect(brussels.length).toBeGreaterThan(0);
    expect(brussels.every((o) => o.translations.fr?.name)).toBe(true);
    const again = join(scratch, 'again');
    execFileSync('npx', ['tsx', 'scripts/generate.ts', '--organisations', '300', '--out', again, '--seed', '7'], { cwd: projectRoot, stdio: 'pipe' });
    const first = readdirSync(join(out, 'organisations')).sort();
    expect(readdirSync(join(again, 'organisations')).sort()).toEqual(first);
    expect(readFileSync(join(again, 'organisations', first[0]!), 'utf8')).toBe(readFileSync(join(out, 'organisations', first[0]!), 'utf8'));
  });
});
