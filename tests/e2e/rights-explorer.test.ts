/** Rechtenverkenner: a household answers a few questions and sees which rights it may have, why, and where to go. */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, goto, useBrowser, openPage } from './support/browser';

const browser = useBrowser();

const question = (page: Page, text: string) => page.getByRole('group', { name: text, exact: true });
const pick = (page: Page, q: string, label: string) => question(page, q).getByLabel(label, { exact: true }).check();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
const next = (page: Page) => page.getByRole('button', { name: /^(Volgende|Bekijk je antwoorden|Klaar)$/ }).click();
const card = (page: Page, title: string) => page.locator('.right-result', { has: page.getByRole('link', { name: title, exact: true }) });
const visibleGroup = (page: Page, group: 'automatic' | 'apply' | 'maybe') => page.locator(`.result-group.${group}`);

interface Household {
  place: string;
  children: { age: number; school: string }[];
  income: string[];
  housing?: string;
  heating?: string;
  money?: string[];
  /** Check accessibility on every step (slower). */
  axe?: boolean;
}

/** Answers every screen the way a person would, skipping what the household does not say. */
async function answer(page: Page, h: Household) {
  await goto(page, '/rechtenverkenner/');
  if (h.axe) await expectAccessible(page);
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await heading(page, 'Waar woon je?');
  await page.getByLabel('Gemeente of postcode').fill(h.place);
  await page.getByText(`Gekozen: ${h.place}`).waitFor();
  await expect(page.getByText('Stap 1 van').innerText()).resolves.toMatch(/^Stap 1 van [5-8]$/);
  if (h.axe) await expectAccessible(page);
  await next(page);

  await heading(page, 'Je gezin');
  await pick(page, 'Studeer jij of je partner aan een hogeschool of universiteit?', 'Nee');
  const kids = question(page, 'Wonen er kinderen bij je?');
  await kids.getByLabel(h.children.length ? 'Ja' : 'Nee', { exact: true }).check();
  for (const [i, child] of h.children.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Voeg een kind toe' }).click();
    await page.getByRole('group', { name: `Kind ${i + 1}` }).getByLabel('Leeftijd (jaar)').fill(String(child.age));
    await page.getByRole('group', { name: `Kind ${i + 1}` }).getByLabel('School of opvang').selectOption({ label: child.school });
  }
  await pick(page, 'Verwacht jij of je partner een baby, of adopteer je een kind?', 'Nee');
  if (h.axe) await expectAccessible(page);
  await next(page);

  await heading(page, 'Inkomen');
  for (const source of h.income) await question(page, 'Waar komt het inkomen van je gezin vandaan?').getByLabel(source).check();
  await next(page);

  await heading(page, 'Wat krijg je al?');
  await pick(page, 'Heb je de verhoogde tegemoetkoming van het ziekenfonds?', 'Weet ik niet');
  if (h.children.length) await pick(page, 'Krijg je kinderbijslag voor je kinderen?', 'Ja');
  if (h.axe) await expectAccessible(page);
  await next(page);

  if (h.children.length && h.place !== 'Anderlecht') {
    await heading(page, 'Inkomen op je aanslagbiljet');
    await question(page, 'Hoeveel was het belastbaar inkomen van je gezin op je laatste aanslagbiljet?').getByLabel('Weet ik niet').check();
    await next(page);
  }

  await heading(page, 'Wonen en energie');
  if (h.housing) await pick(page, 'Hoe woon je nu?', h.housing);
  if (h.housing === 'Ik huur bij een private verhuurder') await pick(page, 'Sta je op de wachtlijst voor een sociale woning?', 'Nee');
  if (h.heating) await pick(page, 'Hoe verwarm je je woning?', h.heating);
  if (h.axe) await expectAccessible(page);
  await next(page);

  await heading(page, 'Geld en schulden');
  for (const m of h.money ?? []) await question(page, 'Heb je schulden, of krijg je hulp bij je geld?').getByLabel(m).check();
  await next(page);

  await heading(page, 'Verblijf in België');
  await pick(page, 'Wat is je verblijfssituatie in België?', 'Ik ben Belg');
  await pick(page, 'Kwam je in de laatste 3 jaar in België wonen?', 'Nee');
  if (h.axe) await expectAccessible(page);
  await next(page);

  await heading(page, 'Je antwoorden');
  if (h.axe) await expectAccessible(page);
  await page.getByRole('button', { name: 'Toon mijn resultaten' }).click();
  await heading(page, 'Rechten die je misschien hebt');
}

const singleParentGent: Household = {
  place: 'Gent',
  children: [
    { age: 7, school: 'Lagere school' },
    { age: 10, school: 'Lagere school' },
  ],
  income: ['Leefloon van het OCMW'],
  housing: 'Ik huur bij een private verhuurder',
  heating: 'Met aardgas (eigen verwarming)',
  money: ['Ik kom moeilijk rond'],
};

const childRights = ['Groeipakket: schooltoeslag', 'Groeipakket: basisbedrag', 'Groeipakket: sociale toeslag', 'Groeipakket: startbedrag', 'Kinderopvang met inkomenstarief', 'Brusselse gezinsbijslag (kinderbijslag in Brussel)'];

describe('rechtenverkenner', () => {
  // Walks every step with axe on each: slow on a busy machine, hence the longer limit.
  it('a single parent in Gent with two children in primary school and a leefloon sees the rights she likely has, why, and where to go', { timeout: 180_000 }, async () => {
    const { page, context, outside, errors } = await openPage(browser());
    await answer(page, { ...singleParentGent, axe: true });
    await expectAccessible(page);

    for (const title of ['Verhoogde tegemoetkoming', 'Groeipakket: schooltoeslag', 'Sociaal tarief voor elektriciteit en aardgas']) {
      await expect(visibleGroup(page, 'automatic').locator('.right-result').filter({ hasText: title }).first().locator('.badge.status').innerText()).resolves.toBe('Waarschijnlijk wel');
    }
    for (const title of ['UiTPAS met kansentarief', 'OCMW-tussenkomst voor sport, cultuur en school']) {
      await expect(visibleGroup(page, 'apply').locator('.right-result').filter({ hasText: title }).first().locator('.badge.status').innerText()).resolves.toBe('Waarschijnlijk wel');
    }
    // Why: the leefloon is the reason, said in plain words.
    await expect(card(page, 'Groeipakket: schooltoeslag').innerText()).resolves.toContain('Je krijgt een leefloon en je kind gaat naar school.');
    // Where: the OCMW of Gent, from the data in the page.
    await expect(card(page, 'OCMW-tussenkomst voor sport, cultuur en school').getByRole('link', { name: 'OCMW Gent' }).count()).resolves.toBeGreaterThan(0);
    // What to bring: one list, once per document.
    const checklist = page.locator('.checklist');
    await expect(checklist.getByText('Je identiteitskaart of verblijfskaart').count()).resolves.toBe(1);
    // Automatic rights say what to do when nothing came.
    await expect(card(page, 'Verhoogde tegemoetkoming').innerText()).resolves.toContain('Kreeg je het niet?');
    // Never presented as a decision.
    await expect(page.getByText('Dit is een inschatting, geen beslissing.').first().isVisible()).resolves.toBe(true);
    // Child rights that do not apply are folded away, with the reason.
    await page.getByText(/^Waarschijnlijk niet voor jou \(nu\)/).click();
    await expect(card(page, 'Brusselse gezinsbijslag (kinderbijslag in Brussel)').innerText()).resolves.toContain('Dit recht bestaat alleen in Brussel.');
    await expectAccessible(page);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a household without children gets no questions about them and sees no child rights', async () => {
    const { page, context } = await openPage(browser());
    await answer(page, { place: 'Leuven', children: [], income: ['Loon van werk'], housing: 'Ik huur bij een private verhuurder', heating: 'Met aardgas (eigen verwarming)', money: ['Geen van deze'] });
    const shown = await page.locator('.result-group.automatic, .result-group.apply, .result-group.maybe').allInnerTexts();
    for (const title of childRights) expect(shown.join('\n')).not.toContain(title);
    await page.getByRole('button', { name: 'Wijzig je antwoorden' }).click();
    await heading(page, 'Je antwoorden');
    const review = await page.locator('.verkenner-review').innerText();
    expect(review).toContain('Geen kinderen');
    expect(review).not.toContain('Krijg je kinderbijslag');
    expect(review).not.toContain('aanslagbiljet');
    await context.close();
  });

  it('"weet ik niet" gives "misschien" with the question that settles it; answering it settles it', async () => {
    const { page, context } = await openPage(browser());
    await answer(page, { place: 'Gent', children: [{ age: 4, school: 'Kleuterschool' }], income: ['Loon van werk'], housing: 'Ik ben eigenaar van mijn woning', heating: 'Met aardgas (eigen verwarming)', money: ['Geen van deze'] });
    const toeslag = card(page, 'Groeipakket: sociale toeslag');
    await expect(toeslag.locator('.badge.status').innerText()).resolves.toBe('Misschien');
    await expect(toeslag.innerText()).resolves.toContain('Hoeveel was het belastbaar inkomen van je gezin op je laatste aanslagbiljet?');
    await toeslag.getByRole('button', { name: /Beantwoord deze vraag/ }).click();
    await heading(page, 'Inkomen op je aanslagbiljet');
    const income = question(page, 'Hoeveel was het belastbaar inkomen van je gezin op je laatste aanslagbiljet?');
    await income.getByLabel('Weet ik niet').uncheck();
    await income.getByRole('textbox').fill('21000');
    await page.getByRole('button', { name: 'Klaar' }).click();
    await heading(page, 'Rechten die je misschien hebt');
    await expect(card(page, 'Groeipakket: sociale toeslag').locator('.badge.status').innerText()).resolves.toBe('Waarschijnlijk wel');
    await expect(card(page, 'Groeipakket: sociale toeslag').innerText()).resolves.toMatch(/onder de laagste inkomensgrens \(€\s34\.526,91 per jaar, geldig vanaf 1 januari 2023\)/);
    await context.close();
  });

  it('what a person answers never leaves the browser: no request carries it, and no request goes elsewhere', { timeout: 120_000 }, async () => {
    const requestsFor = async (h: Household) => {
      // The offline service worker fetches a fixed list of files in the background, at its own
      // pace; blocked here so that two runs can be compared file by file.
      const { page, context, outside } = await openPage(browser(), { serviceWorkers: 'block' });
      const seen: Request[] = [];
      context.on('request', (r) => seen.push(r));
      await answer(page, h);
      await page.getByRole('button', { name: 'Maak een link om te delen' }).click();
      await page.getByLabel('Link met je antwoorden').waitFor();
      await page.waitForLoadState('networkidle');
      expect(outside).toEqual([]);
      await context.close();
      return seen;
    };
    const gent = await requestsFor(singleParentGent);
    const other = await requestsFor({ place: 'Oostende', children: [], income: ['Pensioen', 'Inkomensgarantie voor ouderen (IGO)'], housing: 'Ik ben eigenaar van mijn woning', heating: 'Met stookolie (mazout), verwarmingspetroleum of propaangas uit een tank', money: ['Ik heb schulden of rekeningen die ik niet op tijd kan betalen'] });
    const origin = new URL(baseUrl()).origin;
    for (const r of [...gent, ...other]) {
      expect(r.url().startsWith(`${origin}/`), r.url()).toBe(true);
      expect(r.method()).toBe('GET');
      expect(r.postData()).toBeNull();
      for (const secret of ['44021', 'gent', 'oostende', 'leefloon', 'inkomen', 'kinderen', 'v=1', 'stookolie']) expect(r.url().toLowerCase()).not.toContain(secret);
    }
    // The same files for two very different households: nothing depends on the answers.
    const files = (list: Request[]) => [...new Set(list.map((r) => r.url()))].sort();
    expect(files(other)).toEqual(files(gent));
  });

  it('a share link keeps the answers in the fragment only, without the residence status, and opens the same results', async () => {
    const { page, context } = await openPage(browser());
    await answer(page, singleParentGent);
    await page.getByRole('button', { name: 'Maak een link om te delen' }).click();
    const link = await page.getByLabel('Link met je antwoorden').inputValue();
    const url = new URL(link);
    expect(url.pathname).toBe('/rechtenverkenner/');
    expect(url.search).toBe('');
    expect(url.hash).toContain('gemeente=44021');
    expect(url.hash).toContain('inkomen=leefloon');
    expect(url.hash).not.toContain('verblijf');
    const before = await page.locator('.result-group.apply .right-title').allInnerTexts();
    await context.close();

    const second = await openPage(browser());
    const requested: string[] = [];
    second.page.on('request', (r) => requested.push(r.url()));
    await second.page.goto(new URL(`/rechtenverkenner/${url.hash}`, baseUrl()).href);
    await heading(second.page, 'Rechten die je misschien hebt');
    await expect(second.page.getByText('Deze resultaten komen uit een gedeelde link.').isVisible()).resolves.toBe(true);
    await expect(second.page.locator('.result-group.apply .right-title').allInnerTexts()).resolves.toEqual(before);
    expect(requested.filter((r) => r.includes('#') || r.includes('gemeente'))).toEqual([]);
    await second.page.getByRole('button', { name: 'Wijzig je antwoorden' }).click();
    await expect(second.page.locator('.verkenner-review').innerText()).resolves.toContain('2 kinderen: 7 jaar (lagere school), 10 jaar (lagere school)');
    await second.context.close();
  });

  it('prints the results without buttons, with every explanation and the note that it is an indication', async () => {
    const { page, context } = await openPage(browser());
    await answer(page, singleParentGent);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Druk af' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(card(page, 'UiTPAS met kansentarief').isVisible()).resolves.toBe(true);
    await expect(page.locator('.checklist').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Gemaakt met de rechtenverkenner van Wegwijzer.').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps nothing unless asked, and "wis alles" clears the answers, the link and the device', async () => {
    const { page, context } = await openPage(browser());
    await answer(page, singleParentGent);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: 'Bewaar op dit toestel' }).click();
    await page.getByRole('button', { name: 'Maak een link om te delen' }).click();
    expect(new URL(page.url()).hash).toContain('gemeente=44021');
    expect(await page.evaluate(() => window.localStorage.getItem('wegwijzer:rechtenverkenner'))).toContain('gemeente=44021');

    await page.goto(new URL('/rechtenverkenner/', baseUrl()).href);
    await heading(page, 'Rechten die je misschien hebt');
    await expect(page.getByText('We gebruiken de antwoorden die je op dit toestel bewaarde.').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Wis alles' }).click();
    await heading(page, 'Zo werkt het');
    await expect(page.getByText('Alles is gewist.').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Begin met de vragen' }).waitFor();
    await context.close();
  });

  it('without JavaScript, the page leads to all rights and their conditions', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, '/rechtenverkenner/');
    await page.getByRole('link', { name: 'alle rechten met hun voorwaarden' }).click();
    await page.waitForURL(/\/rechten\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Rechten die je misschien hebt');
    await expect(page.getByRole('link', { name: 'Verhoogde tegemoetkoming', exact: true }).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('the rights list and every right page lead to the explorer', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, '/rechten/');
    await expect(page.getByRole('link', { name: 'Kijk welke rechten je misschien hebt' }).getAttribute('href')).resolves.toBe('/rechtenverkenner/');
    await goto(page, '/recht/uitpas-kansentarief/');
    await page.getByRole('link', { name: 'Kijk of je dit recht misschien hebt' }).click();
    await page.getByRole('button', { name: 'Begin met de vragen' }).waitFor();
    await context.close();
  });
});
