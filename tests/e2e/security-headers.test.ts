/**
 * The site as a host with our _headers file serves it: every main page type loads under the strict
 * Content-Security-Policy without a single violation, and its features still work.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/security/csp';
import { headersFor, overlappingHeaders, parseHeaderRules } from '../../src/lib/security/headers-file';
import { realCatalog } from '../support/catalog';
import { goto, openPage } from './support/browser';
import { dist, withStrictSite } from './support/strict-site';

const catalog = realCatalog();
const strict = withStrictSite();

/** A page on the server with headers, recording every CSP violation: events and console reports. */
async function openStrict(options: BrowserContextOptions = {}) {
  const opened = await openPage(strict.browser, options, strict.site);
  const violations: string[] = [];
  await opened.page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await opened.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  opened.page.on('console', (message) => {
    if (/content security policy|content-security-policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return { ...opened, violations, open: (path: string) => goto(opened.page, path, strict.site) };
}

/** Lets late work (islands, workers, lazy chunks) finish before the violations are read. */
const settle = (page: Page) => page.waitForLoadState('networkidle');

/** One with a street address, so its page offers the small map. */
const organisation = catalog.organisations.find((o) => o.data.locations.some((l) => l.street && !l.confidential))!;
const need = catalog.need('geen-geld-voor-eten')!;

describe('security headers', () => {
  it('pages carry the strict policy, no referrer, and geolocation for the site only', async () => {
    const response = await fetch(new URL(`/organisatie/${organisation.id}/`, strict.site));
    const policy = parsePolicy(response.headers.get('content-security-policy')!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/^geolocation=\(self\)/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=300/);
  });

  it('every built file gets each header from exactly one rule, and no page needs inline style', () => {
    const rules = parseHeaderRules(readFileSync(resolve(dist, '_headers'), 'utf8'));
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => !statSync(resolve(dist, f)).isDirectory());
    const paths = files.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(paths.length).toBeGreaterThan(1000);
    expect(overlappingHeaders(rules, paths)).toEqual([]);
    const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.filter((f) => !headersFor(rules, `/${f.replace(/index\.html$/, '')}`)['content-security-policy']?.includes("default-src 'self'"))).toEqual([]);
    // style="" in HTML is blocked by style-src 'self' (styles set from JavaScript are not).
    expect(pages.filter((f) => / style="/.test(readFileSync(resolve(dist, f), 'utf8')))).toEqual([]);
  });

  it('hashed assets are cached for a year; the editor has its own policy', async () => {
    const html = await (await fetch(new URL('/', strict.site))).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    expect((await fetch(new URL(css, strict.site))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const admin = await fetch(new URL('/admin/', strict.site));
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-security-policy')).toContain('https://api.github.com');
    expect(admin.headers.get('content-security-policy')).not.toContain('wasm-unsafe-eval');
  });
});

describe('every main page type works under the Content-Security-Policy', () => {
  it('home', async () => {
    const { page, context, violations, outside, errors, open } = await openStrict();
    await open('/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Waar vind je hulp?');
    await settle(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('search with a query: Pagefind (WebAssembly) finds results', async () => {
    const { page, context, violations, errors, open } = await openStrict();
    await open('/zoeken/?q=ocmw%20gent');
    await page.locator('.results h3').first().waitFor();
    expect(await page.locator('.results h3').allInnerTexts()).toContain('OCMW Gent');
    await settle(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('map: Leaflet draws every marker; blocked tiles are no policy violation', async () => {
    const { page, context, violations, errors, outside, open } = await openStrict({ permissions: [] });
    await open('/kaart/');
    await page.locator('.leaflet-container').waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(5);
    await settle(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await context.close();
  });

  it('explorer need with ?gemeente: help nearby appears', async () => {
    const { page, context, violations, errors, open } = await openStrict();
    await open(`/wie-doet-wat/${need.data.domain}/${need.id}/?gemeente=brugge`);
    await page.locator('#in-de-buurt .result-org').first().waitFor();
    expect(await page.locator('#in-de-buurt .result-org h4').allInnerTexts()).toContain('OCMW Brugge');
    await settle(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('organisation: the page, its small map and its structured data', async () => {
    const { page, context, violations, errors, open } = await openStrict();
    await open(`/organisatie/${organisation.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(organisation.data.name);
    // The small map's code and tiles load only when asked for.
    await expect(page.locator('.leaflet-container').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Toon op de kaart' }).click();
    await page.locator('.leaflet-container').first().waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await settle(page);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@context']).toBe('https://schema.org');
    expect(data.name).toBe(organisation.data.name);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('referral card', async () => {
    const { page, context, violations, errors, open } = await openStrict();
    await open(`/verwijskaart/${organisation.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain(organisation.data.name);
    await settle(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a violation would be seen: an injected inline script is reported', async () => {
    const { page, context, violations, open } = await openStrict();
    await open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await context.close();
  });
});
