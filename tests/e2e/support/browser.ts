/**
 * Launches real Chromium through playwright-core, never a test tool's own browser download:
 * $CHROMIUM_PATH, else /usr/bin/chromium, else the @sparticuz/chromium package.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** One browser per test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top of the test file.');
    return browser;
  };
}

export const baseUrl = () => inject('baseUrl');

/** A page whose requests outside the site are recorded and blocked (tests run offline).
 * `site`: another test server than the shared one (e.g. one that sends the security headers). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, site = baseUrl()) {
  // Service workers answer requests themselves, past the routing below: only the offline test allows them.
  const context = await browser.newContext({ locale: 'nl-BE', serviceWorkers: 'block', ...options });
  const outside: string[] = [];
  const origin = new URL(site).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, outside, errors };
}

export async function goto(page: Page, path: string, site = baseUrl()) {
  const response = await page.goto(new URL(path, site).href);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return response;
}

/** Fails on serious or critical WCAG 2.2 AA violations, listing them readably. */
export async function expectAccessible(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the islands on the page have hydrated (Astro drops their `ssr` attribute then). */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
