/** Handelingsplan: goals per domain with the family, helpers from the netwerkkaart and Wegwijzer, ticked when reached. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addGoal, addHelper, emptyActionPlan, updateGoal, type ActionPlanData } from '../../src/lib/tools/action-plan';
import { addContact, emptyNetworkMap } from '../../src/lib/tools/network-map';
import { DOMAIN_IDS } from '../../src/lib/vocabulary';
import { realCatalog } from '../support/catalog';
import { expectAccessible, goto, useBrowser, openPage } from './support/browser';
import { printedPages, recordRequests, seed, sidewaysOverflow, SMALL_PHONE, storedItems } from './support/tools';

const catalog = realCatalog();
const browser = useBrowser();

const wonen = catalog.domain('wonen')!.data.name;
const section = (page: Page, domain: string) => page.locator('.plan-domain').filter({ has: page.locator(`#plan-${domain}`) });

describe('handelingsplan', () => {
  it('sets a goal with steps, a date and helpers from the netwerkkaart and from Wegwijzer, and ticks it off', async () => {
    const { page, context, outside, errors } = await openPage(browser());
    const network = addContact({ ...emptyNetworkMap(), family: 'R.' }, 'wonen', { name: 'Buurvrouw Ria', kind: 'informal', quality: 'good' });
    await seed(page, 'netwerkkaart', network, '/handelingsplan/');
    await page.getByRole('button', { name: `Voeg een doel toe bij ${wonen}` }).click();
    const goal = section(page, 'wonen').locator('.goal');
    // The new goal's first field gets the keyboard, with the source's example as a hint.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await goal.getByLabel('Wat wil ik?').getAttribute('id'));
    await expect(goal.getByLabel('Wat wil ik?').getAttribute('placeholder')).resolves.toBe('Bv. Een huis vinden met genoeg slaapkamers');
    await goal.getByLabel('Wat wil ik?').fill('Een huis met drie slaapkamers');
    await goal.getByLabel('Hoe bereik ik dit?').fill('Inschrijven bij het sociaal verhuurkantoor');
    await goal.getByLabel('Wanneer wil ik dit bereikt hebben?').fill('Voor de zomer');

    const picker = goal.getByLabel('Kies uit je netwerkkaart of uit Wegwijzer');
    const groups = await picker.locator('optgroup').evaluateAll((els) => els.map((e) => e.getAttribute('label')));
    expect(groups).toEqual(['Uit je netwerkkaart, dit domein', 'Diensten voor dit domein op Wegwijzer']);
    await picker.selectOption({ label: 'Buurvrouw Ria' });
    await goal.getByRole('button', { name: 'Voeg gekozen toe' }).click();
    const service = catalog.serviceTypesForDomain('wonen').find((s) => s.id === 'sociaal-verhuurkantoor')!;
    await picker.selectOption({ label: service.data.name });
    await goal.getByRole('button', { name: 'Voeg gekozen toe' }).click();
    await goal.getByLabel('Of typ een naam of rol').fill('Tante Nadia');
    await goal.getByLabel('Of typ een naam of rol').press('Enter');
    await expect(goal.locator('.helpers li').allInnerTexts()).resolves.toEqual(['Buurvrouw Ria Verwijder', `${service.data.name} Verwijder`, 'Tante Nadia Verwijder']);
    await expect(goal.getByRole('link', { name: service.data.name }).getAttribute('href')).resolves.toBe(`/dienst/${service.id}/`);

    await expect(page.locator('.plan-progress').innerText()).resolves.toBe('0 van 1 doel bereikt.');
    await goal.getByLabel('Bereikt!').check();
    await expect(page.locator('.plan-progress').innerText()).resolves.toBe('1 van 1 doel bereikt.');
    await expectAccessible(page);

    await page.reload();
    await section(page, 'wonen').locator('.goal').waitFor();
    await expect(section(page, 'wonen').getByLabel('Wat wil ik?').inputValue()).resolves.toBe('Een huis met drie slaapkamers');
    await expect(section(page, 'wonen').getByLabel('Bereikt!').isChecked()).resolves.toBe(true);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the items of "Mijn lijst" as helpers', async () => {
    const { page, context } = await openPage(browser());
    const domo = catalog.organisation('domo-hasselt')!;
    await seed(page, 'mijn-lijst', { items: [{ kind: 'organisatie', id: domo.data.id, note: '' }] }, '/handelingsplan/');
    await page.getByRole('button', { name: `Voeg een doel toe bij ${catalog.domain('zwanger-en-opvoeding')!.data.name}` }).click();
    const picker = section(page, 'zwanger-en-opvoeding').getByLabel('Kies uit je netwerkkaart of uit Wegwijzer');
    await picker.locator('optgroup[label="Uit mijn lijst"] option').first().waitFor({ state: 'attached' });
    await expect(picker.locator('optgroup[label="Uit mijn lijst"] option').allInnerTexts()).resolves.toEqual([domo.data.name]);
    await context.close();
  });

  it('prints a plan of six goals as one table on one A4 page', async () => {
    const { page, context } = await openPage(browser());
    let plan: ActionPlanData = { ...emptyActionPlan(), family: 'Familie A.' };
    for (const domain of DOMAIN_IDS.slice(0, 6)) {
      const added = addGoal(plan, domain);
      plan = updateGoal(added.plan, added.id, { want: 'Een doel in gewone woorden, zoals het gezin het zegt', how: 'Eerst informatie opzoeken, dan samen bellen en een afspraak maken', when: 'Binnen drie maanden', reached: domain === 'wonen' });
      plan = addHelper(plan, added.id, { label: 'OCMW (Sociaal Huis)', source: 'wegwijzer', href: '/dienst/ocmw/' });
      plan = addHelper(plan, added.id, { label: 'Vrijwilliger Els', source: 'own' });
    }
    await seed(page, 'handelingsplan', plan, '/handelingsplan/');
    await page.locator('.goal').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const rows = page.locator('.plan-table tbody tr');
    await expect(rows.count()).resolves.toBe(6);
    await expect(rows.first().locator('th').innerText()).resolves.toBe('Geld en papieren');
    await expect(page.locator('.plan-table').innerText()).resolves.toContain('✓ ja');
    await expect(page.locator('.goal').first().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.plan-table').isVisible()).resolves.toBe(false);
    expect(await printedPages(page)).toBe(1);
    await context.close();
  });

  it('"alles wissen" leaves localStorage and sessionStorage empty, for all three tools', async () => {
    const { page, context } = await openPage(browser());
    await seed(page, 'mijn-lijst', { items: [{ kind: 'dienst', id: 'ocmw', note: 'x' }] }, '/privacy/');
    await seed(page, 'netwerkkaart', addContact(emptyNetworkMap(), 'wonen', { name: 'Ria', kind: 'informal', quality: '' }), '/handelingsplan/');
    await page.getByRole('button', { name: `Voeg een doel toe bij ${wonen}` }).click();
    await section(page, 'wonen').getByLabel('Wat wil ik?').fill('Een huis');
    await page.getByLabel(/Privé: vergeet alles/).check();
    const before = await storedItems(page);
    expect(Object.keys(before.session).sort()).toEqual(['wegwijzer:handelingsplan', 'wegwijzer:mijn-lijst', 'wegwijzer:netwerkkaart', 'wegwijzer:prive']);
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await page.getByText('Alles is gewist.').waitFor();
    expect(await storedItems(page)).toEqual({ local: {}, session: {} });
    await expect(page.locator('.goal').count()).resolves.toBe(0);
    await expect(page.locator('.plan-progress').innerText()).resolves.toBe('Nog geen doelen.');
    await goto(page, '/netwerkkaart/');
    await page.locator('.domain-list').waitFor();
    await expect(page.locator('.domain-card.gap').count()).resolves.toBe(10);
    await context.close();
  });

  it('what is typed never leaves the browser', async () => {
    const { page, context } = await openPage(browser());
    const log = recordRequests(page);
    await goto(page, '/handelingsplan/');
    await page.getByLabel('Naam van het gezin').fill('Yasmina');
    await page.getByRole('button', { name: `Voeg een doel toe bij ${wonen}` }).click();
    await section(page, 'wonen').getByLabel('Wat wil ik?').fill('Verhuizen naar Lier');
    await section(page, 'wonen').getByLabel('Of typ een naam of rol').fill('Maatschappelijk werker Koen');
    await section(page, 'wonen').getByRole('button', { name: 'Voeg naam toe' }).click();
    await section(page, 'wonen').getByText('Maatschappelijk werker Koen').waitFor();
    expect(log.foreign()).toEqual([]);
    for (const typed of ['Yasmina', 'Lier', 'Koen']) expect(log.carrying(typed)).toEqual([]);
    await context.close();
  });

  it('fits a small phone screen, with the longest helper names in the picker', async () => {
    const { page, context } = await openPage(browser(), SMALL_PHONE);
    await goto(page, '/handelingsplan/');
    for (const domain of ['school-en-opvang', 'taal-en-verblijf']) {
      await page.getByRole('button', { name: `Voeg een doel toe bij ${catalog.domain(domain)!.data.name}` }).click();
    }
    await page.locator('.goal select optgroup').first().waitFor({ state: 'attached' });
    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();
  });

  it('without JavaScript: the blank plan, one row per domain with the source\'s example', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, '/handelingsplan/');
    await expect(page.getByText('Het handelingsplan invullen werkt met JavaScript').isVisible()).resolves.toBe(true);
    const rows = page.locator('.plan-table tbody tr');
    await expect(rows.count()).resolves.toBe(10);
    await expect(page.locator('.plan-table').innerText()).resolves.toContain('Bv. Nederlands leren (niveau 1.1)');
    expect(await printedPages(page)).toBe(1);
    await context.close();
  });
});
