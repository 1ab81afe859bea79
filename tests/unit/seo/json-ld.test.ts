/** schema.org data for organisation pages: the right type, address only when public, hours, area. */
import { describe, expect, it } from 'vitest';
import { organisationJsonLd } from '../../../src/lib/seo/json-ld';
import { catalogWithShelter } from '../../support/catalog';

const catalog = catalogWithShelter();
const context = (id: string) => ({
  pageUrl: `https://wegwijzer.example.org/organisatie/${id}/`,
  serviceTypeName: catalog.serviceType(catalog.organisation(id)!.data.type)!.data.name,
  municipalityName: (nis: string) => catalog.municipalityByNis(nis)?.data.name,
});
const ld = (id: string) => organisationJsonLd(catalog.organisation(id)!.data, context(id)) as Record<string, any>;

describe('organisationJsonLd', () => {
  it('a formal service is a GovernmentService provided by a GovernmentOrganization, with address, geo and hours', () => {
    const data = ld('testloket-testdorp');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Testloket Testdorp',
      url: 'https://wegwijzer.example.org/organisatie/testloket-testdorp/',
      serviceType: 'Testloket',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Testdorp' }],
    });
    expect(data.provider['@type']).toBe('GovernmentOrganization');
    expect(data.provider.location[0]).toEqual({
      '@type': 'Place',
      name: 'Testloket Testdorp',
      address: { '@type': 'PostalAddress', streetAddress: 'Teststraat 1', postalCode: '9990', addressLocality: 'Testdorp', addressCountry: 'BE' },
      geo: { '@type': 'GeoCoordinates', latitude: 51.01, longitude: 3.71 },
      openingHoursSpecification: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '09:00', closes: '12:00' },
      ],
    });
    expect(data.hoursAvailable).toHaveLength(1);
  });

  it('an informal initiative is an Organization serving its area, without invented coordinates', () => {
    const data = ld('testgroep-brussel');
    expect(data['@type']).toBe('Organization');
    expect(data.areaServed).toEqual([{ '@type': 'AdministrativeArea', name: 'Brussels Hoofdstedelijk Gewest' }]);
    const place = data.location[0];
    expect(place.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Testbrussel', addressCountry: 'BE' });
    expect(place.geo).toBeUndefined(); // only the municipality centre is known
    expect(data).not.toHaveProperty('openingHoursSpecification');
  });

  it('a confidential address gives only the municipality: no street, postcode or point', () => {
    const places = ld('geheime-opvang').location as Record<string, any>[];
    expect(places[0]!.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Testdorp', addressCountry: 'BE' });
    expect(places[0]!.geo).toBeUndefined();
    expect(JSON.stringify(places[0])).not.toContain('Geheimstraat');
    expect(places[1]!.address.streetAddress).toBe('Open straat 1');
  });

  it('serialises to JSON that parses back', () => {
    for (const o of catalog.organisations) expect(JSON.parse(JSON.stringify(ld(o.id)))['@context']).toBe('https://schema.org');
  });
});
