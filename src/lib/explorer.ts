/**
 * "Wie doet wat?": from one need (and optionally a municipality) to the doors to knock on.
 * Never a dead end: without anything nearby it offers the nearest places, and always the
 * generalist doors (OCMW, CAW) of the municipality.
 */
import type { Municipality, Organisation } from '../content.config';
import type { Catalog, Entry } from './catalog';

export const GENERALIST_TYPES = ['ocmw', 'caw'] as const;

/** Services that only help people of their own municipality: never suggest another town's. */
export const OWN_MUNICIPALITY_ONLY = ['ocmw', 'gemeentelijke-dienst', 'huis-van-het-kind'] as const;

/** An organisation as the explorer shows it: everything a result card needs, nothing more. */
export interface NearbyItem {
  id: string;
  name: string;
  type: string;
  typeName: string;
  formality: Organisation['formality'];
  domains: string[];
  flags: Organisation['flags'];
  summary: string;
  complements?: string;
  caution?: string;
  /** Street address, or '' when unknown or confidential. */
  address: string;
  /** Municipality names of its locations ('' for phone-only help). */
  place: string;
  phone?: string;
  access: Organisation['access'];
  languages: string[];
  incomplete: boolean;
  /** Regular weekly hours, for "open today" (computed in the browser, where today is known). */
  hours: NonNullable<Organisation['openingHours']>['regular'];
  /** Kilometres from the municipality centre to its nearest location (rounded; null without location). */
  distanceKm: number | null;
}

/** Everything the explorer needs to know about one municipality, built once per municipality. */
export interface MunicipalityDigest {
  nis: string;
  name: string;
  /** Organisations that serve people living here, nearest first. */
  serving: NearbyItem[];
  /** For service types nobody here offers: the closest organisations elsewhere. */
  nearestByType: Record<string, NearbyItem[]>;
}

export interface NeedNearby {
  nearby: NearbyItem[];
  alongside: NearbyItem[];
  nearest: NearbyItem[];
  generalists: NearbyItem[];
  /** Generalist types every municipality has, but we have no entry for here yet. */
  generalistsUnknown: string[];
}

function toItem(catalog: Catalog, o: Entry<Organisation>, distanceKm: number): NearbyItem {
  const d = o.data;
  const street = d.locations.find((l) => l.street && !l.confidential);
  const places = [...new Set(d.locations.map((l) => catalog.municipalityByNis(l.municipality)?.data.name).filter(Boolean))];
  return {
    id: o.id,
    name: d.name,
    type: d.type,
    typeName: catalog.serviceType(d.type)?.data.name ?? d.type,
    formality: d.formality,
    domains: [...d.domains],
    flags: [...d.flags],
    summary: d.summary,
    complements: d.complements,
    caution: d.caution,
    address: street ? `${street.street}, ${street.postcode ?? ''} ${catalog.municipalityByNis(street.municipality)?.data.name ?? ''}`.replace(/\s+/g, ' ').trim() : '',
    place: places.join(', '),
    phone: d.phones[0]?.number,
    access: [...d.access],
    languages: [...d.languages],
    incomplete: d.incomplete,
    hours: d.openingHours?.regular ?? [],
    distanceKm: Number.isFinite(distanceKm) ? Math.round(distanceKm * 10) / 10 : null,
  };
}

export function municipalityDigest(catalog: Catalog, municipality: Entry<Municipality>, nearestPerType = 3): MunicipalityDigest {
  const active = (o: Entry<Organisation>) => o.data.status !== 'inactive';
  const serving = catalog.organisationsFor(municipality, active).map((p) => toItem(catalog, p.organisation, p.distanceKm));
  const servedTypes = new Set(serving.map((s) => s.type));
  const nearestByType: Record<string, NearbyItem[]> = {};
  for (const type of catalog.serviceTypes) {
    if (servedTypes.has(type.id) || (OWN_MUNICIPALITY_ONLY as readonly string[]).includes(type.id)) continue;
    const closest = catalog
      .organisationsOfType(type.id)
      .filter((o) => active(o) && o.data.locations.length > 0)
      .map((o) => ({ o, km: catalog.distanceTo(o, municipality.data) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, nearestPerType)
      .map(({ o, km }) => toItem(catalog, o, km));
    if (closest.length) nearestByType[type.id] = closest;
  }
  return { nis: municipality.data.nis, name: municipality.data.name, serving, nearestByType };
}

/** The "in de buurt" part of an answer, from a municipality digest. */
export function nearbyForNeed(digest: MunicipalityDigest, need: { serviceTypes: readonly { type: string }[]; domain: string }, limits = { alongside: 6, nearest: 3 }): NeedNearby {
  const types = need.serviceTypes.map((s) => s.type);
  const nearby = digest.serving.filter((o) => types.includes(o.type));
  const shown = new Set(nearby.map((o) => o.id));
  const alongside = digest.serving.filter((o) => !shown.has(o.id) && o.formality !== 'formal' && o.domains.includes(need.domain)).slice(0, limits.alongside);
  for (const o of alongside) shown.add(o.id);
  const generalists = nearby.length >= 2 ? [] : digest.serving.filter((o) => !shown.has(o.id) && (GENERALIST_TYPES as readonly string[]).includes(o.type));
  // For each kind of help nobody here offers: the closest places elsewhere.
  const missingTypes = types.filter((t) => !nearby.some((o) => o.type === t));
  const nearest = missingTypes
    .flatMap((t) => digest.nearestByType[t] ?? [])
    .filter((o) => !shown.has(o.id))
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
    .slice(0, limits.nearest);
  const servedTypes = new Set([...nearby, ...generalists].map((o) => o.type));
  const generalistsUnknown = GENERALIST_TYPES.filter((t) => !servedTypes.has(t));
  return { nearby, alongside, nearest, generalists, generalistsUnknown };
}

/** Confusable services, compared side by side. */
export const COMPARISONS = [
  {
    slug: 'ocmw-caw-huis-van-het-kind-mutualiteit',
    title: 'OCMW, CAW, Huis van het Kind of ziekenfonds?',
    types: ['ocmw', 'caw', 'huis-van-het-kind', 'mutualiteit'],
  },
  {
    slug: 'kind-en-gezin-of-one',
    title: 'Kind en Gezin of ONE in Brussel?',
    types: ['consultatiebureau', 'one-consultatie'],
  },
  {
    slug: 'voedselbank-sociale-kruidenier-sociaal-restaurant',
    title: 'Voedselbank, sociale kruidenier of sociaal restaurant?',
    types: ['voedselbank', 'sociale-kruidenier', 'sociaal-restaurant'],
  },
] as const;
