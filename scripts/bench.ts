/**
 * `npm run bench [-- --organisations 30000] [--large] [--write] [--only search]`
 * Builds the real content and a generated large set, and prints one table: build time and peak
 * memory (Astro and Pagefind separately), pages per second, the bare-Astro floor, dist size,
 * transferred bytes per page type, Pagefind bytes per query, the map's point file, and rights
 * evaluation time. `--write` records the table in docs/performance.md. Numbers, never assertions.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { browserNumbers } from './bench/browser';
import { writeBareSite } from './bench/floor';
import { folderSize, gzipSize, pageWeight } from './bench/page-weight';
import { run } from './bench/run';

const { values } = parseArgs({
  options: {
    organisations: { type: 'string', default: '30000' },
    large: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const bin = (name: string) => resolve('node_modules/.bin', name);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Row {
  set: string;
  [metric: string]: string;
}

async function measure(label: string, contentDir: string): Promise<Row> {
  const out = resolve(`generated/dist-${label.replace(/\W+/g, '-')}`);
  const env = { WEGWIJZER_CONTENT: contentDir, WEGWIJZER_OUT_DIR: out, WEGWIJZER_SKIP_PAGEFIND: '1', NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=8192' };
  const searchOnly = values.only === 'search';
  const row: Row = { set: label };
  const astro = await run(bin('astro'), ['build'], env);
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? 0);
  const pagefind = await run(bin('pagefind'), ['--site', out], { NODE_OPTIONS: '' });
  if (!searchOnly) {
    row['Astro build'] = `${astro.seconds.toFixed(1)} s, ${astro.peakMb.toFixed(0)} MB`;
    row['Pagefind index'] = `${pagefind.seconds.toFixed(1)} s, ${pagefind.peakMb.toFixed(0)} MB`;
    row.Pages = String(pages);
    row['Pages per second'] = (pages / astro.seconds).toFixed(0);
    const bare = resolve('generated/bare-astro');
    writeBareSite(bare, pages);
    const floor = await run(bin('astro'), ['build', '--root', bare], { NODE_OPTIONS: '--max-old-space-size=8192' });
    row['Bare Astro floor'] = `${floor.seconds.toFixed(1)} s (ratio ${(astro.seconds / floor.seconds).toFixed(2)})`;
    const size = folderSize(out);
    row['dist size'] = `${mb(size.bytes)} in ${size.files} files`;
    const organisation = readdirSync(join(out, 'organisatie'))[0];
    const need = readdirSync(join(out, 'wie-doet-wat/wonen')).find((d) => !d.endsWith('.html'));
    const samples: [string, string][] = [
      ['Home', '/'],
      ['Organisation', `/organisatie/${organisation}/`],
      ['Organisation, French', `/fr/organisation/${organisation}/`],
      ['Municipality', '/gemeente/gent/'],
      ['Explorer need', `/wie-doet-wat/wonen/${need}/`],
      ['Search', '/zoeken/'],
      ['Map', '/kaart/'],
      ['Arabic home', '/ar/'],
    ];
    for (const [name, path] of samples) {
      const w = pageWeight(out, path);
      row[`${name} page (gzip)`] = `${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)})`;
    }
    row['Map point file (gzip)'] = kb(gzipSize(join(out, 'data/points.json')));
  }
  const b = await browserNumbers(out, ['ocmw', 'voedselpakket gent']);
  row['First search: Pagefind bytes, time'] = `${b.firstSearchKb.toFixed(0)} KB, ${b.firstSearchMs} ms`;
  row['Next search: Pagefind bytes, time'] = `${b.nextSearchKb.toFixed(0)} KB, ${b.nextSearchMs} ms`;
  if (!searchOnly) row['Map: points ready, markers'] = `${b.mapReadyMs} ms, ${b.markers}`;
  return row;
}

async function main() {
  const rows: Row[] = [await measure('real content', 'content')];
  const sizes = [Number(values.organisations), ...(values.large ? [100_000] : [])];
  for (const n of sizes) {
    const dir = `generated/content-${n}`;
    if (!existsSync(join(dir, 'organisations'))) await run(bin('tsx'), ['scripts/generate.ts', '--organisations', String(n), '--out', dir]);
    rows.push(await measure(`${n} generated organisations`, dir));
  }
  if (values.only !== 'search' && existsSync('scripts/bench-rights.ts')) {
    const rights = await run(bin('tsx'), ['scripts/bench-rights.ts']);
    // The slowest median over the benchmark's households, in ms.
    const medians = [...rights.output.matchAll(/^\S.*?\s{2,}(\d+\.\d+)\s+(\d+\.\d+)/gm)].map((m) => Number(m[1]));
    const worst = medians.length ? `${Math.max(...medians).toFixed(2)} ms (slowest median per full re-evaluation)` : 'see npm run bench:rights';
    for (const row of rows) row['Rights: evaluate 500 rights'] = worst;
  }
  const metrics = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((m) => m !== 'set');
  const table = [
    `| measure | ${rows.map((r) => r.set).join(' | ')} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    ...metrics.map((m) => `| ${m} | ${rows.map((r) => r[m] ?? '').join(' | ')} |`),
  ].join('\n');
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  console.log(`\n${table}\n\nMachine: ${machine}`);
  if (values.write) {
    writeFileSync('docs/performance.md', `# Performance\n\nMeasured with \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` on ${machine}.\n\n${table}\n`);
    console.log('Written to docs/performance.md');
  }
}

await main();
