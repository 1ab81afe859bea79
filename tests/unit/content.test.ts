/** The real content: valid, complete enough, and every right reachable. */
import { describe, expect, it } from 'vitest';
import { DOMAIN_IDS } from '../../src/lib/vocabulary';
import { catalogFrom, loadEntries } from '../support/catalog';

const { problems, entries } = loadEntries();
const catalog = catalogFrom(entries);

describe('content', () => {
  it('passes the validator without a single problem', () => {
    expect(problems).toEqual([]);
  });

  it('has the ten domains, and at least 50 needs with at least 4 per domain', () => {
    expect(catalog.domains.map((d) => d.id).sort()).toEqual([...DOMAIN_IDS].sort());
    expect(catalog.needs.length).toBeGreaterThanOrEqual(50);
    for (const domain of DOMAIN_IDS) expect(catalog.needsForDomain(domain).length, domain).toBeGreaterThanOrEqual(4);
    expect(catalog.needs.filter((n) => n.data.urgent).length).toBeGreaterThan(0);
  });

  it('has every service type the sources name, at least 30', () => {
    expect(catalog.serviceTypes.length).toBeGreaterThanOrEqual(30);
    const required = ['ocmw', 'caw', 'huis-van-het-kind', 'consultatiebureau', 'one-consultatie', 'groeipakket-uitbetaler', 'mutualiteit', 'vakbond', 'vdab', 'actiris', 'sociaal-verhuurkantoor', 'woonmaatschappij', 'huurdersbond', 'clb', 'jac', 'cgg', 'wijkgezondheidscentrum', 'integratie-inburgering', 'huis-van-het-nederlands', 'okan', 'voedselbank', 'sociale-kruidenier', 'sociaal-restaurant', 'kringwinkel', 'welzijnsschakel', 'domo', 'buddywerking', 'vereniging-armen-woord', 'zelforganisatie', 'vakantieparticipatie', 'juridische-bijstand'];
    for (const id of required) expect(catalog.serviceType(id), id).toBeDefined();
  });

  it('has at least 150 organisations, at least 40% informal or semi-formal', () => {
    expect(catalog.organisations.length).toBeGreaterThanOrEqual(150);
    const notFormal = catalog.organisations.filter((o) => o.data.formality !== 'formal').length;
    expect(notFormal / catalog.organisations.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has the formal backbone (OCMW, CAW, Huis van het Kind) for the municipalities the sources are about', () => {
    const places = ['Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Mechelen', 'Hasselt', 'Kortrijk', 'Aalst', 'Sint-Niklaas', 'Torhout', 'Ingelmunster', 'Bornem', 'Affligem', 'Grimbergen'];
    for (const name of places) {
      const m = catalog.municipalities.find((x) => x.data.name === name)!;
      expect(m, name).toBeDefined();
      const types = new Set(catalog.organisationsFor(m).map((f) => f.organisation.data.type));
      for (const type of ['ocmw', 'caw', 'huis-van-het-kind']) expect(types.has(type), `${type} in ${name}`).toBe(true);
    }
    for (const m of catalog.municipalities.filter((x) => x.data.region === 'brussel')) {
      expect(catalog.organisationsFor(m).some((f) => f.organisation.data.type === 'ocmw' && f.organisation.data.locations.some((l) => l.municipality === m.data.nis)), `OCMW in ${m.data.name}`).toBe(true);
    }
  });

  it('has at least 30 rights on every level, each reachable from a need', () => {
    expect(catalog.rights.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalog.rights.map((r) => r.data.level))).toEqual(new Set(['federal', 'flemish', 'brussels', 'local']));
    const unreachable = catalog.rights.filter((r) => catalog.needsForRight(r.id).length === 0).map((r) => r.id);
    expect(unreachable).toEqual([]);
  });

  it('uses or explains every service type', () => {
    const unused = catalog.serviceTypes.filter(
      (s) => catalog.organisationsOfType(s.id).length === 0 && catalog.needsForServiceType(s.id).length === 0 && !catalog.rights.some((r) => r.data.grantingServiceTypes.includes(s.id)),
    );
    expect(unused.map((s) => s.id)).toEqual([]);
  });

  it('gives every entry a source and a last-checked date, and marks entries without contact data incomplete', () => {
    for (const o of catalog.organisations) {
      expect(o.data.sources.length, o.id).toBeGreaterThan(0);
      const reachable = o.data.phones.length > 0 || o.data.email || o.data.locations.some((l) => l.street);
      if (!reachable) expect(o.data.incomplete, `${o.id} has no address, phone or e-mail`).toBe(true);
    }
    for (const r of catalog.rights) expect(r.data.sources.length, r.id).toBeGreaterThan(0);
  });
});

describe('municipalities', () => {
  const all = catalog.municipalities;
  it('are the 285 Flemish (after the 2025 mergers) and 19 Brussels municipalities', () => {
    expect(all.filter((m) => m.data.region === 'vlaanderen')).toHaveLength(285);
    expect(all.filter((m) => m.data.region === 'brussel')).toHaveLength(19);
    expect(new Set(all.map((m) => m.data.nis)).size).toBe(304);
  });
  it('have a centre inside Belgium', () => {
    for (const m of all) {
      expect(m.data.latitude, m.id).toBeGreaterThan(49.49);
      expect(m.data.latitude, m.id).toBeLessThan(51.51);
      expect(m.data.longitude, m.id).toBeGreaterThan(2.54);
      expect(m.data.longitude, m.id).toBeLessThan(6.41);
    }
  });
  it('resolve postcodes to municipalities', () => {
    expect(catalog.municipalitiesForPostcode('9000').map((m) => m.data.name)).toEqual(['Gent']);
    expect(catalog.municipalitiesForPostcode('1030').map((m) => m.data.name)).toEqual(['Schaarbeek']);
    expect(catalog.municipalitiesForPostcode('3500').map((m) => m.data.name)).toEqual(['Hasselt']);
    for (const m of all) for (const pc of m.data.postcodes) expect(catalog.municipalitiesForPostcode(pc)).toContain(m);
    for (const m of all.filter((x) => x.data.region === 'brussel')) expect(m.data.postcodes.every((p) => p >= '1000' && p < '1300'), m.id).toBe(true);
  });
  it('know the 2025 mergers', () => {
    const hasselt = catalog.municipalityByNis('71072')!;
    expect(hasselt.data.name).toBe('Hasselt');
    expect(hasselt.data.mergedFrom).toContain('Kortessem');
    expect(catalog.municipalityByNis('46030')!.data.name).toBe('Beveren-Kruibeke-Zwijndrecht');
  });
});

describe('catalog queries per municipality', () => {
  const gent = catalog.municipalityBySlug('gent')!;

  it('a filtered list never changes the full one (the full list is kept per municipality)', () => {
    const all = catalog.organisationsFor(gent).map((f) => f.organisation.id);
    const informal = catalog.organisationsFor(gent, (o) => o.data.formality === 'informal').map((f) => f.organisation.id);
    expect(informal.length).toBeLessThan(all.length);
    expect(all.filter((id) => informal.includes(id))).toEqual(informal);
    expect(catalog.organisationsFor(gent).map((f) => f.organisation.id)).toEqual(all);
  });

  it('lists the organisations located in a municipality, and only those', () => {
    const here = catalog.organisationsLocatedIn(gent.data.nis);
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((o) => o.data.locations.some((l) => l.municipality === gent.data.nis))).toBe(true);
    expect(here.length).toBe(catalog.organisations.filter((o) => o.data.locations.some((l) => l.municipality === gent.data.nis)).length);
  });
});
