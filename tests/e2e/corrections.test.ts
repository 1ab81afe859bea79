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
  it('on an organisation page: unfolds to a prefilled e-mail with its id, UUID and page, without JavaScript too', async () => {
    const { page, context, outside } = await openPage(browser(), { javaScriptEnabled: false });
    await goto(page, `/organisatie/${organisation.id}/`);
    const mailLink = page.getByRole('link', { name: 'Schrijf een e-mail' });
    await expect(mailLink.isVisible()).resolves.toBe(false);
    await page.getByText('Klopt er iets niet? Laat het ons weten').click();
    await expect(mailLink.isVisible()).resolves.toBe(true);
    const mail = mailParts((await mailLink.getAttribute('href'))!);
    expect(mail.to).toMatch(/@/);
    expect(mail.subject).toBe(`Klopt er iets niet: ${organisation.data.name} (${organisation.id})`);
    expect(mail.body).toContain(`Id: ${organisation.id}`);
    expect(mail.body).toContain(`UUID: ${organisation.data.id}`);
    expect(mail.body).toMatch(new RegExp(`Pagina: https?://[^\\s]+/organisatie/${organisation.id}/`));
    await expect(page.getByText(mail.to, { exact: true }).isVisible()).resolves.toBe(true);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('service types and rights have it too, in the page language, and it passes axe when open', async () => {
    const { page, context } = await openPage(browser());
    const serviceType = catalog.serviceTypes[0]!;
    const right = catalog.rights[0]!;
    await goto(page, `/dienst/${serviceType.id}/`);
    await page.getByText('Klopt er iets niet? Laat het ons weten').click();
    const serviceMail = mailParts((await page.getByRole('link', { name: 'Schrijf een e-mail' }).getAttribute('href'))!);
    expect(serviceMail.body).toContain(`Id: ${serviceType.id}`);
    await goto(page, `/fr/droit/${right.id}/`);
    await page.getByText('Une erreur ? Dites-le-nous').click();
    const rightMail = mailParts((await page.getByRole('link', { name: 'Écrire un e-mail' }).getAttribute('href'))!);
    expect(rightMail.body).toContain(`Id: ${right.id}`);
    await expectAccessible(page);
    await context.close();
  });
});
