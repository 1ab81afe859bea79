/** "Wie doet wat?": a family or volunteer walks from a domain to the right doors nearby. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../support/catalog';
import { baseUrl, expectAccessible, goto, useBrowser, openPage } from './support/browser';

const catalog = realCatalog();
const browser = useBrowser();

const nearbyNames = (page: Page) => page.locator('#in-de-buurt .result-org h4').allInnerTexts();

/** Home → domain tile → need → municipality, as a person clicks and types. */
async function walk(page: Page, domainName: string, question: string, place: string) {
  await goto(page, '/wie-doet-wat/');
  await expectAccessible(page);
  await page.locator('main .tiles').getByRole('link', { name: domainName }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: question }).click();
  await page.getByRole('heading', { level: 1, name: question }).waitFor();
  await page.getByLabel('Gemeente of postcode').fill(place);
  await page.getByRole('button', { name: 'Toon hulp in de buurt' }).click();
  await page.locator('#in-de-buurt').waitFor();
}

describe('wie doet wat', () => {
  it('a family in Brugge with no money for food sees, within three taps, where to go, what to bring and a right', async () => {
    const { page, context, outside } = await openPage(browser());
    const need = catalog.need('geen-geld-voor-eten')!;
    await walk(page, 'Eten, kleding en spullen', need.data.question, 'Brugge');
    expect(new URL(page.url()).searchParams.get('gemeente')).toBe('brugge');
    const beginHier = await page.locator('#begin-hier ~ ol > li > h3').allInnerTexts();
    expect(beginHier).toEqual(need.data.serviceTypes.map((s) => catalog.serviceType(s.type)!.data.name));
    expect(await nearbyNames(page)).toContain('OCMW Brugge');
    await expect(page.getByRole('heading', { name: 'Misschien heb je recht op' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Wat breng je mee?', { exact: false }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('situation 1: a mother in Brussels without papers, with a newborn, finds a consultatiebureau and medical help', async () => {
    const { page, context } = await openPage(browser());
    const need = catalog.need('baby-zonder-papieren')!;
    await walk(page, 'Zwanger, baby en opvoeding', need.data.question, 'Anderlecht');
    const types = await page.locator('#in-de-buurt .result-org .meta').allInnerTexts();
    expect(types.some((t) => /Consultatiebureau|ONE/i.test(t))).toBe(true);
    await expect(page.locator('[aria-labelledby="recht-op"]').innerText()).resolves.toContain(catalog.right('dringende-medische-hulp')!.data.title);
    await context.close();
  });

  it('situation 2: a volunteer in Hasselt finds Domo, which does not show up in Gent', async () => {
    const { page, context } = await openPage(browser());
    const need = catalog.need('iemand-die-ons-gezin-steunt')!;
    await walk(page, 'Mensen ontmoeten en steun', need.data.question, '3500');
    expect(await nearbyNames(page)).toContain('Domo Hasselt');
    await page.getByLabel('Gemeente of postcode').fill('Gent');
    await page.getByRole('button', { name: 'Toon hulp in de buurt' }).click();
    await page.getByRole('heading', { name: 'In de buurt van Gent' }).waitFor();
    expect(await nearbyNames(page)).not.toContain('Domo Hasselt');
    await page.goBack();
    await page.getByRole('heading', { name: 'In de buurt van Hasselt' }).waitFor();
    await context.close();
  });

  it('situation 3: a family on leefloon finds the OCMW and the rights for a sports club and a school trip', async () => {
    const { page, context } = await openPage(browser());
    for (const id of ['kind-naar-sportclub', 'kind-niet-mee-op-schoolreis']) {
      const need = catalog.need(id)!;
      await goto(page, `/wie-doet-wat/${need.data.domain}/${need.id}/?gemeente=gent`);
      await page.getByRole('heading', { name: 'In de buurt van Gent' }).waitFor();
      expect(await nearbyNames(page)).toContain('OCMW Gent');
      await expect(page.locator('[aria-labelledby="recht-op"]').innerText()).resolves.toContain(catalog.right('ocmw-participatie')!.data.title);
    }
    await context.close();
  });

  it('situation 5: a recognised refugee is sent to Dutch lessons first, then integration, then VDAB', async () => {
    const { page, context } = await openPage(browser());
    const need = catalog.need('vluchteling-eerst-nederlands-dan-werk')!;
    await walk(page, 'Werk en opleiding', need.data.question, 'Leuven');
    const steps = await page.locator('#begin-hier ~ ol > li > h3').allInnerTexts();
    expect(steps).toEqual(['huis-van-het-nederlands', 'integratie-inburgering', 'vdab'].map((t) => catalog.serviceType(t)!.data.name));
    await expect(page.locator('[aria-labelledby="recht-op"]').innerText()).resolves.toContain(catalog.right('inburgeringstraject')!.data.title);
    await context.close();
  });

  it('situation 4: a homeless family in Brussels sees the crisis numbers first, then night shelter and the CAW', async () => {
    const { page, context } = await openPage(browser());
    const need = catalog.need('vannacht-geen-slaapplaats')!;
    await walk(page, 'Wonen en energie', need.data.question, 'Sint-Jans-Molenbeek');
    await expect(page.locator('.crisis-banner a[href="tel:112"]').isVisible()).resolves.toBe(true);
    const types = (await page.locator('#in-de-buurt .result-org .meta').allInnerTexts()).join(' ');
    expect(types).toMatch(/opvang/i);
    expect(types).toMatch(/CAW/);
    await context.close();
  });

  it('skipping the municipality still gives the first steps and rights', async () => {
    const { page, context } = await openPage(browser());
    const need = catalog.need('huur-niet-betalen')!;
    await goto(page, `/wie-doet-wat/${need.data.domain}/${need.id}/`);
    await expect(page.locator('#begin-hier ~ ol > li > h3').count()).resolves.toBe(need.data.serviceTypes.length);
    await expect(page.locator('#in-de-buurt').count()).resolves.toBe(0);
    await context.close();
  });

  it('a village without its own entries still gets a way on: nearest places and every municipality\'s OCMW', async () => {
    const { page, context } = await openPage(browser());
    const need = catalog.need('geen-geld-voor-eten')!;
    await goto(page, `/wie-doet-wat/${need.data.domain}/${need.id}/?gemeente=Koksijde`);
    await page.getByRole('heading', { name: 'In de buurt van Koksijde' }).waitFor();
    await expect(page.getByText('We kennen in Koksijde nog geen plaats van deze soort').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Elke gemeente heeft een OCMW').isVisible()).resolves.toBe(true);
    expect((await nearbyNames(page)).length).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it('the NIS code form of the address (?gemeente=44021) works too', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/wie-doet-wat/wonen/huur-niet-betalen/?gemeente=44021');
    await page.getByRole('heading', { name: 'In de buurt van Gent' }).waitFor();
    await context.close();
  });

  it('without JavaScript, the list of municipalities leads to the same organisations', async () => {
    const need = catalog.need('geen-geld-voor-eten')!;
    const withJs = await openPage(browser());
    await goto(withJs.page, `/wie-doet-wat/${need.data.domain}/${need.id}/?gemeente=brugge`);
    await withJs.page.locator('#in-de-buurt').waitFor();
    const expected = await withJs.page.locator('#in-de-buurt ul.nearby h4').allInnerTexts();
    expect(expected.length).toBeGreaterThan(0);
    await withJs.context.close();

    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, `/wie-doet-wat/${need.data.domain}/${need.id}/`);
    await expect(page.locator('#begin-hier').isVisible()).resolves.toBe(true);
    await page.getByText('Kies je gemeente uit de lijst').click();
    await page.locator('.place-list').getByRole('link', { name: 'Brugge', exact: true }).click();
    await page.waitForURL(/\/gemeente\/brugge\/#dienst-ocmw$/);
    const names = await page.locator('main .card h4').allInnerTexts();
    for (const name of expected) expect(names).toContain(name);
    await context.close();
  });

  it('what a person types goes nowhere but this site, and only as the chosen municipality', async () => {
    const { page, context } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await goto(page, '/wie-doet-wat/eten-en-spullen/geen-geld-voor-eten/');
    await page.getByLabel('Gemeente of postcode').fill('Zwevegem');
    await page.getByRole('button', { name: 'Toon hulp in de buurt' }).click();
    await page.getByRole('heading', { name: 'In de buurt van Zwevegem' }).waitFor();
    const origin = new URL(baseUrl()).origin;
    // Only the site itself is asked, only with GET, and the typed text itself is never sent:
    // the chosen municipality is in the address (to share it) and in one data file name.
    expect(requests.filter((r) => !r.startsWith(`GET ${origin}/`))).toEqual([]);
    expect(requests.filter((r) => r.includes('Zwevegem'))).toEqual([]);
    expect(requests.filter((r) => r.includes('/data/in-de-buurt/'))).toEqual([`GET ${origin}/data/in-de-buurt/zwevegem.json `]);
    await context.close();
  });

  it('an unknown municipality in the address gets a clear message and the first steps stay', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/wie-doet-wat/wonen/huur-niet-betalen/?gemeente=Atlantis');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('We kennen geen gemeente of postcode "Atlantis"');
    await expect(page.locator('#begin-hier').isVisible()).resolves.toBe(true);
    await expect(page.locator('#in-de-buurt').count()).resolves.toBe(0);
    await context.close();
  });

  it('a municipality typed before the list of municipalities arrived still works (slow connection)', async () => {
    const { page, context } = await openPage(browser());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/data/places.json', async (route) => {
      await held;
      await route.continue();
    });
    await goto(page, '/wie-doet-wat/eten-en-spullen/geen-geld-voor-eten/');
    await page.getByLabel('Gemeente of postcode').fill('Brugge');
    await page.getByRole('button', { name: 'Toon hulp in de buurt' }).click();
    release();
    await page.getByRole('heading', { name: 'In de buurt van Brugge' }).waitFor();
    await context.close();
  });

  it('compares confusable services side by side', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/vergelijk/ocmw-caw-huis-van-het-kind-mutualiteit/');
    await expect(page.locator('.compare > section').count()).resolves.toBe(4);
    await expect(page.locator('.compare').innerText()).resolves.toContain('Doet niet');
    await expectAccessible(page);
    await context.close();
  });
});

describe('referral card', () => {
  const organisation = catalog.organisations.find((o) => o.id === 'domo-hasselt')!;

  it('names the reason, has a local QR code and prints on one A4 page', async () => {
    const { page, context, outside } = await openPage(browser());
    await goto(page, `/verwijskaart/${organisation.id}/?vraag=iemand-die-ons-gezin-steunt`);
    await expect(page.locator('.referral-reason').innerText()).resolves.toContain(catalog.need('iemand-die-ons-gezin-steunt')!.data.question);
    await expect(page.locator('.qr svg').count()).resolves.toBe(1);
    await expect(page.locator('.referral-card').innerText()).resolves.toContain('Oude Truierbaan 41');
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    const a5 = await page.pdf({ format: 'A5' });
    expect((a5.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
    expect(outside).toEqual([]);
    await context.close();
  });
});
