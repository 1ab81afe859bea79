import { describe, expect, it } from 'vitest';
import { Problems } from '../../../src/lib/tools/check';
import { addContact, allContacts, checkNetworkMap, domainState, emptyNetworkMap, helpLinks, needsHelpLink, removeContact, ringSegments, updateDomain } from '../../../src/lib/tools/network-map';
import { DOMAIN_IDS } from '../../../src/lib/vocabulary';

describe('netwerkkaart', () => {
  it('starts with every domain as a gap', () => {
    const map = emptyNetworkMap();
    expect(Object.keys(map.domains)).toEqual([...DOMAIN_IDS]);
    expect(DOMAIN_IDS.every((d) => domainState(map.domains[d]) === 'gap')).toBe(true);
  });

  it('a helper fills a gap; "geen vraag" is no gap; extra help still asks for a link', () => {
    let map = addContact(emptyNetworkMap(), 'wonen', { name: '  Buurvrouw Ria ', kind: 'informal', quality: 'good' });
    expect(map.domains.wonen.contacts.map((c) => c.name)).toEqual(['Buurvrouw Ria']);
    expect(domainState(map.domains.wonen)).toBe('helped');
    expect(needsHelpLink(map.domains.wonen)).toBe(false);
    map = updateDomain(map, 'wonen', (d) => ({ ...d, extraHelp: true }));
    expect(needsHelpLink(map.domains.wonen)).toBe(true);
    map = updateDomain(map, 'vrije-tijd', (d) => ({ ...d, noNeed: true }));
    expect(domainState(map.domains['vrije-tijd'])).toBe('no-need');
    expect(needsHelpLink(map.domains['vrije-tijd'])).toBe(false);
  });

  it('ignores an empty name, and removes one contact by id', () => {
    const map = emptyNetworkMap();
    expect(addContact(map, 'wonen', { name: '   ', kind: 'formal', quality: '' })).toBe(map);
    let two = addContact(map, 'gezondheid', { name: 'Huisdokter', kind: 'formal', quality: '' });
    two = addContact(two, 'gezondheid', { name: 'Solentra', kind: 'formal', quality: 'could-be-better' });
    const [first] = two.domains.gezondheid.contacts;
    expect(removeContact(two, 'gezondheid', first!.id).domains.gezondheid.contacts.map((c) => c.name)).toEqual(['Solentra']);
    expect(allContacts(two).map((c) => [c.domain, c.contact.name])).toEqual([['gezondheid', 'Huisdokter'], ['gezondheid', 'Solentra']]);
  });

  it('links a gap to the municipality directory for that domain when the municipality is known', () => {
    expect(helpLinks('wonen', { slug: 'sint-jans-molenbeek', name: 'Sint-Jans-Molenbeek' })).toEqual({
      nearby: '/gemeente/sint-jans-molenbeek/wonen/',
      explorer: '/wie-doet-wat/wonen/',
    });
    expect(helpLinks('vrije-tijd', null)).toEqual({ nearby: undefined, explorer: '/wie-doet-wat/vrije-tijd/' });
  });

  it('reads back what it wrote and reports bad fields with their place', () => {
    const problems = new Problems();
    const map = checkNetworkMap(
      {
        family: 'R.',
        municipality: { slug: 'Gent!', name: 'Gent' },
        domains: {
          wonen: { contacts: [{ id: 'a1', name: '', kind: 'formeel', quality: 'super' }], extraHelp: 'ja' },
          maan: {},
        },
      },
      problems,
    );
    expect(problems.list).toEqual([
      'Bij "gemeente": dit is geen gemeente die we kennen.',
      'Bij "domeinen › maan": dit domein kennen we niet.',
      'Bij "domeinen › wonen › extra hulp": dit moet true of false zijn.',
      'Bij "domeinen › wonen › wie helpt › 1 › naam": de naam is leeg.',
      'Bij "domeinen › wonen › wie helpt › 1 › formeel of informeel": "formeel" kennen we niet. Kies uit: formal, informal.',
      'Bij "domeinen › wonen › wie helpt › 1 › contact": "super" kennen we niet. Kies uit: (leeg), good, could-be-better.',
    ]);
    expect(map.family).toBe('R.');
  });
});

describe('ringSegments', () => {
  it('draws equal segments clockwise from the top, labels inside the ring', () => {
    const segments = ringSegments(10, 320, 112, 306);
    expect(segments).toHaveLength(10);
    segments.forEach((s, i) => {
      expect(s.fromDegrees).toBeCloseTo(i * 36 + 0.75);
      expect(s.toDegrees).toBeCloseTo((i + 1) * 36 - 0.75);
      const r = Math.hypot(s.label.x - 320, s.label.y - 320);
      expect(r).toBeGreaterThan(112);
      expect(r).toBeLessThan(306);
      expect(s.path).toMatch(/^M[\d.]+ [\d.]+A306 306 0 0 1 .*A112 112 0 0 0 .*Z$/);
    });
    // The first segment sits right of the top, the sixth left of the bottom.
    expect(segments[0]!.label.x).toBeGreaterThan(320);
    expect(segments[0]!.label.y).toBeLessThan(320);
    expect(segments[5]!.label.x).toBeLessThan(320);
    expect(segments[5]!.label.y).toBeGreaterThan(320);
  });
});
