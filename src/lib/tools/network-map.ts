/**
 * The netwerkkaart (network map) of Vluchtelingenwerk Vlaanderen's inspiratiegids (source 004,
 * section "A. Netwerkkaart"): the family in the centre, the life domains around it, and per
 * domain who helps. Empty domains are the gaps: there a volunteer asks "wie kan hier helpen?".
 * The source's ten domains map onto the site's ten, so every gap can open the directory.
 */
import { bool, id as checkId, isRecord, list, newId, oneOf, Problems, text } from './check';
import { DOMAIN_IDS } from '../vocabulary';

export type DomainId = (typeof DOMAIN_IDS)[number];

export const CONTACT_KINDS = ['formal', 'informal'] as const;
export const CONTACT_QUALITIES = ['', 'good', 'could-be-better'] as const;
export type ContactQuality = (typeof CONTACT_QUALITIES)[number];

export const contactQualityLabel: Record<ContactQuality, string> = {
  '': 'Weet ik niet',
  good: 'Loopt goed',
  'could-be-better': 'Kan beter',
};

export const MAX_CONTACTS = 30;
export const NAME_MAX = 120;
export const NOTE_MAX = 2000;

export interface NetworkContact {
  id: string;
  /** A first name, initials or a role ("buurvrouw", "maatschappelijk werker OCMW"). */
  name: string;
  kind: (typeof CONTACT_KINDS)[number];
  quality: ContactQuality;
}

export interface NetworkDomain {
  contacts: NetworkContact[];
  /** What goes well, what goes less well. */
  note: string;
  /** "Bij welk levensdomein heb je nood aan extra hulp?" */
  extraHelp: boolean;
  /** The family has no question here: not a gap (the source says to skip such domains). */
  noNeed: boolean;
}

export interface NetworkMapData {
  /** First name or initials only: the page asks for no more. */
  family: string;
  /** Where the family lives, for "wie kan hier helpen?" links. */
  municipality: { slug: string; name: string } | null;
  domains: Record<DomainId, NetworkDomain>;
}

const emptyDomain = (): NetworkDomain => ({ contacts: [], note: '', extraHelp: false, noNeed: false });

export const emptyNetworkMap = (): NetworkMapData => ({
  family: '',
  municipality: null,
  domains: Object.fromEntries(DOMAIN_IDS.map((d) => [d, emptyDomain()])) as Record<DomainId, NetworkDomain>,
});

/** The question list of the source (004:1619-1634), in plain words, in its order. */
export const NETWORK_QUESTIONS = [
  'Waarover gaat dit domein voor jullie?',
  'Wat loopt hier goed? Wat loopt minder goed?',
  'Wie helpt je hierbij?',
  'Met wie loopt het contact goed? Met wie minder goed?',
  'Waarbij heb je extra hulp nodig?',
  'Zijn er mensen dicht bij jou? Wie?',
  'Met wie doe je dingen samen?',
  'Wie helpt je als je iets niet kan?',
  'Is er een groep waar je bij hoort?',
  'Is er iemand bij wie je terecht kan als het moeilijk is?',
] as const;

/** Example helpers per domain: the "Bv." actors of the source's diagram (004:1918-1959). */
export const DOMAIN_EXAMPLES: Record<DomainId, string> = {
  'geld-en-papieren': 'Bv. OCMW, administratie van de gemeente, CAW',
  // The source has no food domain; these kinds of help are the site's own domain page.
  'eten-en-spullen': 'Bv. sociale kruidenier, kringwinkel, buren',
  wonen: 'Bv. huurdersbond',
  gezondheid: 'Bv. huisdokter, Solentra',
  'zwanger-en-opvoeding': 'Bv. Kind & Gezin, CAW, i-mens',
  'school-en-opvang': 'Bv. leerlingenbegeleider, Kind & Gezin, CLB',
  'werk-en-opleiding': 'Bv. VDAB',
  'taal-en-verblijf': 'Bv. CBE, Agentschap Integratie en Inburgering',
  'vrije-tijd': 'Bv. PIN vzw, Tumult',
  'mensen-en-steun': 'Bv. familie, vrienden, buren, Els van de vrijwilligersgroep',
};

export type DomainState = 'helped' | 'gap' | 'no-need';

export function domainState(d: NetworkDomain): DomainState {
  if (d.contacts.length > 0) return 'helped';
  return d.noNeed ? 'no-need' : 'gap';
}

/** Domains that ask for a "wie kan hier helpen?" link: the gaps, and where extra help is needed. */
export const needsHelpLink = (d: NetworkDomain) => domainState(d) === 'gap' || (d.extraHelp && !d.noNeed);

/** Where "wie kan hier helpen?" leads: the municipality's directory for the domain when known. */
export function helpLinks(domain: DomainId, municipality: NetworkMapData['municipality']) {
  return {
    nearby: municipality ? `/gemeente/${municipality.slug}/${domain}/` : undefined,
    explorer: `/wie-doet-wat/${domain}/`,
  };
}

export function updateDomain(map: NetworkMapData, domain: DomainId, change: (d: NetworkDomain) => NetworkDomain): NetworkMapData {
  return { ...map, domains: { ...map.domains, [domain]: change(map.domains[domain]) } };
}

export function addContact(map: NetworkMapData, domain: DomainId, contact: Omit<NetworkContact, 'id'>): NetworkMapData {
  const name = contact.name.trim().slice(0, NAME_MAX);
  if (!name) return map;
  return updateDomain(map, domain, (d) =>
    d.contacts.length >= MAX_CONTACTS ? d : { ...d, noNeed: false, contacts: [...d.contacts, { ...contact, name, id: newId() }] },
  );
}

export const removeContact = (map: NetworkMapData, domain: DomainId, contactId: string) =>
  updateDomain(map, domain, (d) => ({ ...d, contacts: d.contacts.filter((c) => c.id !== contactId) }));

/** Every person or organisation on the map, once per domain, for the handelingsplan's "wie kan helpen?". */
export const allContacts = (map: NetworkMapData) =>
  DOMAIN_IDS.flatMap((domain) => map.domains[domain].contacts.map((contact) => ({ domain, contact })));

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const checkNetworkMap = (raw: unknown, problems: Problems): NetworkMapData => {
  const map = emptyNetworkMap();
  if (!isRecord(raw)) {
    problems.add(['netwerkkaart'], 'de gegevens van de kaart ontbreken.');
    return map;
  }
  map.family = text(raw.family, ['gezin'], problems, NAME_MAX);
  if (raw.municipality !== null && raw.municipality !== undefined) {
    const m = raw.municipality;
    if (isRecord(m) && typeof m.slug === 'string' && SLUG.test(m.slug) && typeof m.name === 'string' && m.name.length <= NAME_MAX) {
      map.municipality = { slug: m.slug, name: m.name };
    } else problems.add(['gemeente'], 'dit is geen gemeente die we kennen.');
  }
  if (!isRecord(raw.domains)) {
    problems.add(['domeinen'], 'de domeinen ontbreken.');
    return map;
  }
  for (const key of Object.keys(raw.domains)) {
    if (!(DOMAIN_IDS as readonly string[]).includes(key)) problems.add(['domeinen', key], 'dit domein kennen we niet.');
  }
  for (const domain of DOMAIN_IDS) {
    const d = raw.domains[domain];
    if (d === undefined) continue;
    const path = ['domeinen', domain];
    if (!isRecord(d)) {
      problems.add(path, 'dit is geen domein.');
      continue;
    }
    map.domains[domain] = {
      note: text(d.note, [...path, 'notitie'], problems, NOTE_MAX),
      extraHelp: bool(d.extraHelp, [...path, 'extra hulp'], problems),
      noNeed: bool(d.noNeed, [...path, 'geen vraag'], problems),
      contacts: list(d.contacts, [...path, 'wie helpt'], problems, MAX_CONTACTS, (c, p) => {
        if (!isRecord(c)) {
          problems.add(p, 'dit is geen persoon of organisatie.');
          return { id: '', name: '', kind: 'informal' as const, quality: '' as const };
        }
        const name = text(c.name, [...p, 'naam'], problems, NAME_MAX);
        if (!name.trim()) problems.add([...p, 'naam'], 'de naam is leeg.');
        return {
          id: checkId(c.id, [...p, 'code'], problems),
          name,
          kind: oneOf(c.kind, CONTACT_KINDS, [...p, 'formeel of informeel'], problems, 'informal'),
          quality: oneOf(c.quality ?? '', CONTACT_QUALITIES, [...p, 'contact'], problems, ''),
        };
      }),
    };
  }
  return map;
};

/**
 * Geometry of the drawing: `count` equal ring segments around a centre, the first one starting
 * at the top, clockwise. Each gives an SVG path and a point in its middle for the label.
 */
export function ringSegments(count: number, centre: number, inner: number, outer: number, gapDegrees = 1.5) {
  const point = (radius: number, degrees: number) => {
    const rad = ((degrees - 90) * Math.PI) / 180;
    return [centre + radius * Math.cos(rad), centre + radius * Math.sin(rad)].map((n) => Math.round(n * 10) / 10) as [number, number];
  };
  const step = 360 / count;
  return Array.from({ length: count }, (_, i) => {
    const from = i * step + gapDegrees / 2;
    const to = (i + 1) * step - gapDegrees / 2;
    const large = to - from > 180 ? 1 : 0;
    const [ox1, oy1] = point(outer, from);
    const [ox2, oy2] = point(outer, to);
    const [ix2, iy2] = point(inner, to);
    const [ix1, iy1] = point(inner, from);
    const path = `M${ox1} ${oy1}A${outer} ${outer} 0 ${large} 1 ${ox2} ${oy2}L${ix2} ${iy2}A${inner} ${inner} 0 ${large} 0 ${ix1} ${iy1}Z`;
    const [lx, ly] = point((inner + outer) / 2, (from + to) / 2);
    return { path, label: { x: lx, y: ly }, fromDegrees: from, toDegrees: to };
  });
}
