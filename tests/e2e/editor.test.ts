/**
 * A content editor without Git opens /admin/: the editor loads from the site itself (no CDN, no
 * web fonts from elsewhere) and shows the forms generated from the schemas, in Dutch.
 * The Git backend is swapped for Sveltia's in-memory test repository: tests run offline.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { goto, openPage } from './support/browser';
import { withStrictSite } from './support/strict-site';

const strict = withStrictSite();

async function openEditor() {
  const opened = await openPage(strict.browser, {}, strict.site);
  const problems: string[] = [];
  opened.page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) problems.push(m.text());
  });
  await opened.page.route('**/admin/config.yml*', async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text());
    config.backend = { name: 'test-repo' };
    await route.fulfill({ response, body: stringify(config) });
  });
  await goto(opened.page, '/admin/', strict.site);
  await opened.page.getByRole('button', { name: 'Werken met een testrepository' }).click();
  return { ...opened, problems };
}

describe('the editor at /admin/', () => {
  it('lists every collection in Dutch, loading nothing from outside the site', async () => {
    const { page, context, outside, errors, problems } = await openEditor();
    await page.getByText('Collecties', { exact: true }).first().waitFor();
    for (const label of ['Levensdomeinen', 'Vragen', 'Soorten diensten', 'Organisaties', 'Rechten', 'Gemeenten']) {
      await expect(page.getByText(label, { exact: true }).first().isVisible(), label).resolves.toBe(true);
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a new organisation gets the schema fields, Dutch labels, help texts, allowed values and a fresh UUID', async () => {
    const { page, context, problems } = await openEditor();
    await page.getByText('Collecties', { exact: true }).first().waitFor();
    // The editor routes by the address's #fragment.
    await page.evaluate(() => (window.location.hash = '#/collections/organisations/new'));
    await page.getByText('Name as the organisation uses it.').waitFor();
    const text = await page.locator('body').innerText();
    for (const label of ['Naam', 'Andere namen', 'Soort dienst', 'Hoe formeel?', 'Status', 'Levensdomeinen', 'Voor wie?', 'Samenvatting']) {
      expect(text, label).toContain(`\n${label}\n`);
    }
    expect(text).toContain('Formeel\nSemi-formeel\nInformeel');
    expect(text).toContain('Kind of service (id from content/service-types).');
    expect(text).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
    // The form renders further fields as you scroll down to them.
    await page.getByText('Name as the organisation uses it.').hover();
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 1500);
    for (const label of ['Kort en eenvoudig (makkelijk lezen)', 'Adressen', 'Bronnen', 'Laatst gecontroleerd op']) {
      await page.getByText(label, { exact: true }).first().waitFor({ state: 'attached' });
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
