import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files';
import { validateContent } from '../../src/lib/validate';
import { projectRoot } from '../support/catalog';

// Runs the generator as a person would (a child process): slower than a unit test, hence the timeout.
describe('npm run generate', { timeout: 60_000 }, () => {
  const out = join(mkdtempSync(join(tmpdir(), 'wegwijzer-gen-')), 'content');
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
    const again = join(mkdtempSync(join(tmpdir(), 'wegwijzer-gen-')), 'content');
    execFileSync('npx', ['tsx', 'scripts/generate.ts', '--organisations', '300', '--out', again, '--seed', '7'], { cwd: projectRoot, stdio: 'pipe' });
    const first = readdirSync(join(out, 'organisations')).sort();
    expect(readdirSync(join(again, 'organisations')).sort()).toEqual(first);
    expect(readFileSync(join(again, 'organisations', first[0]!), 'utf8')).toBe(readFileSync(join(out, 'organisations', first[0]!), 'utf8'));
  });
});
