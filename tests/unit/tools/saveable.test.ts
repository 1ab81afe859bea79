import { describe, expect, it } from 'vitest';
import { compactHours, saveableData } from '../../../src/lib/tools/saveable';
import { catalogWithShelter, realCatalog } from '../../support/catalog';

describe('compactHours', () => {
  it('groups days with the same hours and writes runs as ma-vr', () => {
    const hours = {
      regular: [
        { days: ['ma', 'di', 'wo', 'do', 'vr'] as const, opens: '09:00', closes: '12:00' },
        { days: ['di', 'do'] as const, opens: '13:00', closes: '16:00', note: 'zonder afspraak' },
      ],
      exceptions: [],
      notes: 'Gesloten in juli.',
    };
    expect(compactHours({ ...hours, regular: hours.regular.map((b) => ({ ...b, days: [...b.days] })) })).toEqual([
      'ma, wo, vr: 09:00-12:00',
      'di, do: 09:00-12:00, 13:00-16:00 (zonder afspraak)',
      'Gesloten in juli.',
    ]);
    expect(compactHours({ regular: [{ days: ['ma', 'di', 'wo'], opens: '09:00', closes: '17:00' }], exceptions: [] })).toEqual(['ma-wo: 09:00-17:00']);
    expect(compactHours(undefined)).toEqual([]);
  });
});

describe('saveableData', () => {
  const catalog = realCatalog();
  const data = saveableData(catalog, 'https://wegwijzer.example.org');

  it('holds every organisation (by UUID), kind of service and right, each once', () => {
    expect(data.items).toHaveLength(catalog.organisations.length + catalog.serviceTypes.length + catalog.rights.length);
    const keys = data.items.map((i) => `${i.kind}:${i.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const domo = catalog.organisation('domo-hasselt')!;
    expect(data.items.find((i) => i.id === domo.data.id)).toMatchObject({ kind: 'organisatie', name: domo.data.name, href: '/organisatie/domo-hasselt/' });
    expect(data.items.find((i) => i.kind === 'dienst' && i.id === 'ocmw')?.href).toBe('/dienst/ocmw/');
  });

  it('falls back to the service type\'s documents when an organisation lists none', () => {
    const org = catalog.organisations.find((o) => o.data.documents.length === 0 && (catalog.serviceType(o.data.type)?.data.documents.length ?? 0) > 0)!;
    expect(data.items.find((i) => i.id === org.data.id)!.documents).toEqual(catalog.serviceType(org.data.type)!.data.documents);
  });

  it('never carries a confidential address', () => {
    const withShelter = catalogWithShelter();
    const shelter = saveableData(withShelter, '').items.find((i) => i.name === 'Geheime opvang')!;
    expect(JSON.stringify(shelter)).not.toContain('Geheimstraat');
    expect(shelter.address).toContain('Open straat 1, 9990 Testdorp');
  });
});
