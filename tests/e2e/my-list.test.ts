/** "Mijn lijst": a volunteer saves places while browsing, orders them, adds notes, prints and shares. */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MyListData } from '../../src/lib/tools/my-list';
import { saveableData } from '../../src/lib/tools/saveable';
import { realCatalog } from '../support/catalog';
import { baseUrl, expectAccessible, goto, useBrowser, openPage } from './support/browser';
import { printedPages, recordRequests, seed, sidewaysOverflow, SMALL_PHONE, storedItems } from './support/tools';

const catalog = realCatalog();
const browser = useBrowser();

const domo = catalog.organisation('domo-hasselt')!;
const ocmw = catalog.serviceType('ocmw')!;
const right = catalog.rights.find((r) => r.data.documents.length > 0)!;
const listNames = async (page: Page) => {
  await page.locator('.saved-list, .empty-list').first().waitFor();
  return page.locator('.saved-list .list-item-name').allInnerTexts();
};
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

async function save(page: Page, path: string) {
  await goto(page, path);
  await page.getByRole('button', { name: 'Bewaar in mijn lijst' }).click();
  await page.getByText('✓ In mijn lijst').waitFor();
}

describe('mijn lijst', () => {
  it('keeps an organisation, a service type and a right, in order, after a reload', async () => {
    const { page, context, outside, errors } = await openPage(browser());
    await save(page, `/organisatie/${domo.id}/`);
    await save(page, `/dienst/${ocmw.id}/`);
    await save(page, `/recht/${right.id}/`);
    await expect(page.getByRole('link', { name: 'Bekijk mijn lijst (3)' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Bekijk mijn lijst (3)' }).click();
    await page.locator('.saved-list').waitFor();
    const expected = [domo.data.name, ocmw.data.name, right.data.title];
    expect(await listNames(page)).toEqual(expected);
    await page.reload();
    await page.locator('.saved-list').waitFor();
    expect(await listNames(page)).toEqual(expected);
    // What a person needs at the door, and a QR code per item, drawn in the browser.
    const first = page.locator('.list-item').first();
    await expect(first.innerText()).resolves.toContain('Oude Truierbaan 41, 3500 Hasselt');
    await expect(page.locator('.list-item').nth(2).innerText()).resolves.toContain(right.data.documents[0]!);
    await page.locator('.list-item .qr svg').nth(2).waitFor();
    await expect(page.locator('.list-item .qr svg').count()).resolves.toBe(3);
    await expectAccessible(page);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes an item out again from its own page', async () => {
    const { page, context } = await openPage(browser());
    await save(page, `/dienst/${ocmw.id}/`);
    await page.getByRole('button', { name: 'Haal uit mijn lijst' }).click();
    await page.getByRole('button', { name: 'Bewaar in mijn lijst' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'is uit je lijst gehaald' }).count()).resolves.toBe(1);
    await goto(page, '/mijn-lijst/');
    await page.getByText('Je lijst is nog leeg.').waitFor();
    await context.close();
  });

  it('reorders with the keyboard and keeps a private note per item', async () => {
    const { page, context } = await openPage(browser());
    const list: MyListData = { items: [{ kind: 'organisatie', id: domo.data.id, note: '' }, { kind: 'dienst', id: 'ocmw', note: '' }, { kind: 'recht', id: right.id, note: '' }] };
    await seed(page, 'mijn-lijst', list, '/mijn-lijst/');
    await page.getByRole('button', { name: `Naar boven: ${right.data.title}` }).focus();
    await page.keyboard.press('Enter');
    await expect(focusedLabel(page)).resolves.toBe(`Naar boven: ${right.data.title}`);
    await page.keyboard.press('Enter');
    expect(await listNames(page)).toEqual([right.data.title, domo.data.name, ocmw.data.name]);
    // At the top, "naar boven" is off: the keyboard lands on "naar beneden" instead of nowhere.
    await expect(focusedLabel(page)).resolves.toBe(`Naar beneden: ${right.data.title}`);
    await page.getByLabel(`Mijn notitie bij ${domo.data.name}`).fill('Vraag naar Els, dinsdag');
    await page.reload();
    await page.locator('.saved-list').waitFor();
    expect(await listNames(page)).toEqual([right.data.title, domo.data.name, ocmw.data.name]);
    await expect(page.getByLabel(`Mijn notitie bij ${domo.data.name}`).inputValue()).resolves.toBe('Vraag naar Els, dinsdag');
    await context.close();
  });

  it('prints a typical list on one A4 page, with QR codes and, if asked, the notes', async () => {
    const { page, context } = await openPage(browser());
    // A typical referral sheet: three places, a kind of service and a right, each among those
    // with the most to print of its kind, so a real list of five is never longer than this.
    const items = saveableData(catalog, '').items;
    const heaviest = (kind: string, n: number) => items.filter((i) => i.kind === kind).sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length).slice(0, n);
    const typical = [...heaviest('organisatie', 3), ...heaviest('dienst', 1), ...heaviest('recht', 1)];
    await seed(page, 'mijn-lijst', { items: typical.map((i) => ({ kind: i.kind, id: i.id, note: 'Ga samen de eerste keer.' })) }, '/mijn-lijst/');
    await page.locator('.list-item .qr svg').nth(4).waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.list-actions').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.list-note-print').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.list-item .qr svg').first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await printedPages(page)).toBe(1);
    await page.getByLabel('Druk mijn notities mee af').check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.list-note-print').first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await printedPages(page)).toBe(1);
    await context.close();
  });

  it('shares a link with only the ids: someone else can add the items, never the notes', async () => {
    const { page, context } = await openPage(browser());
    const list: MyListData = { items: [{ kind: 'dienst', id: 'ocmw', note: 'Geheime notitie' }, { kind: 'organisatie', id: domo.data.id, note: '' }] };
    await seed(page, 'mijn-lijst', list, '/mijn-lijst/');
    await page.getByRole('button', { name: 'Deel als link' }).click();
    const link = await page.getByLabel(/Link naar je lijst/).inputValue();
    const url = new URL(link);
    expect(url.pathname + url.search).toBe('/mijn-lijst/');
    expect(url.hash).toBe(`#delen=d:ocmw,o:${domo.data.id}`);
    await context.close();

    const other = await openPage(browser());
    await other.page.goto(new URL(url.pathname + url.hash, baseUrl()).href);
    await other.page.getByRole('heading', { name: 'Iemand deelde een lijst met je' }).waitFor();
    await expect(other.page.locator('.shared-list').innerText()).resolves.toContain(domo.data.name);
    await expectAccessible(other.page);
    await other.page.getByRole('button', { name: 'Zet ze in mijn lijst' }).click();
    await other.page.locator('.saved-list').waitFor();
    expect(await listNames(other.page)).toEqual([ocmw.data.name, domo.data.name]);
    expect(new URL(other.page.url()).hash).toBe('');
    await expect(other.page.getByLabel(`Mijn notitie bij ${ocmw.data.name}`).inputValue()).resolves.toBe('');
    await other.context.close();
  });

  it('private mode keeps the list out of localStorage; "wis mijn lijst" and "alles wissen" leave nothing', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/mijn-lijst/');
    await page.getByLabel(/Privé: vergeet alles/).check();
    await save(page, `/dienst/${ocmw.id}/`);
    let stored = await storedItems(page);
    expect(Object.keys(stored.local)).toEqual([]);
    expect(Object.keys(stored.session).sort()).toEqual(['wegwijzer:mijn-lijst', 'wegwijzer:prive']);
    await goto(page, '/mijn-lijst/');
    expect(await listNames(page)).toEqual([ocmw.data.name]);
    await expect(page.getByText(/Privé: wat je hier invult, blijft alleen in dit venster/).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Wis mijn lijst' }).click();
    await expect(focusedLabel(page)).resolves.toBe('Nee, toch niet');
    await page.getByRole('button', { name: 'Ja, wis mijn lijst' }).click();
    await page.getByText('Je lijst is nog leeg.').waitFor();
    stored = await storedItems(page);
    expect(stored.session).toEqual({ 'wegwijzer:prive': '1' });

    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await page.getByText('Alles is gewist.').waitFor();
    expect(await storedItems(page)).toEqual({ local: {}, session: {} });
    await expect(page.getByLabel(/Privé: vergeet alles/).isChecked()).resolves.toBe(false);
    await context.close();
  });

  it('saves to a file and opens it again; a bad file says why and changes nothing', async () => {
    const { page, context } = await openPage(browser());
    const list: MyListData = { items: [{ kind: 'dienst', id: 'ocmw', note: 'Notitie A' }, { kind: 'recht', id: right.id, note: '' }] };
    await seed(page, 'mijn-lijst', list, '/mijn-lijst/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaar als bestand' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^wegwijzer-mijn-lijst-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(tmpdir(), `lijst-${Date.now()}.json`);
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ app: 'wegwijzer', kind: 'mijn-lijst', version: 1, data: list });

    const bad = join(tmpdir(), `kapot-${Date.now()}.json`);
    await writeFile(bad, '{"app":"wegwijzer","kind":"mijn-lijst","version":1,"data":{"items":[{"kind":"dienst","id":"OCMW!"}]}}');
    const input = page.getByLabel(/Open een bewaard bestand/);
    await input.setInputFiles(bad);
    const alert = page.locator('.tool-error[role="alert"]');
    await alert.getByText('Dit bestand is beschadigd.').waitFor();
    await expect(alert.innerText()).resolves.toContain('lijst › 1 › id');
    await input.setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) });
    await alert.getByText('Dit is geen bestand van Wegwijzer').waitFor();
    expect(await listNames(page)).toEqual([ocmw.data.name, right.data.title]);

    await page.getByRole('button', { name: 'Wis mijn lijst' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn lijst' }).click();
    await page.getByText('Je lijst is nog leeg.').waitFor();
    await input.setInputFiles(file);
    await page.getByText(/is geopend/).waitFor();
    expect(await listNames(page)).toEqual([ocmw.data.name, right.data.title]);
    await expect(page.getByLabel(`Mijn notitie bij ${ocmw.data.name}`).inputValue()).resolves.toBe('Notitie A');
    await context.close();
  });

  it('asks nothing that reveals the list or the notes', async () => {
    const { page, context } = await openPage(browser());
    await seed(page, 'mijn-lijst', { items: [{ kind: 'organisatie', id: domo.data.id, note: '' }] }, '/privacy/');
    const log = recordRequests(page);
    await goto(page, '/mijn-lijst/');
    await page.locator('.list-item .qr svg').waitFor();
    await page.getByLabel(`Mijn notitie bij ${domo.data.name}`).fill('Zorgen over de huur');
    await page.getByRole('button', { name: 'Deel als link' }).click();
    await expect(page.getByRole('button', { name: `Naar beneden: ${domo.data.name}` }).isDisabled()).resolves.toBe(true);
    expect(log.foreign()).toEqual([]);
    expect(log.carrying('huur')).toEqual([]);
    expect(log.carrying(domo.data.id)).toEqual([]);
    expect(log.carrying('domo')).toEqual([]);
    expect(log.requests.some((r) => r.includes('/data/saveable.json'))).toBe(true);
    await context.close();
  });

  it('fits a small phone screen', async () => {
    const { page, context } = await openPage(browser(), SMALL_PHONE);
    await seed(page, 'mijn-lijst', { items: [{ kind: 'organisatie', id: domo.data.id, note: 'Vraag naar Els' }, { kind: 'dienst', id: 'ocmw', note: '' }, { kind: 'recht', id: right.id, note: '' }] }, '/mijn-lijst/');
    await page.locator('.list-item .qr svg').nth(2).waitFor();
    await page.getByRole('button', { name: 'Deel als link' }).click();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('without JavaScript: no save button, and the list page explains the way without it', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, `/organisatie/${domo.id}/`);
    await expect(page.getByRole('button', { name: 'Bewaar in mijn lijst' }).count()).resolves.toBe(0);
    await goto(page, '/mijn-lijst/');
    await expect(page.getByText('Mijn lijst werkt met JavaScript').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
