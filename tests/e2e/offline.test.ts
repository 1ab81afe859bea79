/** A family on a bad connection: a page opened once opens again offline; the tools keep working. */
import { describe, expect, it } from 'vitest';
import { baseUrl, goto, useBrowser, openPage } from './support/browser';

const browser = useBrowser();

describe('offline', () => {
  it('a visited page opens again without a connection, and an unvisited one explains what works', async () => {
    const { page, context } = await openPage(browser(), { serviceWorkers: 'allow' });
    await goto(page, '/dringend/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The first load installed the worker; this visit is the one it caches.
    await goto(page, '/diensten/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await context.setOffline(true);

    await page.goto(new URL('/diensten/', baseUrl()).href);
    await expect(page.locator('h1').innerText()).resolves.toBe('Welke dienst doet wat?');

    await page.goto(new URL('/dringend/', baseUrl()).href);
    await expect(page.locator('a[href="tel:112"]').first().isVisible()).resolves.toBe(true);

    // The crisis numbers in Arabic were never opened, but are kept for everyone.
    await page.goto(new URL('/ar/urgent/', baseUrl()).href);
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await expect(page.locator('a[href="tel:112"]').first().isVisible()).resolves.toBe(true);

    await page.goto(new URL('/rechten/', baseUrl()).href);
    await expect(page.locator('h1').innerText()).resolves.toBe('Je bent niet verbonden met internet');
    await expect(page.locator('a[href="/fr/urgence/"]').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
