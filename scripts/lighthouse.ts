/**
 * `npm run lighthouse [-- --dist dist]`: Lighthouse (mobile profile) over the main page types of a
 * built site, served locally, with system or packaged Chromium. Prints the four scores per page.
 * Build first (`npm run build`). Performance scores are noisy on 2 shared cores: read, don't gate.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../tests/e2e/support/server';

const { values } = parseArgs({ options: { dist: { type: 'string', default: process.env.WEGWIJZER_OUT_DIR ?? 'dist' } } });
const dist = resolve(values.dist!);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(2);
}

async function chromePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return (await import('@sparticuz/chromium')).default.executablePath();
}

const organisation = readdirSync(join(dist, 'organisatie'))[0];
const pages = [
  ['Home', '/'],
  ['Organisation', `/organisatie/${organisation}/`],
  ['Municipality', '/gemeente/gent/'],
  ['Explorer need', '/wie-doet-wat/wonen/huur-niet-betalen/'],
  ['Search', '/zoeken/?q=ocmw'],
  ['Map', '/kaart/'],
  ['Crisis', '/dringend/'],
  ['Organisation, French', `/fr/organisation/${organisation}/`],
  ['Explorer need, Arabic', '/ar/who-does-what/wonen/huur-niet-betalen/'],
];

const { server, url } = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: await chromePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const rows: string[] = ['| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|'];
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = result?.lhr.categories;
    const score = (key: string) => (c?.[key]?.score === null || c?.[key] === undefined ? 'n/a' : String(Math.round(c[key]!.score! * 100)));
    rows.push(`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
    console.error(`${name}: done`);
  }
} finally {
  chrome.kill();
  server.close();
}
console.log(rows.join('\n'));
