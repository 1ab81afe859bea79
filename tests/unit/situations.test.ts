/** The example situations of the brief: each path through domain and need reaches the right help. */
import { describe, expect, it } from 'vitest';
import { catalogFrom, loadEntries } from '../support/catalog';

const catalog = catalogFrom(loadEntries().entries);
const municipality = (name: string) => catalog.municipalities.find((m) => m.data.name === name)!;
const need = (id: string) => {
  const n = catalog.need(id);
  if (!n) throw new Error(`need ${id} is missing`);
  return n;
};
const typesOf = (id: string) => need(id).data.serviceTypes.map((s) => s.type);
/** Organisations of the need's service types that serve the municipality. */
const nearby = (needId: string, place: string) => catalog.organisationsFor(municipality(place), (o) => typesOf(needId).includes(o.data.type)).map((f) => f.organisation);

describe('example situations', () => {
  it('1. a mother in Brussels without legal residence, with a newborn, finds medical care and a consultatiebureau', () => {
    const n = need('baby-zonder-papieren');
    expect(n.data.domain).toBe('zwanger-en-opvoeding');
    expect(typesOf(n.id)).toEqual(expect.arrayContaining(['medische-hulp-zonder-papieren']));
    expect(typesOf(n.id).some((t) => t === 'consultatiebureau' || t === 'one-consultatie')).toBe(true);
    expect(n.data.rights).toContain('dringende-medische-hulp');
    const types = new Set(nearby(n.id, 'Anderlecht').map((o) => o.data.type));
    expect(types.has('consultatiebureau') || types.has('one-consultatie')).toBe(true);
  });

  it('2. a volunteer in Hasselt finds a long-term "vriend aan huis": Domo Hasselt, and not in Gent', () => {
    expect(typesOf('iemand-die-ons-gezin-steunt')[0]).toBe('domo');
    expect(nearby('iemand-die-ons-gezin-steunt', 'Hasselt').map((o) => o.id)).toContain('domo-hasselt');
    expect(nearby('iemand-die-ons-gezin-steunt', 'Gent').map((o) => o.id)).not.toContain('domo-hasselt');
  });

  it('3. a family on leefloon finds support for a sports club and a school trip', () => {
    for (const id of ['kind-naar-sportclub', 'kind-niet-mee-op-schoolreis']) {
      expect(typesOf(id)).toContain('ocmw');
      expect(need(id).data.rights).toContain('ocmw-participatie');
    }
    expect(need('kind-naar-sportclub').data.rights).toContain('uitpas-kansentarief');
    expect(nearby('kind-niet-mee-op-schoolreis', 'Gent').some((o) => o.data.type === 'ocmw')).toBe(true);
  });

  it('4. a homeless family in Brussels tonight sees the crisis numbers, night shelter and the CAW', () => {
    const n = need('vannacht-geen-slaapplaats');
    expect(n.data.urgent).toBe(true);
    expect(typesOf(n.id)).toEqual(expect.arrayContaining(['nachtopvang', 'caw']));
    const types = new Set(nearby(n.id, 'Sint-Jans-Molenbeek').map((o) => o.data.type));
    expect(types.has('nachtopvang')).toBe(true);
    expect(types.has('caw')).toBe(true);
  });

  it('5. a recognised refugee learns Dutch first, then gets help from VDAB', () => {
    const n = need('vluchteling-eerst-nederlands-dan-werk');
    expect(typesOf(n.id)).toEqual(['huis-van-het-nederlands', 'integratie-inburgering', 'vdab']);
    expect(n.data.rights).toContain('inburgeringstraject');
  });

  it('6. a hulpverlener in Gent finds informal initiatives in her municipality, by domain', () => {
    const informal = catalog.organisationsFor(municipality('Gent'), (o) => o.data.formality !== 'formal');
    expect(informal.length).toBeGreaterThan(0);
    const domains = new Set(informal.flatMap((f) => f.organisation.data.domains));
    expect(domains.size).toBeGreaterThan(1);
  });

  it('7. a family with a low income learns which rights it may miss and where to ask', () => {
    const n = need('welke-rechten-heb-ik');
    expect(typesOf(n.id)).toEqual(expect.arrayContaining(['ocmw']));
    expect(n.data.rights.length).toBeGreaterThanOrEqual(3);
    expect(n.data.rights.map((id) => catalog.right(id)!.data.documents.length).some((count) => count > 0)).toBe(true);
  });

  it('8. a volunteer mapping who already helps a family is pointed to network-building help', () => {
    const n = need('wie-helpt-ons-gezin-al');
    expect(n.data.domain).toBe('mensen-en-steun');
    expect(typesOf(n.id).some((t) => ['welzijnsschakel', 'buddywerking', 'caw'].includes(t))).toBe(true);
  });
});
