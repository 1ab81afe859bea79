/** Netwerkkaart: a volunteer maps with a family who helps, and follows the gaps to help nearby. */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addContact, emptyNetworkMap, updateDomain, type NetworkMapData } from '../../src/lib/tools/network-map';
import { DOMAIN_IDS } from '../../src/lib/vocabulary';
import { realCatalog } from '../support/catalog';
import { expectAccessible, goto, useBrowser, openPage } from './support/browser';
import { printedPages, recordRequests, seed, sidewaysOverflow, SMALL_PHONE, storedItems } from './support/tools';

const catalog = realCatalog();
const browser = useBrowser();

const card = (page: Page, domain: string) => page.locator(`.domain-card[data-domain="${domain}"]`);
const segmentState = (page: Page, domain: string) => page.locator(`.network-drawing .segment[data-domain="${domain}"]`).getAttribute('class');

async function addHelper(page: Page, domain: string, name: string, kind: 'Formeel' | 'Informeel', quality: string) {
  const domainName = catalog.domain(domain)!.data.name;
  const box = card(page, domain);
  if (!(await box.locator('details').evaluate((d: HTMLDetailsElement) => d.open))) await box.locator('summary').click();
  await box.getByLabel('Naam of rol').fill(name);
  await box.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  await box.getByRole('radio', { name: quality }).check();
  await box.getByRole('button', { name: 'Voeg toe' }).click();
  await page.getByRole('status').filter({ hasText: `${name} staat nu bij ${domainName}` }).waitFor();
}

describe('netwerkkaart', () => {
  it('shows who helps, and every gap leads to help for that domain in the family\'s municipality', async () => {
    const { page, context, outside, errors } = await openPage(browser());
    await goto(page, '/netwerkkaart/');
    await page.getByLabel('Naam van het gezin').fill('R.');
    await page.getByLabel('Gemeente of postcode van het gezin').fill('9000');
    await page.getByRole('button', { name: 'Kies gemeente' }).click();
    await page.getByText('Gekozen: Gent.').waitFor();
    await addHelper(page, 'wonen', 'Huurdersbond', 'Formeel', 'Kan beter');
    await addHelper(page, 'mensen-en-steun', 'Buurvrouw Ria', 'Informeel', 'Loopt goed');
    await card(page, 'vrije-tijd').locator('summary').click();
    await card(page, 'vrije-tijd').getByLabel('Geen vraag in dit domein (sla over)').check();

    // The drawing: helped, gap (dashed, "nog niemand") or skipped, never by colour alone.
    expect(await segmentState(page, 'wonen')).toContain('helped');
    expect(await segmentState(page, 'vrije-tijd')).toContain('no-need');
    expect(await segmentState(page, 'gezondheid')).toContain('gap');
    await expect(page.locator('.network-drawing .segment[data-domain="gezondheid"]').textContent()).resolves.toContain('nog niemand');
    await expect(page.locator('.network-drawing title').textContent()).resolves.toBe('Netwerkkaart van R.');
    const desc = await page.locator('.network-drawing desc').textContent();
    expect(desc).toContain('2 van de 10 domeinen hebben iemand die helpt');
    expect(desc).toContain(catalog.domain('gezondheid')!.data.name);
    expect(desc).not.toContain(catalog.domain('vrije-tijd')!.data.name);

    // The list: the same map, with a "wie kan hier helpen?" link on each gap only.
    await expect(card(page, 'wonen').innerText()).resolves.toMatch(/Huurdersbond \(formeel, kan beter\)/);
    const gaps = DOMAIN_IDS.filter((d) => !['wonen', 'mensen-en-steun', 'vrije-tijd'].includes(d));
    for (const d of gaps) {
      await expect(card(page, d).getByRole('link', { name: 'Hulp in Gent' }).getAttribute('href')).resolves.toBe(`/gemeente/gent/${d}/`);
      await expect(card(page, d).getByRole('link', { name: 'Zoek stap voor stap' }).getAttribute('href')).resolves.toBe(`/wie-doet-wat/${d}/`);
    }
    for (const d of ['wonen', 'mensen-en-steun', 'vrije-tijd']) await expect(card(page, d).locator('.help-links').count()).resolves.toBe(0);
    await expectAccessible(page);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);

    // Following a gap lands on the organisations for that domain in Gent.
    await card(page, 'gezondheid').getByRole('link', { name: 'Hulp in Gent' }).click();
    await page.getByRole('heading', { level: 1, name: `${catalog.domain('gezondheid')!.data.name} in Gent` }).waitFor();
    expect(await page.locator('main .card h4').count()).toBeGreaterThan(0);
    await page.goBack();
    await card(page, 'gezondheid').getByRole('link', { name: 'Zoek stap voor stap' }).click();
    await page.getByRole('heading', { level: 1, name: `${catalog.domain('gezondheid')!.data.name}: wat is je vraag?` }).waitFor();
    await page.goBack();

    // Still there after a reload.
    await page.locator('.domain-list').waitFor();
    await expect(card(page, 'mensen-en-steun').innerText()).resolves.toContain('Buurvrouw Ria');
    await expect(page.getByLabel('Naam van het gezin').inputValue()).resolves.toBe('R.');
    await context.close();
  });

  it('is reachable from the home page section for volunteers and from the footer', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/');
    const section = page.getByRole('region', { name: 'Voor vrijwilligers en hulpverleners' });
    await expect(section.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['/mijn-lijst/', '/netwerkkaart/', '/handelingsplan/']);
    const footer = page.getByRole('navigation', { name: 'Meer over Wegwijzer' });
    for (const name of ['Mijn lijst', 'Netwerkkaart', 'Handelingsplan']) await expect(footer.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    await section.getByRole('link', { name: 'Netwerkkaart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netwerkkaart' }).waitFor();
    await context.close();
  });

  it('without a municipality, a gap still leads to the explorer for its domain', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/netwerkkaart/');
    await card(page, 'wonen').waitFor();
    await expect(card(page, 'wonen').getByRole('link').getAttribute('href')).resolves.toBe('/wie-doet-wat/wonen/');
    await expect(card(page, 'wonen').getByRole('link').count()).resolves.toBe(1);
    await context.close();
  });

  it('"extra hulp nodig" keeps the help link even where someone helps', async () => {
    const { page, context } = await openPage(browser());
    const map = updateDomain(addContact(emptyNetworkMap(), 'gezondheid', { name: 'Huisdokter', kind: 'formal', quality: 'good' }), 'gezondheid', (d) => ({ ...d, extraHelp: true }));
    await seed(page, 'netwerkkaart', { ...map, municipality: { slug: 'brugge', name: 'Brugge' } }, '/netwerkkaart/');
    await card(page, 'gezondheid').getByText('Hier is extra hulp nodig.').waitFor();
    await expect(card(page, 'gezondheid').getByRole('link', { name: 'Hulp in Brugge' }).getAttribute('href')).resolves.toBe('/gemeente/brugge/gezondheid/');
    await context.close();
  });

  it('prints drawing and list on one A4 page', async () => {
    const { page, context } = await openPage(browser());
    let map: NetworkMapData = { ...emptyNetworkMap(), family: 'Familie A.', municipality: { slug: 'aalst', name: 'Aalst' } };
    const people = ['OCMW Aalst', 'Buddy Els', 'Huisdokter', 'Juf Sarah', 'VDAB', 'Tante Nadia', 'Buurman Jan'];
    DOMAIN_IDS.slice(0, 7).forEach((d, i) => {
      map = addContact(map, d, { name: people[i]!, kind: i % 2 ? 'informal' : 'formal', quality: i % 3 ? 'good' : 'could-be-better' });
      map = addContact(map, d, { name: `Iemand ${i}`, kind: 'informal', quality: '' });
      map = updateDomain(map, d, (x) => ({ ...x, note: 'Loopt goed, maar de brieven blijven moeilijk.' }));
    });
    await seed(page, 'netwerkkaart', map, '/netwerkkaart/');
    await page.locator('.network-map .network-drawing').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.network-drawing').isVisible()).resolves.toBe(true);
    await expect(page.locator('.domain-edit').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.tool-data').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await printedPages(page)).toBe(1);
    await context.close();
  });

  it('a foreign file changes nothing; names typed never leave the browser', async () => {
    const { page, context } = await openPage(browser());
    const log = recordRequests(page);
    await goto(page, '/netwerkkaart/');
    await page.getByLabel('Naam van het gezin').fill('Yasmina');
    await page.getByLabel('Gemeente of postcode van het gezin').fill('Affligem');
    await page.getByRole('button', { name: 'Kies gemeente' }).click();
    await page.getByText('Gekozen: Affligem.').waitFor();
    await addHelper(page, 'taal-en-verblijf', 'Trajectbegeleider Koen', 'Formeel', 'Loopt goed');
    const before = await storedItems(page);
    const list = join(tmpdir(), `lijst-${Date.now()}.json`);
    await writeFile(list, JSON.stringify({ app: 'wegwijzer', kind: 'mijn-lijst', version: 1, savedAt: '', data: { items: [] } }));
    await page.getByLabel(/Open een bewaard bestand/).setInputFiles(list);
    await page.getByRole('alert').filter({ hasText: 'Dit bestand is een lijst, geen netwerkkaart. Open het op de pagina Mijn lijst.' }).waitFor();
    expect(await storedItems(page)).toEqual(before);
    await expect(card(page, 'taal-en-verblijf').innerText()).resolves.toContain('Trajectbegeleider Koen');

    expect(log.foreign()).toEqual([]);
    for (const typed of ['Yasmina', 'Koen', 'Affligem', 'affligem']) expect(log.carrying(typed)).toEqual([]);
    await context.close();
  });

  it('fits a small phone screen, editors open', async () => {
    const { page, context } = await openPage(browser(), SMALL_PHONE);
    await goto(page, '/netwerkkaart/');
    await page.locator('.domain-list').waitFor();
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('without JavaScript: a blank map and the questions, to print and fill in by hand', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, '/netwerkkaart/');
    await expect(page.getByText('De netwerkkaart invullen werkt met JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('.network-drawing .segment.gap').count()).resolves.toBe(10);
    await expect(page.getByRole('heading', { name: 'Vragen die je samen kan stellen' }).isVisible()).resolves.toBe(true);
    expect(await printedPages(page)).toBe(1);
    await context.close();
  });
});
