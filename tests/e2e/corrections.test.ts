/** A volunteer sees that an address changed and reports it: the prefilled mail names the entry, its id and page. */
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../support/catalog';
import { expectAccessible, goto, useBrowser, openPage } from './support/browser';

const catalog = realCatalog();
const organisation = catalog.organisations[0]!;
const browser = useBrowser();

const mailParts = (href: string) => {
  const url = new URL(href);
  const param = (name: string) => decodeURIComponent(new RegExp(`${name}=([^&]*)`).exec(url.search)![1]!);
  return { to: url.pathname, subject: param('subject'), body: param('body') };
};

describe('klopt er iets niet?', () => {
  it('from an organisation page to a prefilled e-mail with its id, UUID and page, without JavaScript too', async () => {
    const { page, context, outside } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, `/organisatie/${organisation.id}/`);
    await page.getByRole('link', { name: 'Klopt er iets niet? Laat het ons weten' }).click();
    await page.waitForURL(`**/klopt-er-iets-niet/organisatie/${organisation.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(`Klopt er iets niet over ${organisation.data.name}?`);
    const mail = mailParts((await page.getByRole('link', { name: 'Schrijf een e-mail' }).getAttribute('href'))!);
    expect(mail.to).toMatch(/@/);
    expect(mail.subject).toBe(`Klopt er iets niet: ${organisation.data.name} (${organisation.id})`);
    expect(mail.body).toContain(`Id: ${organisation.id}`);
    expect(mail.body).toContain(`UUID: ${organisation.data.id}`);
    expect(mail.body).toMatch(new RegExp(`Pagina: https?://[^\\s]+/organisatie/${organisation.id}/`));
    await expect(page.getByText(mail.to, { exact: true }).isVisible()).resolves.toBe(true);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('service types and rights have the link too, and the page passes axe', async () => {
    const { page, context } = await openPage(browser());
    const serviceType = catalog.serviceTypes[0]!;
    const right = catalog.rights[0]!;
    for (const [path, target] of [
      [`/dienst/${serviceType.id}/`, `/klopt-er-iets-niet/dienst/${serviceType.id}/`],
      [`/recht/${right.id}/`, `/klopt-er-iets-niet/recht/${right.id}/`],
    ] as const) {
      await goto(page, path);
      await expect(page.getByRole('link', { name: 'Klopt er iets niet? Laat het ons weten' }).getAttribute('href')).resolves.toBe(target);
    }
    await goto(page, `/klopt-er-iets-niet/recht/${right.id}/`);
    const mail = mailParts((await page.getByRole('link', { name: 'Schrijf een e-mail' }).getAttribute('href'))!);
    expect(mail.body).toContain(`Id: ${right.id}`);
    await expectAccessible(page);
    await context.close();
  });
});
