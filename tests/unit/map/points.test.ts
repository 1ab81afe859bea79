import { describe, expect, it } from 'vitest';
import { filterCounts, filterPoints, inBounds } from '../../../src/lib/map/filter';
import { buildPointFile, decodePointFile, pointHref } from '../../../src/lib/map/points';
import { tileConfig, DEFAULT_TILES } from '../../../src/lib/map/tiles';
import { catalogWithShelter } from '../../support/catalog';

describe('point file', () => {
  const points = decodePointFile(JSON.parse(JSON.stringify(buildPointFile(catalogWithShelter()))));
  const byId = new Map(points.map((p) => [p.id, p]));

  it('keeps exact points exact, with their address', () => {
    expect(byId.get('testloket-testdorp')).toMatchObject({
      name: 'Testloket Testdorp',
      type: 'Testloket',
      formality: 'formal',
      latitude: 51.01,
      longitude: 3.71,
      approximate: false,
      address: 'Teststraat 1, 9990 Testdorp',
      hours: [{ days: ['ma', 'wo'], opens: '09:00', closes: '12:00' }],
    });
  });

  it('puts a location without coordinates at the municipality centre, marked approximate', () => {
    expect(byId.get('testgroep-brussel')).toMatchObject({ latitude: 50.85, longitude: 4.35, approximate: true, address: '', municipality: 'Testbrussel' });
    expect(byId.get('testgroep-brussel')!.flags).toEqual(['Komt aan huis', 'Gratis']);
  });

  it('never lets a confidential address or its exact point into the file', () => {
    const file = JSON.stringify(buildPointFile(catalogWithShelter()));
    expect(file).not.toContain('Geheimstraat');
    expect(file).not.toContain('51.02');
    expect(byId.get('geheime-opvang#0')).toMatchObject({ approximate: true, address: '', latitude: 51, longitude: 3.7 });
    expect(byId.get('geheime-opvang#1')).toMatchObject({ approximate: false, address: 'Open straat 1, 9990 Testdorp' });
    expect(pointHref(byId.get('geheime-opvang#1')!)).toBe('/organisatie/geheime-opvang/');
  });

  it('filters like search: any value within a filter, all filters together', () => {
    expect(filterPoints(points, { formaliteit: ['Informeel', 'Semi-formeel'] }).map((p) => p.id).sort()).toEqual(['geheime-opvang#0', 'geheime-opvang#1', 'testgroep-brussel']);
    expect(filterPoints(points, { formaliteit: ['Informeel'], kenmerk: ['Gratis'] }).map((p) => p.id)).toEqual(['testgroep-brussel']);
    expect(filterPoints(points, { kenmerk: ['Tolk mogelijk'] })).toEqual([]);
  });

  it('counts per filter value, keeping zero counts visible', () => {
    const { all, remaining } = filterCounts(points, { formaliteit: ['Informeel'] });
    expect(all.kenmerk).toEqual({ Gratis: 0, 'Komt aan huis': 0 });
    expect(remaining.kenmerk).toEqual({ Gratis: 1, 'Komt aan huis': 1 });
    expect(remaining.formaliteit).toEqual({ Formeel: 1, Informeel: 1, 'Semi-formeel': 2 });
  });

  it('selects the points inside the map bounds', () => {
    const bounds = { south: 50.9, north: 51.1, west: 3.6, east: 3.8 };
    expect(points.filter((p) => inBounds(p, bounds)).map((p) => p.id).sort()).toEqual(['geheime-opvang#0', 'geheime-opvang#1', 'testloket-testdorp']);
  });
});

describe('tile configuration', () => {
  it('defaults to OpenStreetMap with its attribution', () => {
    expect(tileConfig({})).toEqual(DEFAULT_TILES);
    expect(DEFAULT_TILES.attribution).toContain('OpenStreetMap');
  });
  it('accepts a self-hosted template with attribution, and explains bad settings', () => {
    expect(tileConfig({ PUBLIC_TILE_URL: '/tiles/{z}/{x}/{y}.png', PUBLIC_TILE_ATTRIBUTION: '© OSM' })).toEqual({ url: '/tiles/{z}/{x}/{y}.png', attribution: '© OSM' });
    expect(() => tileConfig({ PUBLIC_TILE_URL: 'tiles.example.org' })).toThrow('is not a tile URL template');
    expect(() => tileConfig({ PUBLIC_TILE_URL: 'https://tile.openstreetmap.be/osmbe-nl/{z}/{x}/{y}.png' })).toThrow('PUBLIC_TILE_ATTRIBUTION is required');
  });
});
