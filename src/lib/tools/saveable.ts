/**
 * Everything "Mijn lijst" can show, for every organisation, kind of service and right, built at
 * build time into one file (/data/saveable.json). The browser loads it whole, so nobody can tell
 * from the requests which items a person saved. Texts are ready to show (Dutch, formatted).
 */
import type { Organisation } from '../../content.config';
import type { Catalog } from '../catalog';
import { accessLabel, formatDate, rightAccessLabel, weekdayLabel } from '../labels';
import { weekTable } from '../opening-hours';
import { WEEKDAYS } from '../vocabulary';
import type { SavedKind } from './my-list';

export interface SaveableItem {
  kind: SavedKind;
  /** The id a list keeps: an organisation's UUID, else the file name. */
  id: string;
  name: string;
  /** Page on this site. */
  href: string;
  /** Kind of service (organisations), or who decides (rights). */
  sub: string;
  summary: string;
  domains: string[];
  address: string[];
  phones: string[];
  hours: string[];
  access?: string;
  documents: string[];
  /** Where to go, for kinds of service and rights without an address of their own. */
  where?: string;
  incomplete?: boolean;
  checked: string;
}

export interface SaveableData {
  /** The site's address, for QR codes that must work from paper. */
  site: string;
  items: SaveableItem[];
}

const short = (day: (typeof WEEKDAYS)[number]) => weekdayLabel[day].slice(0, 2);

/** Weekly hours in a few lines: days with the same hours together, runs as "ma-vr". */
export function compactHours(hours: Organisation['openingHours']): string[] {
  if (!hours?.regular.length) return hours?.notes ? [hours.notes] : [];
  const groups = new Map<string, number[]>();
  weekTable(hours).forEach(({ blocks }, i) => {
    if (!blocks.length) return;
    const text = blocks.map((b) => `${b.opens}-${b.closes}${b.note ? ` (${b.note})` : ''}`).join(', ');
    groups.set(text, [...(groups.get(text) ?? []), i]);
  });
  const lines = [...groups].map(([text, days]) => {
    const runs: string[] = [];
    for (let i = 0; i < days.length; i++) {
      let j = i;
      while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
      const [a, b] = [WEEKDAYS[days[i]!]!, WEEKDAYS[days[j]!]!];
      runs.push(j - i >= 2 ? `${short(a)}-${short(b)}` : days.slice(i, j + 1).map((d) => short(WEEKDAYS[d]!)).join(', '));
      i = j;
    }
    return `${runs.join(', ')}: ${text}`;
  });
  return hours.notes ? [...lines, hours.notes] : lines;
}

export function saveableData(catalog: Catalog, site: string): SaveableData {
  const place = (nis: string) => catalog.municipalityByNis(nis)?.data.name ?? nis;
  const organisations = catalog.organisations.map((o): SaveableItem => {
    const d = o.data;
    const type = catalog.serviceType(d.type);
    return {
      kind: 'organisatie',
      id: d.id,
      name: d.name,
      href: `/organisatie/${o.id}/`,
      sub: type?.data.name ?? d.type,
      summary: d.summary,
      domains: [...d.domains],
      address: d.locations.map((l) =>
        l.confidential ? `Geheim adres: bel eerst (${place(l.municipality)})` : l.street ? `${l.street}, ${l.postcode ?? ''} ${place(l.municipality)}`.replace(/\s+/g, ' ') : `${place(l.municipality)} (adres niet bekend: bel eerst)`,
      ),
      phones: d.phones.map((p) => `${p.number}${p.label ? ` (${p.label})` : ''}`),
      hours: compactHours(d.openingHours),
      access: d.access.length ? `${d.access.map((a) => accessLabel[a]).join(', ')}.${d.accessNote ? ` ${d.accessNote}` : ''}` : d.accessNote,
      documents: d.documents.length ? [...d.documents] : [...(type?.data.documents ?? [])],
      where: d.locations.length ? undefined : 'Telefonisch of online: je hoeft nergens naartoe.',
      incomplete: d.incomplete || undefined,
      checked: formatDate(d.lastChecked),
    };
  });
  const serviceTypes = catalog.serviceTypes.map((s): SaveableItem => ({
    kind: 'dienst',
    id: s.id,
    name: s.data.name,
    href: `/dienst/${s.id}/`,
    sub: 'Soort dienst',
    summary: s.data.summary,
    domains: [...s.data.domains],
    address: [],
    phones: [],
    hours: [],
    access: `${s.data.access.map((a) => accessLabel[a]).join(', ')}.${s.data.accessNote ? ` ${s.data.accessNote}` : ''} Kost: ${s.data.cost}`,
    documents: [...s.data.documents],
    where: 'Zoek het adres in jouw gemeente op Wegwijzer.',
    checked: formatDate(s.data.lastChecked),
  }));
  const rights = catalog.rights.map((r): SaveableItem => {
    const offices = r.data.grantingServiceTypes.map((id) => catalog.serviceType(id)?.data.name).filter(Boolean);
    return {
      kind: 'recht',
      id: r.id,
      name: r.data.title,
      href: `/recht/${r.id}/`,
      sub: `Recht. Beslist: ${r.data.grantedBy}`,
      summary: r.data.summary,
      domains: [...r.data.domains],
      address: [],
      phones: [],
      hours: [],
      access: `${rightAccessLabel[r.data.access]}.${r.data.accessNote ? ` ${r.data.accessNote}` : ''}`,
      documents: [...r.data.documents],
      where: offices.length ? `Vraag het aan of vraag hulp bij: ${offices.join(', ')}.` : undefined,
      incomplete: r.data.incomplete || undefined,
      checked: formatDate(r.data.lastChecked),
    };
  });
  return { site, items: [...organisations, ...serviceTypes, ...rights] };
}
