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

  it('the sitemap lists the pages at their public address, with their other languages and no invented ones', async () => {
    const index = await text('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = (await Promise.all(sitemaps.map(text))).flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(urls).toContain(`${siteConfig.siteUrl}/organisatie/${formal.id}/`);
    expect(urls).toContain(`${siteConfig.siteUrl}/recht/${catalog.rights[0]!.id}/`);
    expect(urls.filter((u) => u.includes('/admin/'))).toEqual([]);
    const xml = (await Promise.all(sitemaps.map(text))).join('');
    const entryOf = (path: string) => new RegExp(`<url><loc>${siteConfig.siteUrl}${path}</loc>.*?</url>`).exec(xml)?.[0] ?? '';
    // An organisation exists in Dutch, French and English (not Arabic yet): exactly those alternates.
    const organisation = entryOf(`/organisatie/${formal.id}/`);
    expect([...organisation.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname])).toEqual([
      ['nl-BE', `/organisatie/${formal.id}/`],
      ['fr-BE', `/fr/organisation/${formal.id}/`],
      ['en', `/en/organisation/${formal.id}/`],
    ]);
    // A Dutch-only tool page gets none.
    expect(entryOf('/mijn-lijst/')).not.toContain('hreflang');
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
