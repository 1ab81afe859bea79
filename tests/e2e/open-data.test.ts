/** Someone who wants to reuse the data finds the Open data page, reads it, and downloads every file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/open-data/csv';
import { OPEN_DATA_FILES, tablePath } from '../../src/lib/open-data';
import { TABLES } from '../../src/lib/open-data/tabular';
import { realCatalog } from '../support/catalog';
import { baseUrl, expectAccessible, goto, useBrowser, openPage } from './support/browser';

const catalog = realCatalog();
const files = [...Object.values(OPEN_DATA_FILES).map((f) => ({ path: f.path, type: f.contentType })), ...TABLES.map((t) => ({ path: tablePath(t.path), type: 'text/csv; charset=utf-8' }))];

const browser = useBrowser();

describe('open data', () => {
  it('the page is reachable from the footer, explains the licence, is accessible and asks nothing from outside', async () => {
    const { page, context, outside, errors } = await openPage(browser());
    await goto(page, '/');
    await page.getByRole('navigation', { name: 'Meer over Wegwijzer' }).getByRole('link', { name: 'Open data' }).click();
    await page.waitForURL('**/open-data/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Open data');
    await page.getByRole('heading', { name: 'Licentie: CC BY 4.0' }).waitFor();
    await expect(page.getByRole('link', { name: /Creative Commons Naamsvermelding 4\.0/ }).getAttribute('rel')).resolves.toBe('license');
    await page.getByText('Adressen van geheime opvang staan in geen enkel bestand.').waitFor();
    await expectAccessible(page);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links to every export file', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/open-data/');
    const hrefs = await page.locator('main a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...hrefs].sort()).toEqual(files.map((f) => f.path).sort());
    await context.close();
  });

  it('every file downloads with the right content type and parses', async () => {
    const { context } = await openPage(browser());
    for (const file of files) {
      const response = await context.request.get(new URL(file.path, baseUrl()).href);
      expect(response.status(), file.path).toBe(200);
      expect(response.headers()['content-type'], file.path).toBe(file.type);
      const text = await response.text();
      if (file.path.endsWith('.csv')) {
        const { header, records } = parseCsv(text);
        expect(header.length, file.path).toBeGreaterThan(2);
        expect(header[0], file.path).toBe('id');
        if (/services|organizations|wegwijzer/.test(file.path)) expect(records.length, file.path).toBeGreaterThanOrEqual(catalog.organisations.length);
      } else {
        expect(() => JSON.parse(text), file.path).not.toThrow();
      }
    }
    const hsds = await (await context.request.get(new URL(OPEN_DATA_FILES.hsds.path, baseUrl()).href)).json();
    expect(hsds.services).toHaveLength(catalog.organisations.length);
    const geojson = await (await context.request.get(new URL(OPEN_DATA_FILES.geojson.path, baseUrl()).href)).json();
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.length).toBe(catalog.organisations.reduce((n, o) => n + o.data.locations.filter((l) => !l.confidential).length, 0));
    await context.close();
  });

  it('clicking a file downloads it under its own name', async () => {
    const { page, context } = await openPage(browser(), { acceptDownloads: true });
    await goto(page, '/open-data/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'wegwijzer.csv', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('wegwijzer.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFid;naam;')).toBe(true);
    await context.close();
  });
});
