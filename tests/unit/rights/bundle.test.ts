/** What the rechtenverkenner page embeds: enough to answer everything without asking the server. */
import { describe, expect, it } from 'vitest';
import { realRightsData } from '../../support/rights';

const { data, catalog } = realRightsData();

describe('embedded explorer data', () => {
  it('knows the nearest places that grant each right, per municipality', () => {
    const gent = data.officesNear['44021']!;
    const ocmw = gent.ocmw!.map(([i]) => data.offices[i]!);
    expect(ocmw.map((o) => o.name)).toContain('OCMW Gent');
    for (const [, km] of gent.ocmw!) expect(km === null || km < 20).toBe(true);
    expect(Object.keys(data.officesNear)).toHaveLength(catalog.municipalities.length);
  });

  it('never suggests another town\'s OCMW', () => {
    for (const [nis, byType] of Object.entries(data.officesNear)) {
      const m = catalog.municipalityByNis(nis)!;
      for (const [i] of byType.ocmw ?? []) {
        const org = catalog.organisation(data.offices[i]!.id)!;
        expect(org.data.locations.some((l) => l.municipality === nis) || org.data.serviceArea?.municipalities.includes(nis) || org.data.serviceArea?.regions.includes(m.data.region)).toBe(true);
      }
    }
  });

  it('hides confidential addresses', () => {
    const confidential = catalog.organisations.filter((o) => o.data.locations.some((l) => l.confidential && l.street));
    for (const o of confidential) {
      const office = data.offices.find((x) => x.id === o.id);
      for (const l of o.data.locations.filter((x) => x.confidential && x.street)) expect(office?.address ?? '').not.toContain(l.street!);
    }
  });

  it('carries every municipality with its region, for the region rules', () => {
    expect(data.municipalities['21001']).toMatchObject({ name: 'Anderlecht', region: 'brussel' });
    expect(data.municipalities['44021']?.postcodes).toContain('9000');
  });

  it('stays small enough for a phone', () => {
    expect(JSON.stringify(data).length).toBeLessThan(400_000);
  });
});
