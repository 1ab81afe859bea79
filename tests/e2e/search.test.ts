/** A volunteer searches the way people talk, narrows with filters and shares the result as a link. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../support/catalog';
import { baseUrl, expectAccessible, goto, hydrated, useBrowser, openPage } from './support/browser';

const catalog = realCatalog();
const browser = useBrowser();

const resultTitles = (page: Page) => page.locator('.results h3').allInnerTexts();
/** Filter groups fold open, and only then load their counts. */
async function openFilter(page: Page, name: string) {
  const group = page.locator('details.filter-group', { has: page.locator('summary', { hasText: name }) });
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  await group.locator('.count').first().waitFor();
}

async function searchFor(page: Page, words: string) {
  await hydrated(page);
  await page.getByLabel('Waar zoek je hulp bij?').fill(words);
  await page.getByLabel('Waar zoek je hulp bij?').press('Enter');
  await page.locator('#resultaten-titel', { hasText: /resultaten?|resultaat/ }).waitFor();
}

const ocmwSchaarbeek = catalog.organisations.find((o) => o.data.type === 'ocmw' && o.data.name.includes('Schaarbeek'))!;
const ocmwGent = catalog.organisations.find((o) => o.data.type === 'ocmw' && o.data.name.includes('Gent'))!;

describe('search', () => {
  it('finds the OCMW of Schaarbeek with the French words "cpas schaerbeek"', async () => {
    const { page, context, outside } = await openPage(browser());
    await goto(page, '/zoeken/');
    await searchFor(page, 'cpas schaerbeek');
    const titles = await resultTitles(page);
    expect(titles).toContain(ocmwSchaarbeek.data.name);
    expect(titles).not.toContain(ocmwGent.data.name);
    await expect(page.locator('#resultaten-titel').innerText()).resolves.toContain('Schaarbeek');
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/\d+ resultaten gevonden voor Schaarbeek/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('cpas schaerbeek');
    await expectAccessible(page);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('a postcode narrows organisations to that municipality', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/zoeken/?q=ocmw%209000');
    await page.locator('.results').waitFor();
    const titles = await resultTitles(page);
    expect(titles).toContain(ocmwGent.data.name);
    expect(titles).not.toContain(ocmwSchaarbeek.data.name);
    await context.close();
  });

  it('synonyms work: "voedselpakket" finds food aid', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/zoeken/?q=voedselpakket');
    await page.locator('.results').waitFor();
    const kinds = await page.locator('.results .badge.kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    const titles = (await resultTitles(page)).join(' | ').toLowerCase();
    expect(titles).toMatch(/voedsel|kruidenier|eten/);
    await context.close();
  });

  it('a filter narrows the results, lives in the URL and survives back and reload', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/zoeken/?q=brussel');
    await page.locator('.results').waitFor();
    const before = Number((await page.locator('#resultaten-titel').innerText()).match(/\d+/)![0]);
    await openFilter(page, 'Formeel of informeel');
    await page.getByRole('checkbox', { name: /^Informeel/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('formaliteit')).toEqual(['Informeel']);
    await expect.poll(async () => Number((await page.locator('#resultaten-titel').innerText()).match(/\d+/)![0])).toBeLessThan(before);
    const formalities = await page.locator('.results .meta').allInnerTexts();
    expect(formalities.filter((m) => /Formeel|Semi-formeel/.test(m) && !/Informeel/.test(m))).toEqual([]);
    const filtered = await resultTitles(page);

    await page.reload();
    await page.locator('.results').waitFor();
    await expect(page.getByRole('checkbox', { name: /^Informeel/ }).isChecked()).resolves.toBe(true);
    expect(await resultTitles(page)).toEqual(filtered);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('formaliteit')).toEqual([]);
    await expect(page.getByRole('checkbox', { name: /^Informeel/ }).isChecked()).resolves.toBe(false);
    await context.close();
  });

  it('values without results stay visible but greyed out', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/zoeken/?q=cpas');
    await page.locator('.results').waitFor();
    await openFilter(page, 'Wat zoek je?');
    const disabled = page.locator('.filter-option.empty input[disabled]');
    expect(await disabled.count()).toBeGreaterThan(0);
    await context.close();
  });

  it('an empty result offers a way on', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/zoeken/?q=xyzzyqqq&kenmerk=Gratis');
    await page.getByText('We vonden niets').waitFor();
    const help = page.locator('.search-results .notice');
    await expect(help.getByRole('link', { name: 'Dringend hulp nodig' }).count()).resolves.toBe(1);
    await expect(help.getByRole('link', { name: 'de levensdomeinen' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Wis alle filters' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('kenmerk')).toEqual([]);
    await context.close();
  });

  it('the header search box works from any page, by keyboard only', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/');
    // Skip link, site name, the other languages, the crisis link, then the search box.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'zoek-kop'; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('zoek-kop');
    await page.keyboard.type('ocmw gent');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=ocmw\+gent/);
    await page.locator('.results').waitFor();
    expect(await resultTitles(page)).toContain(ocmwGent.data.name);
    await context.close();
  });

  it('situation 6: a hulpverlener in Gent lists every informal and semi-formal initiative that works there', async () => {
    const gent = catalog.municipalityBySlug('gent')!;
    const expected = catalog.organisationsFor(gent, (o) => o.data.formality !== 'formal').map((f) => f.organisation.data.name);
    const informalHere = catalog.organisationsFor(gent, (o) => o.data.formality === 'informal').length > 0;
    expect(expected.length).toBeGreaterThan(0);

    const { page, context } = await openPage(browser());
    await goto(page, '/zoeken/?soort=Organisatie');
    await page.locator('#resultaten-titel').waitFor();
    await page.getByLabel('Gemeente of postcode').fill('Gent');
    await page.getByLabel('Gemeente of postcode').press('Enter');
    await page.locator('#resultaten-titel', { hasText: 'Gent' }).waitFor();
    await openFilter(page, 'Formeel of informeel');
    await page.getByRole('checkbox', { name: /^Semi-formeel/ }).check();
    const informal = page.getByRole('checkbox', { name: /^Informeel/ });
    // A value without results is greyed out and cannot be chosen.
    if (informalHere) await informal.check();
    else await expect.poll(() => informal.isDisabled()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('formaliteit').length).toBe(informalHere ? 2 : 1);
    await expect.poll(async () => Number((await page.locator('#resultaten-titel').innerText()).match(/\d+/)![0])).toBe(expected.length);
    while (await page.getByRole('button', { name: 'Toon meer resultaten' }).isVisible()) {
      await page.getByRole('button', { name: 'Toon meer resultaten' }).click();
      await page.waitForTimeout(300);
    }
    expect((await resultTitles(page)).sort()).toEqual(expected.sort());
    await expectAccessible(page);
    await context.close();
  });

  it('keeps words typed before the page became interactive (slow phone)', async () => {
    const { page, context } = await openPage(browser());
    // Hold back the island's code, as a slow connection would.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/SearchApp\..*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('/zoeken/', baseUrl()).href, { waitUntil: 'domcontentloaded' });
    await page.locator('#zoekterm').fill('ocmw gent');
    release();
    await page.locator('.results').waitFor();
    expect(await resultTitles(page)).toContain(ocmwGent.data.name);
    await context.close();
  });

  it('a first search downloads no filter index; a filter group loads its counts when it opens', async () => {
    const { page, context } = await openPage(browser());
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url());
    });
    await goto(page, '/zoeken/?q=ocmw');
    await page.locator('.results').waitFor();
    expect(filterFiles).toEqual([]);
    // Every value is there before any count is: drawn from the build, not from the index.
    await expect(page.getByRole('checkbox', { name: 'Informeel', includeHidden: true }).count()).resolves.toBe(1);
    await openFilter(page, 'Formeel of informeel');
    expect(filterFiles.length).toBeGreaterThan(0);
    await expect(page.getByRole('checkbox', { name: /^Formeel \(\d+\)$/ }).count()).resolves.toBe(1);
    await context.close();
  });
});
