import { describe, expect, it } from 'vitest';
import { COMPARISONS, municipalityDigest, nearbyForNeed } from '../../src/lib/explorer';
import { catalogFrom, catalogWithShelter, loadEntries } from '../support/catalog';

const catalog = catalogFrom(loadEntries().entries);
const place = (name: string) => catalog.municipalities.find((m) => m.data.name === name)!;

const nearby = (needId: string, name: string) => nearbyForNeed(municipalityDigest(catalog, place(name)), catalog.need(needId)!.data);
const ids = (items: { id: string }[]) => items.map((o) => o.id);

describe('nearbyForNeed', () => {
  it('lists organisations of the need\'s types that serve the municipality, nearest first', () => {
    const r = nearby('iemand-die-ons-gezin-steunt', 'Hasselt');
    const types = catalog.need('iemand-die-ons-gezin-steunt')!.data.serviceTypes.map((s) => s.type);
    expect(ids(r.nearby)).toContain('domo-hasselt');
    expect(r.nearby.every((o) => types.includes(o.type))).toBe(true);
    const distances = r.nearby.map((o) => o.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('never shows a service outside its service area', () => {
    expect(ids(nearby('iemand-die-ons-gezin-steunt', 'Gent').nearby)).not.toContain('domo-hasselt');
  });

  it('with nothing nearby, offers the nearest places elsewhere, never another town\'s OCMW, and names the generalist doors', () => {
    const r = nearby('geen-geld-voor-eten', 'Koksijde');
    expect(r.nearby).toEqual([]);
    expect(r.nearest.length).toBeGreaterThan(0);
    expect(r.nearest.map((o) => o.type)).not.toContain('ocmw');
    const distances = r.nearest.map((o) => o.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(r.generalistsUnknown).toContain('ocmw');
  });

  it('with its own OCMW known, does not call it unknown', () => {
    expect(nearby('geen-geld-voor-eten', 'Gent').generalistsUnknown).not.toContain('ocmw');
  });

  it('also offers the nearest places for the kinds of help this municipality lacks', () => {
    const r = nearby('geen-geld-voor-eten', 'Brugge');
    const localTypes = new Set(r.nearby.map((o) => o.type));
    expect(r.nearest.length).toBeGreaterThan(0);
    expect(r.nearest.every((o) => !localTypes.has(o.type))).toBe(true);
  });

  it('shows informal help alongside, never twice', () => {
    const r = nearby('ik-voel-me-alleen', 'Antwerpen');
    const all = ids([...r.nearby, ...r.alongside, ...r.generalists]);
    expect(new Set(all).size).toBe(all.length);
    expect(r.alongside.every((o) => o.formality !== 'formal')).toBe(true);
  });
});

describe('municipalityDigest', () => {
  it('never carries a confidential address, but does carry the public one', () => {
    const withShelter = catalogWithShelter();
    const digest = municipalityDigest(withShelter, withShelter.municipalityBySlug('testdorp')!);
    const shelter = digest.serving.find((o) => o.id === 'geheime-opvang')!;
    expect(JSON.stringify(digest)).not.toContain('Geheimstraat');
    expect(shelter.address).toBe('Open straat 1, 9990 Testdorp');
  });
});

describe('comparisons', () => {
  it('only compare service types that exist', () => {
    for (const c of COMPARISONS) for (const t of c.types) expect(catalog.serviceType(t), `${c.slug}: ${t}`).toBeDefined();
  });
});
