import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../src/content.config';
import { distanceKm, locationPoint, servesMunicipality } from '../../src/lib/geo';

const gent = { nis: '44021', region: 'vlaanderen', province: 'oost-vlaanderen', latitude: 51.05, longitude: 3.72 } as Municipality;
const anderlecht = { nis: '21001', region: 'brussel', province: 'brussel', latitude: 50.84, longitude: 4.31 } as Municipality;
const location = (municipality: string) => ({ municipality, approximate: true, confidential: false, accessibility: [] });

describe('distanceKm', () => {
  it('measures Gent to Brussels at about 50 km', () => {
    expect(distanceKm(gent, anderlecht)).toBeGreaterThan(40);
    expect(distanceKm(gent, anderlecht)).toBeLessThan(55);
    expect(distanceKm(gent, gent)).toBe(0);
  });
});

describe('servesMunicipality', () => {
  it('without a service area, serves only where it has a location', () => {
    const org = { locations: [location('44021')], serviceArea: undefined };
    expect(servesMunicipality(org, gent)).toBe(true);
    expect(servesMunicipality(org, anderlecht)).toBe(false);
  });
  it('a Brussels-wide service serves every Brussels municipality and no Flemish one', () => {
    const org = { locations: [location('21004')], serviceArea: { regions: ['brussel' as const], provinces: [], municipalities: [] } };
    expect(servesMunicipality(org, anderlecht)).toBe(true);
    expect(servesMunicipality(org, gent)).toBe(false);
  });
  it('a service limited to some provinces never counts outside them', () => {
    const org = { locations: [location('44021')], serviceArea: { regions: [], provinces: ['limburg' as const], municipalities: [] } };
    expect(servesMunicipality(org, gent)).toBe(false);
  });
  it('an explicit municipality list wins over the location', () => {
    const org = { locations: [location('44021')], serviceArea: { regions: [], provinces: [], municipalities: ['21001'] } };
    expect(servesMunicipality(org, anderlecht)).toBe(true);
    expect(servesMunicipality(org, gent)).toBe(false);
  });
});

describe('locationPoint', () => {
  const centre = (nis: string) => (nis === '44021' ? gent : undefined);
  it('uses exact coordinates when given', () => {
    expect(locationPoint({ ...location('44021'), latitude: 51.1, longitude: 3.8, approximate: false }, centre)).toEqual({ latitude: 51.1, longitude: 3.8, approximate: false });
  });
  it('falls back to the municipality centre, marked approximate', () => {
    expect(locationPoint(location('44021'), centre)).toEqual({ latitude: 51.05, longitude: 3.72, approximate: true });
    expect(locationPoint(location('99999'), centre)).toBeUndefined();
  });
});
