import { describe, expect, it } from 'vitest';
import { createPlaceMatcher } from '../../../src/lib/search/query';

const parse = createPlaceMatcher([
  { nis: '44021', name: 'Gent', postcodes: ['9000', '9030', '9031', '9032', '9040', '9041', '9042', '9050', '9051', '9052'] },
  { nis: '21015', name: 'Schaarbeek', nameFr: 'Schaerbeek', postcodes: ['1030'] },
  { nis: '21012', name: 'Sint-Jans-Molenbeek', nameFr: 'Molenbeek-Saint-Jean', postcodes: ['1080'] },
  { nis: '21004', name: 'Brussel', nameFr: 'Bruxelles', postcodes: ['1000', '1020', '1120', '1130'] },
  { nis: '11002', name: 'Antwerpen', postcodes: ['2000', '2018', '2060', '2100'] },
  { nis: '11004', name: 'Boechout', postcodes: ['2530'] },
  { nis: '11005', name: 'Boechout-Bis', postcodes: ['2530'] },
]);

describe('place in a query', () => {
  it('reads a postcode', () => {
    expect(parse('kinderopvang 9000')).toEqual({ text: 'kinderopvang', places: ['44021'], placeWords: '9000' });
  });
  it('reads a Dutch or French municipality name, any case, with or without hyphens', () => {
    expect(parse('cpas schaerbeek')).toEqual({ text: 'cpas', places: ['21015'], placeWords: 'schaerbeek' });
    expect(parse('eten Sint Jans Molenbeek')).toEqual({ text: 'eten', places: ['21012'], placeWords: 'sint jans molenbeek' });
    expect(parse('molenbeek-saint-jean voedselbank').places).toEqual(['21012']);
    expect(parse('Gent eten').text).toBe('eten');
  });
  it('prefers the longest name', () => {
    expect(parse('hulp sint-jans-molenbeek').places).toEqual(['21012']);
  });
  it('keeps every municipality a shared postcode belongs to', () => {
    expect(parse('ocmw 2530').places).toEqual(['11004', '11005']);
  });
  it('leaves a query without a place alone', () => {
    expect(parse('hulp bij papieren')).toEqual({ text: 'hulp bij papieren', places: [] });
    expect(parse('1234 euro')).toEqual({ text: '1234 euro', places: [] });
  });
});
