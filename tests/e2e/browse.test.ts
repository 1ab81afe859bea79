/** A person browses every kind of page: the content is there, links work, axe is happy, no JS needed. */
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../support/catalog';
import { baseUrl, expectAccessible, goto, useBrowser, openPage } from './support/browser';

const catalog = realCatalog();
const organisation = catalog.organisations.find((o) => o.data.locations.some((l) => l.street)) ?? catalog.organisations[0]!;
const municipality = catalog.municipalityByNis(organisation.data.locations[0]!.municipality)!;
const need = catalog.needs.find((n) => n.data.urgent) ?? catalog.needs[0]!;
const pages: { kind: string; path: string; heading: string | RegExp }[] = [
  { kind: 'home', path: '/', heading: 'Waar vind je hulp?' },
  { kind: 'domain', path: `/domein/${catalog.domains[0]!.id}/`, heading: catalog.domains[0]!.data.name },
  { kind: 'need', path: `/wie-doet-wat/${need.data.domain}/${need.id}/`, heading: need.data.question },
  { kind: 'service type', path: `/dienst/${catalog.serviceTypes[0]!.id}/`, heading: catalog.serviceTypes[0]!.data.name },
  { kind: 'organisation', path: `/organisatie/${organisation.id}/`, heading: organisation.data.name },
  { kind: 'right', path: `/recht/${catalog.rights[0]!.id}/`, heading: catalog.rights[0]!.data.title },
  { kind: 'municipality', path: `/gemeente/${municipality.id}/`, heading: `Wie doet wat in ${municipality.data.name}?` },
  { kind: 'municipality domain', path: `/gemeente/${municipality.id}/${organisation.data.domains[0]}/`, heading: new RegExp(`in ${municipality.data.name}$`) },
  { kind: 'crisis', path: '/dringend/', heading: 'Dringend hulp nodig?' },
  { kind: 'municipalities', path: '/gemeenten/', heading: 'Hulp in jouw gemeente' },
  { kind: 'service types', path: '/diensten/', heading: 'Welke dienst doet wat?' },
  { kind: 'rights', path: '/rechten/', heading: 'Rechten die je misschien hebt' },
  { kind: 'privacy', path: '/privacy/', heading: 'Privacy' },
];

const TILE_HOSTS = /^https:\/\/tile\.openstreetmap\.(org|be)\//;

const browser = useBrowser();

describe('every page type', () => {
  for (const { kind, path, heading } of pages) {
    it(`${kind} page shows its content, is accessible and asks nothing from outside but map tiles`, async () => {
      const { page, outside, errors, context } = await openPage(browser());
      await goto(page, path);
      const h1 = page.locator('h1');
      await expect(h1.count()).resolves.toBe(1);
      const text = (await h1.innerText()).trim();
      if (typeof heading === 'string') expect(text).toBe(heading);
      else expect(text).toMatch(heading);
      await expect(page.locator('a[href="/dringend/"]').first().isVisible()).resolves.toBe(true);
      await expectAccessible(page);
      // Map tiles are the only outside requests a page may make (small maps on some pages).
      expect(outside.filter((u) => !TILE_HOSTS.test(u))).toEqual([]);
      expect(errors).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }
});

describe('links', () => {
  it('every internal link on the sampled pages leads to a page that exists', async () => {
    const { page, context } = await openPage(browser());
    const links = new Set<string>();
    for (const { path } of pages) {
      await goto(page, path);
      for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        links.add(href.split('#')[0]!.split('?')[0]!);
      }
    }
    await context.close();
    const broken: string[] = [];
    for (const href of links) {
      const response = await fetch(new URL(href, baseUrl()));
      if (response.status !== 200) broken.push(`${href} → ${response.status}`);
    }
    expect(links.size).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  });

  it('an unknown address shows a helpful 404 page', async () => {
    const response = await fetch(new URL('/bestaat-niet/', baseUrl()));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Deze pagina bestaat niet');
  });
});

describe('without JavaScript', () => {
  it('the home page, an organisation and a crisis page can be read', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, '/');
    await expect(page.locator('.tiles a').count()).resolves.toBe(catalog.domains.length + 1);
    await goto(page, `/organisatie/${organisation.id}/`);
    await expect(page.locator('main').innerText()).resolves.toContain(organisation.data.summary);
    await goto(page, '/dringend/');
    await expect(page.locator('a[href="tel:112"]').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe('print', () => {
  it('an organisation page prints without the site header and with its source', async () => {
    const { page, context } = await openPage(browser());
    await goto(page, `/organisatie/${organisation.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.provenance').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
