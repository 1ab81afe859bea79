/** Browser measurements: what Pagefind downloads per query, and how fast the map's points load. */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { serveStatic } from '../../tests/e2e/support/server';

async function executablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return (await import('@sparticuz/chromium')).default.executablePath();
}

export interface BrowserNumbers {
  firstSearchKb: number;
  firstSearchMs: number;
  nextSearchKb: number;
  nextSearchMs: number;
  pointsKb: number;
  mapReadyMs: number;
  markers: number;
}

export async function browserNumbers(dist: string, queries: [string, string]): Promise<BrowserNumbers> {
  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: await executablePath(), args: ['--disable-background-networking', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route(/tile\.openstreetmap/, (r) => r.abort());
    let pagefindBytes = 0;
    let pointsBytes = 0;
    page.on('response', async (response) => {
      const u = response.url();
      if (!u.includes('/pagefind/') && !u.includes('/data/points.json')) return;
      // Pagefind files are stored compressed: their size on the wire is their body size.
      const body = await response.body().catch(() => Buffer.alloc(0));
      if (u.includes('/pagefind/')) pagefindBytes += body.length;
      else pointsBytes += body.length;
    });
    const search = async (query: string) => {
      pagefindBytes = 0;
      const started = Date.now();
      await page.getByLabel('Waar zoek je hulp bij?').fill(query);
      await page.getByLabel('Waar zoek je hulp bij?').press('Enter');
      await page.locator('.results li').first().waitFor({ timeout: 60_000 });
      const ms = Date.now() - started;
      await page.waitForTimeout(500);
      return { kb: pagefindBytes / 1024, ms };
    };
    await page.goto(`${url}/zoeken/`);
    const first = await search(queries[0]);
    const next = await search(queries[1]);

    const mapStarted = Date.now();
    await page.goto(`${url}/kaart/`);
    await page.locator('#lijst-titel').waitFor({ timeout: 120_000 });
    const mapReadyMs = Date.now() - mapStarted;
    // Markers are added in chunks: wait until the clusters account for every point in view.
    const count = () =>
      page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon.marker').length + [...document.querySelectorAll('.marker-cluster span')].reduce((n, s) => n + Number(s.textContent), 0));
    let markers = 0;
    for (let i = 0; i < 60 && (markers = await count()) === 0; i++) await page.waitForTimeout(500);
    return { firstSearchKb: first.kb, firstSearchMs: first.ms, nextSearchKb: next.kb, nextSearchMs: next.ms, pointsKb: pointsBytes / 1024, mapReadyMs, markers };
  } finally {
    await browser.close();
    server.close();
  }
}
