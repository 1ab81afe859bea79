/** A search engine finds the pages: sitemap, robots.txt, canonical addresses and structured data. */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/lib/site-config';
import { realCatalog } from '../support/catalog';
import { baseUrl, goto, useBrowser, openPage } from './support/browser';

const catalog = realCatalog();
const formal = catalog.organisations.find((o) => o.data.formality === 'formal')!;
const informal = catalog.organisations.find((o) => o.data.formality === 'informal')!;
const text = async (path: string) => {
  const response = await fetch(new URL(path, baseUrl()));
  expect(response.status, path).toBe(200);
  return response.text();
};

const browser = useBrowser();

describe('search engines', () => {
  it('robots.txt allows the site, keeps out the editor and points to the sitemap', async () => {
    const robots = await text('/robots.txt');
    expect(robots).toContain('Disallow: /admin/');
    expect(robots).toContain(`Sitemap: ${siteConfig.siteUrl}/sitemap-index.xml`);
  });

  it('the sitemap lists the pages at their public address, without correction pages or invented alternates', async () => {
    const index = await text('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = (await Promise.all(sitemaps.map(text))).flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(urls).toContain(`${siteConfig.siteUrl}/organisatie/${formal.id}/`);
    expect(urls).toContain(`${siteConfig.siteUrl}/recht/${catalog.rights[0]!.id}/`);
    expect(urls.filter((u) => u.includes('/klopt-er-iets-niet/'))).toEqual([]);
    expect(urls.filter((u) => u.includes('/admin/'))).toEqual([]);
    // One language for now: no hreflang alternates until a second locale exists.
    expect((await Promise.all(sitemaps.map(text))).join('')).not.toContain('hreflang');
  });

  it('every page names its canonical address; organisation pages carry parseable schema.org data', async () => {
    const { page, context } = await openPage(browser());
    for (const [o, type] of [
      [formal, 'GovernmentService'],
      [informal, 'Organization'],
    ] as const) {
      await goto(page, `/organisatie/${o.id}/`);
      await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${siteConfig.siteUrl}/organisatie/${o.id}/`);
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data['@type']).toBe(type);
      expect(data.name).toBe(o.data.name);
      expect(data.areaServed.length).toBeGreaterThan(0);
    }
    await context.close();
  });
});
