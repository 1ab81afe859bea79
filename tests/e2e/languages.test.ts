/**
 * A French-speaking mother in Anderlecht, an Arabic-speaking newcomer in Gent and an English
 * speaker each read Wegwijzer in their language, and switch language without losing their page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../support/catalog';
import { expectAccessible, goto, hydrated, openPage, useBrowser } from './support/browser';

const catalog = realCatalog();
const browser = useBrowser();

const htmlAttributes = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const path = (page: Page) => new URL(page.url()).pathname;
const switchTo = async (page: Page, endonym: string) => {
  await page.getByRole('navigation', { name: /Taal|Langue|Language|اللغة/ }).getByRole('link', { name: endonym, exact: true }).click();
  await page.waitForLoadState('domcontentloaded');
};

const translatedNeed = catalog.needs.find((n) => n.data.translations.fr?.question && n.data.translations.en?.question && n.data.translations.ar?.question)!;
const anderlecht = catalog.organisations.find((o) => o.id === 'ocmw-anderlecht')!;
const untranslated = catalog.organisations.find((o) => !o.data.translations.fr && !o.data.translations.en)!;

describe('languages', () => {
  it('the language switch keeps you on the same page, also without JavaScript', async () => {
    const { page, context, outside } = await openPage(browser(), { javaScriptEnabled: false });
    const dutchPath = `/wie-doet-wat/${translatedNeed.data.domain}/${translatedNeed.id}/`;
    await goto(page, dutchPath);
    await switchTo(page, 'Français');
    expect(path(page)).toBe(`/fr/qui-fait-quoi/${translatedNeed.data.domain}/${translatedNeed.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(translatedNeed.data.translations.fr!.question);
    await switchTo(page, 'English');
    expect(path(page)).toBe(`/en/who-does-what/${translatedNeed.data.domain}/${translatedNeed.id}/`);
    await switchTo(page, 'العربية');
    expect(path(page)).toBe(`/ar/who-does-what/${translatedNeed.data.domain}/${translatedNeed.id}/`);
    await switchTo(page, 'Nederlands');
    expect(path(page)).toBe(dutchPath);
    await expect(page.locator('h1').innerText()).resolves.toBe(translatedNeed.data.question);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('French and English pages say their language, and links stay in it', async () => {
    const { page, context } = await openPage(browser());
    for (const [start, lang, section] of [['/fr/', 'fr-BE', '/fr/qui-fait-quoi/'], ['/en/', 'en', '/en/who-does-what/']] as const) {
      await goto(page, start);
      await expect(htmlAttributes(page)).resolves.toEqual({ lang, dir: 'ltr' });
      await expect(page.locator(`main a[href="${section}"]`).count()).resolves.toBeGreaterThan(0);
      await expectAccessible(page);
    }
    await goto(page, `/fr/organisation/${anderlecht.id}/`);
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'fr-BE', dir: 'ltr' });
    await context.close();
  });

  it('an untranslated entry shows the Dutch text, marked as Dutch, with a note', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, `/fr/organisation/${untranslated.id}/`);
    const note = page.locator('[data-untranslated]').first();
    await expect(note.innerText()).resolves.toBe('Pas encore traduit. Vous lisez le texte en néerlandais.');
    const summary = page.getByText(untranslated.data.summary, { exact: true });
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(summary.evaluate((el) => el.closest('[lang]')!.getAttribute('lang'))).resolves.toBe('nl-BE');
    await goto(page, `/en/organisation/${untranslated.id}/`);
    await expect(page.locator('[data-untranslated]').first().innerText()).resolves.toBe('Not translated yet. You are reading the Dutch text.');
    await expectAccessible(page);
    await context.close();
  });

  it('a Brussels organisation shows its official French name, and search finds it by that name', async () => {
    const frenchName = anderlecht.data.translations.fr!.name!;
    const { page, context } = await openPage(browser());
    await goto(page, `/organisatie/${anderlecht.id}/`);
    await expect(page.getByText(frenchName).first().isVisible()).resolves.toBe(true);
    await goto(page, `/fr/organisation/${anderlecht.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(frenchName);
    await expect(page.getByText(anderlecht.data.name).first().isVisible()).resolves.toBe(true);
    for (const [searchPage, label] of [['/zoeken/', /^Waar zoek je hulp bij\?$/], ['/fr/recherche/', /^Pour quoi cherchez-vous de l.aide/]] as const) {
      await goto(page, searchPage);
      await hydrated(page);
      await page.getByLabel(label).first().fill(frenchName);
      await page.getByLabel(label).first().press('Enter');
      await page.locator('.results h3').first().waitFor();
      const titles = (await page.locator('.results h3').allInnerTexts()).join(' | ');
      expect(titles).toMatch(new RegExp(`${anderlecht.data.name}|${frenchName}`));
    }
    await context.close();
  });

  it('Arabic pages run right to left through the whole explorer and the crisis page', async () => {
    const { page, context, outside } = await openPage(browser());
    await goto(page, '/ar/');
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'ar', dir: 'rtl' });
    // Right to left for real: the site name (first in the header) sits right of the crisis link.
    const [name, crisis] = await Promise.all([page.locator('.site-name').boundingBox(), page.locator('.crisis-link').boundingBox()]);
    expect(name!.x).toBeGreaterThan(crisis!.x);
    await expectAccessible(page);
    const domain = catalog.domain(translatedNeed.data.domain)!;
    await page.locator(`main a[href="/ar/who-does-what/${domain.id}/"]`).first().click();
    await page.waitForURL(`**/ar/who-does-what/${domain.id}/`);
    await page.getByRole('link', { name: translatedNeed.data.translations.ar!.question }).click();
    await page.waitForURL(`**/ar/who-does-what/${domain.id}/${translatedNeed.id}/`);
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(page.locator('h1').innerText()).resolves.toBe(translatedNeed.data.translations.ar!.question);
    // A newcomer in Gent: the help nearby, with its interface in Arabic.
    await page.getByLabel('البلدية أو الرمز البريدي').fill('Gent');
    await page.getByRole('button', { name: 'اعرض المساعدة القريبة' }).click();
    await page.locator('#in-de-buurt .result-org').first().waitFor();
    await expect(page.locator('#in-de-buurt h2, #in-de-buurt h3').first().innerText()).resolves.toContain('Gent');
    await expect(page.locator('#in-de-buurt').innerText()).resolves.toContain('أوصاف الأماكن باللغة الهولندية.');
    await expectAccessible(page);
    await goto(page, '/ar/urgent/');
    await expect(htmlAttributes(page)).resolves.toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(page.locator('a[href="tel:112"]').first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('the easy-reading summary comes first, in every language', async () => {
    const right = catalog.rights.find((r) => r.data.kortEnEenvoudig && r.data.translations.fr?.kortEnEenvoudig)!;
    const { page, context } = await openPage(browser());
    for (const [path, text] of [[`/recht/${right.id}/`, right.data.kortEnEenvoudig!], [`/fr/droit/${right.id}/`, right.data.translations.fr!.kortEnEenvoudig!]] as const) {
      await goto(page, path);
      const order = await page.evaluate(() => {
        const easy = document.querySelector('.easy-reading');
        const lead = document.querySelector('main .lead');
        return { easy: easy?.textContent ?? '', first: !!easy && !!lead && (easy.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING) > 0 };
      });
      expect(order.first).toBe(true);
      expect(order.easy.replace(/\s+/g, ' ')).toContain(text.split(/\n/)[0]!.trim());
    }
    await context.close();
  });
});
