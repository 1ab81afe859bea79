/**
 * Every content query of the site, derived once from the loaded collections.
 * Pure: `src/lib/content.ts` feeds it Astro's collections; tests feed it the files on disk.
 */
import type { Domain, DomainId, Municipality, Need, Organisation, Right, ServiceType } from '../content.config';
import { distanceKm, locationPoint, servesMunicipality, type Point } from './geo';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface CatalogInput {
  domains: Entry<Domain>[];
  needs: Entry<Need>[];
  serviceTypes: Entry<ServiceType>[];
  organisations: Entry<Organisation>[];
  rights: Entry<Right>[];
  municipalities: Entry<Municipality>[];
}

export type Catalog = ReturnType<typeof createCatalog>;

const byName = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

function indexBy<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Builds every index once. A municipality's slug (for URLs) is its file name, e.g. `sint-jans-molenbeek`. */
export function createCatalog(input: CatalogInput) {
  const domains = [...input.domains].sort((a, b) => a.data.order - b.data.order);
  const organisations = [...input.organisations].sort((a, b) => byName.compare(a.data.name, b.data.name));
  const municipalities = [...input.municipalities].sort((a, b) => byName.compare(a.data.name, b.data.name));
  const serviceTypes = [...input.serviceTypes].sort((a, b) => byName.compare(a.data.name, b.data.name));
  const rights = [...input.rights].sort((a, b) => byName.compare(a.data.title, b.data.title));
  const needs = [...input.needs].sort((a, b) => Number(b.data.urgent) - Number(a.data.urgent) || byName.compare(a.data.question, b.data.question));

  const domainById = indexBy(domains, (d) => d.id);
  const serviceTypeById = indexBy(serviceTypes, (s) => s.id);
  const rightById = indexBy(rights, (r) => r.id);
  const needById = indexBy(needs, (n) => n.id);
  const organisationById = indexBy(organisations, (o) => o.id);
  const municipalityByNis = indexBy(municipalities, (m) => m.data.nis);
  const municipalityBySlug = indexBy(municipalities, (m) => m.id);
  const municipalitiesByPostcode = groupBy(municipalities, (m) => m.data.postcodes);

  const needsByDomain = groupBy(needs, (n) => [n.data.domain]);
  const needsByRight = groupBy(needs, (n) => n.data.rights);
  const needsByServiceType = groupBy(needs, (n) => n.data.serviceTypes.map((s) => s.type));
  const organisationsByType = groupBy(organisations, (o) => [o.data.type]);
  const organisationsByDomain = groupBy(organisations, (o) => o.data.domains);
  const serviceTypesByDomain = groupBy(serviceTypes, (s) => s.data.domains);
  const rightsByDomain = groupBy(rights, (r) => r.data.domains);

  const centre = (nis: string): Point | undefined => municipalityByNis.get(nis)?.data;
  const locatedIn = groupBy(organisations, (o) => o.data.locations.map((l) => l.municipality));

  // A municipality's list is asked for by its page, its ten domain pages and their translations:
  // sort it once. At 30,000 organisations this saves tens of thousands of full scans per build.
  const servingByMunicipality = new Map<string, { organisation: Entry<Organisation>; distanceKm: number }[]>();

  /** Organisations that serve this municipality, nearest first (by their nearest location). */
  function organisationsFor(m: Entry<Municipality>, filter: (o: Entry<Organisation>) => boolean = () => true) {
    let serving = servingByMunicipality.get(m.data.nis);
    if (!serving) {
      serving = organisations
        .filter((o) => servesMunicipality(o.data, m.data))
        .map((o) => ({ organisation: o, distanceKm: distanceTo(o, m.data) }))
        .sort((a, b) => a.distanceKm - b.distanceKm || byName.compare(a.organisation.data.name, b.organisation.data.name));
      servingByMunicipality.set(m.data.nis, serving);
    }
    return serving.filter((found) => filter(found.organisation));
  }

  function distanceTo(o: Entry<Organisation>, from: Point): number {
    const distances = o.data.locations
      .map((l) => locationPoint(l, centre))
      .filter((p): p is NonNullable<typeof p> => p !== undefined)
      .map((p) => distanceKm(from, p));
    return distances.length ? Math.min(...distances) : Number.POSITIVE_INFINITY;
  }

  return {
    domains,
    needs,
    serviceTypes,
    organisations,
    rights,
    municipalities,
    domain: (id: string) => domainById.get(id),
    need: (id: string) => needById.get(id),
    serviceType: (id: string) => serviceTypeById.get(id),
    right: (id: string) => rightById.get(id),
    organisation: (id: string) => organisationById.get(id),
    municipalityByNis: (nis: string) => municipalityByNis.get(nis),
    municipalityBySlug: (slug: string) => municipalityBySlug.get(slug),
    municipalitiesForPostcode: (postcode: string) => municipalitiesByPostcode.get(postcode) ?? [],
    needsForDomain: (domain: DomainId | string) => needsByDomain.get(domain) ?? [],
    needsForRight: (right: string) => needsByRight.get(right) ?? [],
    needsForServiceType: (type: string) => needsByServiceType.get(type) ?? [],
    organisationsOfType: (type: string) => organisationsByType.get(type) ?? [],
    organisationsForDomain: (domain: string) => organisationsByDomain.get(domain) ?? [],
    serviceTypesForDomain: (domain: string) => serviceTypesByDomain.get(domain) ?? [],
    rightsForDomain: (domain: string) => rightsByDomain.get(domain) ?? [],
    organisationsFor,
    /** Organisations with a location in this municipality (by NIS code). */
    organisationsLocatedIn: (nis: string) => locatedIn.get(nis) ?? [],
    distanceTo,
    /** Map point of a location (municipality centre when approximate). */
    pointOf: (location: Organisation['locations'][number]) => locationPoint(location, centre),
  };
}
