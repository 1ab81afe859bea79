/**
 * Catalog → HSDS 3.0. One Wegwijzer organisation entry is one HSDS `service` (with the entry's own
 * UUID) delivered by one `organization`; every other id is a UUID v5 derived from the entry's UUID,
 * so ids stay the same from build to build. Confidential addresses never leave this module: such a
 * location keeps only its municipality.
 */
import type { Organisation } from '../../content.config';
import type { Catalog, Entry } from '../catalog';
import { languageLabel, provinceLabel, regionLabel } from '../labels';
import type {
  HsdsAttribute,
  HsdsDataset,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
} from './hsds';
import { HSDS_VERSION } from './hsds';
import { DATASET_TITLE, isoDate, LICENCE, newestDate, PUBLISHER } from './licence';
import { normalisePhone } from './phone';
import { buildTaxonomies, TAXONOMIES, type TaxonomyKind } from './taxonomy';
import { uuidV5 } from './uuid';

export type OrganisationEntry = Entry<Organisation> & { body?: string };

/** Wegwijzer weekday ids → iCal BYDAY codes. */
export const ICAL_DAYS = { ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU' } as const;

export const STATUS_TO_HSDS = { active: 'active', 'temporarily-closed': 'temporarily closed', inactive: 'inactive' } as const;

export const organizationIdOf = (entryId: string) => uuidV5('organization', entryId);

/** The HSDS service description: the one-sentence summary, then the page text. */
export const serviceDescription = (summary: string, body = '') => (body.trim() ? `${summary}\n\n${body.trim()}` : summary);

const pageUrl = (slug: string, siteUrl: string) => new URL(`/organisatie/${slug}/`, siteUrl).href;
const omitEmpty = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;

export function buildHsds(catalog: Catalog, siteUrl: string): HsdsDataset {
  const taxonomy = buildTaxonomies(catalog, siteUrl);
  const municipality = (nis: string) => catalog.municipalityByNis(nis)?.data;

  function locationOf(entry: OrganisationEntry, location: Organisation['locations'][number], index: number): HsdsLocation {
    const id = uuidV5(`location/${index}`, entry.data.id);
    const place = municipality(location.municipality);
    const base: HsdsLocation = { id, location_type: 'physical', organization_id: organizationIdOf(entry.data.id), x_nis: location.municipality };
    if (location.confidential) return { ...base, x_confidential: true, x_approximate: true };
    const exact = !location.approximate && location.latitude !== undefined && location.longitude !== undefined;
    return omitEmpty({
      ...base,
      name: location.name,
      transportation: location.transport,
      latitude: exact ? location.latitude : undefined,
      longitude: exact ? location.longitude : undefined,
      x_approximate: !exact,
      addresses:
        location.street && location.postcode && place
          ? [
              {
                id: uuidV5(`address/${index}`, entry.data.id),
                location_id: id,
                address_1: location.street,
                city: place.name,
                state_province: provinceLabel[place.province],
                region: regionLabel[place.region],
                postal_code: location.postcode,
                country: 'BE',
                address_type: 'physical' as const,
              },
            ]
          : undefined,
      accessibility: location.accessibility.map((description, i) => ({ id: uuidV5(`accessibility/${index}/${i}`, entry.data.id), location_id: id, description })),
    });
  }

  function attributesOf(entry: OrganisationEntry, serviceId: string): HsdsAttribute[] {
    const d = entry.data;
    const pairs: [TaxonomyKind, string][] = [
      ...d.domains.map((c) => ['domain', c] as [TaxonomyKind, string]),
      ...d.targetGroups.map((c) => ['targetGroup', c] as [TaxonomyKind, string]),
      ['serviceType', d.type],
      ['formality', d.formality],
      ...d.flags.map((c) => ['flag', c] as [TaxonomyKind, string]),
      ...d.access.map((c) => ['access', c] as [TaxonomyKind, string]),
    ];
    return pairs.flatMap(([kind, code]) => {
      const term = taxonomy.term(kind, code);
      if (!term) return [];
      return [{ id: uuidV5(`attribute/${kind}/${code}`, entry.data.id), link_id: serviceId, link_type: TAXONOMIES[kind].linkType, link_entity: 'service', taxonomy_term_id: term.id, taxonomy_term: term }];
    });
  }

  function serviceAreasOf(entry: OrganisationEntry, serviceId: string): HsdsServiceArea[] {
    const area = entry.data.serviceArea;
    if (!area) return [];
    const make = (type: string, code: string, name: string): HsdsServiceArea => ({
      id: uuidV5(`service-area/${type}/${code}`, entry.data.id),
      service_id: serviceId,
      name,
      x_area_type: type,
      x_area_code: code,
    });
    return [
      ...area.regions.map((r) => make('region', r, regionLabel[r])),
      ...area.provinces.map((p) => make('province', p, provinceLabel[p])),
      ...area.municipalities.map((nis) => make('municipality', nis, municipality(nis)?.name ?? nis)),
    ];
  }

  function schedulesOf(entry: OrganisationEntry, serviceId: string): HsdsSchedule[] {
    return (entry.data.openingHours?.regular ?? []).map((block, i) =>
      omitEmpty({
        id: uuidV5(`schedule/${i}`, entry.data.id),
        service_id: serviceId,
        freq: 'WEEKLY' as const,
        byday: block.days.map((day) => ICAL_DAYS[day]).join(','),
        opens_at: block.opens,
        closes_at: block.closes,
        description: block.note,
        x_timezone: 'Europe/Brussels',
      }),
    );
  }

  function serviceOf(entry: OrganisationEntry): HsdsService {
    const d = entry.data;
    const id = d.id;
    const hours = d.openingHours;
    return omitEmpty({
      id,
      organization_id: organizationIdOf(id),
      name: d.name,
      alternate_name: d.alternateNames.join('; '),
      description: serviceDescription(d.summary, entry.body),
      url: d.website,
      email: d.email,
      status: STATUS_TO_HSDS[d.status],
      application_process: d.accessNote,
      fees_description: d.cost,
      assured_date: isoDate(d.lastChecked),
      service_at_locations: d.locations.map((location, i) => {
        const loc = locationOf(entry, location, i);
        return { id: uuidV5(`service-at-location/${i}`, id), service_id: id, location_id: loc.id, location: loc };
      }),
      phones: d.phones.map((phone, i) => {
        const normal = normalisePhone(phone.number);
        return omitEmpty({ id: uuidV5(`phone/${i}`, id), service_id: id, number: normal.ok ? normal.international : phone.number, type: 'voice', description: phone.label });
      }),
      schedules: schedulesOf(entry, id),
      languages: d.languages.map((code) => ({ id: uuidV5(`language/${code}`, id), service_id: id, code, name: languageLabel[code] ?? code })),
      service_areas: serviceAreasOf(entry, id),
      required_documents: d.documents.map((document, i) => ({ id: uuidV5(`document/${i}`, id), service_id: id, document })),
      attributes: attributesOf(entry, id),
      x_slug: entry.id,
      x_page: pageUrl(entry.id, siteUrl),
      x_alternate_names: d.alternateNames,
      x_translations: Object.keys(d.translations).length > 0 ? d.translations : undefined,
      x_complements: d.complements,
      x_caution: d.caution,
      x_rights: d.rights,
      x_incomplete: d.incomplete,
      x_sources: d.sources.map((s) => omitEmpty({ title: s.title, url: s.url, ref: s.ref })),
      x_opening_hours_notes: hours?.notes,
      x_opening_hours_exceptions: hours?.exceptions.map((e) => omitEmpty({ from: isoDate(e.from), until: e.until && isoDate(e.until), closed: e.closed, note: e.note })),
    } as HsdsService);
  }

  const organisations = catalog.organisations as OrganisationEntry[];
  const organizations: HsdsOrganization[] = organisations.map((o) =>
    omitEmpty({ id: organizationIdOf(o.data.id), name: o.data.name, alternate_name: o.data.alternateNames.join('; '), description: o.data.summary, email: o.data.email, website: o.data.website }),
  );
  return {
    hsds_version: HSDS_VERSION,
    title: DATASET_TITLE,
    description: 'Diensten en initiatieven voor gezinnen in armoede in Vlaanderen en Brussel, formeel en informeel, in het Open Referral-formaat HSDS 3.0.',
    publisher: PUBLISHER,
    homepage: new URL('/open-data/', siteUrl).href,
    license: { ...LICENCE },
    last_checked: newestDate(organisations.map((o) => o.data.lastChecked)),
    organizations,
    services: organisations.map(serviceOf),
    taxonomies: taxonomy.taxonomies,
    taxonomy_terms: taxonomy.terms,
  };
}
