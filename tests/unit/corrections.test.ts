/** "Klopt er iets niet?": the prefilled message names the entry, its id and its page. */
import { describe, expect, it } from 'vitest';
import { correctionFormUrl, correctionMailto, correctionMessage, entryPath } from '../../src/lib/corrections';
import { PLACEHOLDER_CORRECTION_EMAIL, readSiteConfig, SiteConfigError, unconfigured } from '../../src/lib/site-config';

const entry = { collection: 'organisations' as const, id: 'ocmw-gent', name: 'OCMW Gent & Co', uuid: '5b0f3c1e-8d1a-4f6e-9a43-2f1d7c9e6a10' };
const config = readSiteConfig({ SITE_URL: 'https://wegwijzer.be/', WEGWIJZER_CORRECTION_EMAIL: 'fouten@wegwijzer.be' });

describe('corrections', () => {
  it('names the page of each kind of entry', () => {
    expect(entryPath(entry)).toBe('/organisatie/ocmw-gent/');
    expect(entryPath({ collection: 'service-types', id: 'ocmw' })).toBe('/dienst/ocmw/');
    expect(entryPath({ collection: 'rights', id: 'leefloon' })).toBe('/recht/leefloon/');
  });

  it('prefills subject and body with name, id, UUID and page address', () => {
    const { subject, body, page } = correctionMessage(entry, config.siteUrl);
    expect(subject).toBe('Klopt er iets niet: OCMW Gent & Co (ocmw-gent)');
    expect(page).toBe('https://wegwijzer.be/organisatie/ocmw-gent/');
    expect(body).toContain('Id: ocmw-gent\nUUID: 5b0f3c1e-8d1a-4f6e-9a43-2f1d7c9e6a10\nPagina: https://wegwijzer.be/organisatie/ocmw-gent/');
    expect(body).toContain('Wat klopt er niet?');
  });

  it('builds a mailto: link a mail program decodes to the same text', () => {
    const href = correctionMailto(entry, config);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fouten@wegwijzer.be');
    expect(decodeURIComponent(url.search.match(/subject=([^&]*)/)![1]!)).toBe('Klopt er iets niet: OCMW Gent & Co (ocmw-gent)');
    expect(decodeURIComponent(url.search.match(/body=([^&]*)/)![1]!)).toContain('Id: ocmw-gent\r\n');
  });

  it('offers the web form only when one is configured', () => {
    expect(correctionFormUrl(entry, config)).toBeUndefined();
    const withForm = readSiteConfig({ WEGWIJZER_CORRECTION_ISSUE_URL: 'https://github.com/wegwijzer-be/wegwijzer/issues/new' });
    const url = new URL(correctionFormUrl(entry, withForm)!);
    expect(url.searchParams.get('title')).toBe('Klopt er iets niet: OCMW Gent & Co (ocmw-gent)');
    expect(url.searchParams.get('body')).toContain('Pagina: https://wegwijzer.example.org/organisatie/ocmw-gent/');
  });
});

describe('site configuration', () => {
  it('has safe defaults and says which placeholders still need setting', () => {
    const defaults = readSiteConfig({});
    expect(defaults).toMatchObject({ siteUrl: 'https://wegwijzer.example.org', correctionEmail: PLACEHOLDER_CORRECTION_EMAIL, freshnessMonths: 12, tileOrigin: 'https://tile.openstreetmap.org' });
    expect(unconfigured(defaults)).toHaveLength(3);
    expect(unconfigured(readSiteConfig({ SITE_URL: 'https://wegwijzer.be', WEGWIJZER_CORRECTION_EMAIL: 'a@b.be', WEGWIJZER_CMS_REPO: 'a/b' }))).toEqual([]);
  });

  it('refuses bad values with the variable name and an example', () => {
    expect(() => readSiteConfig({ WEGWIJZER_FRESHNESS_MONTHS: 'een jaar' })).toThrow(/WEGWIJZER_FRESHNESS_MONTHS "een jaar" must be a whole number.*e\.g\. 12/);
    expect(() => readSiteConfig({ SITE_URL: 'wegwijzer.be' })).toThrow(SiteConfigError);
    expect(() => readSiteConfig({ WEGWIJZER_CORRECTION_EMAIL: 'geen adres' })).toThrow(/not an e-mail address/);
    expect(() => readSiteConfig({ WEGWIJZER_CMS_REPO: 'alleen-een-naam' })).toThrow(/owner\/repository/);
    expect(readSiteConfig({ WEGWIJZER_FRESHNESS_MONTHS: ' 6 ' }).freshnessMonths).toBe(6);
  });
});
