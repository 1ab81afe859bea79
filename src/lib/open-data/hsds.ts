/**
 * The HSDS 3.0 objects Wegwijzer publishes (Open Referral, schema/*.json). Only the fields we
 * fill are typed; HSDS allows extra properties, and ours start with `x_` (docs/hsds/conformance.md).
 */

export const HSDS_VERSION = '3.0';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  code?: string;
  taxonomy?: string;
  taxonomy_id?: string;
  language?: string;
  term_uri?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  taxonomy_term_id?: string;
  value?: string;
  label?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  number: string;
  type?: string;
  description?: string;
  service_id?: string;
  location_id?: string;
  organization_id?: string;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  location_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  valid_from?: string;
  valid_to?: string;
  description?: string;
  notes?: string;
  /** Opening times are local Belgian time; HSDS `timezone` is a fixed UTC offset, which Belgium's
   * summer time breaks, so we name the zone instead. */
  x_timezone?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  name?: string;
  code?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  description?: string;
  /** `region`, `province` or `municipality`. */
  x_area_type?: string;
  /** Our id of the area: region or province id, or the municipality's NIS code. */
  x_area_code?: string;
}

export interface HsdsAddress {
  id: string;
  location_id?: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
  region?: string;
}

export interface HsdsAccessibility {
  id: string;
  location_id?: string;
  description?: string;
  details?: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  organization_id?: string;
  name?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
  /** NIS code of the municipality: kept even when the address is unknown or confidential. */
  x_nis?: string;
  /** True when the address is confidential (shelters): no address or point is published. */
  x_confidential?: boolean;
  /** True when no exact point is known (the map then uses the municipality centre). */
  x_approximate?: boolean;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: HsdsLocation;
}

export interface HsdsRequiredDocument {
  id: string;
  service_id?: string;
  document?: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  alternate_name?: string;
  email?: string;
  website?: string;
}

export interface HsdsSource {
  title: string;
  url?: string;
  ref?: string;
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  application_process?: string;
  fees_description?: string;
  assured_date?: string;
  organization?: HsdsOrganization;
  service_at_locations?: HsdsServiceAtLocation[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  languages?: HsdsLanguage[];
  service_areas?: HsdsServiceArea[];
  required_documents?: HsdsRequiredDocument[];
  attributes?: HsdsAttribute[];
  // Wegwijzer fields without an HSDS term.
  x_slug?: string;
  x_page?: string;
  x_alternate_names?: string[];
  /** Texts in French, English and Arabic, as in the entry's `translations`. */
  x_translations?: Record<string, Record<string, unknown>>;
  x_complements?: string;
  x_caution?: string;
  x_rights?: string[];
  x_incomplete?: boolean;
  x_sources?: HsdsSource[];
  x_opening_hours_notes?: string;
  x_opening_hours_exceptions?: { from: string; until?: string; closed: boolean; note?: string }[];
}

/** The file /open-data/hsds.json: every service in full, plus the organisations and taxonomies. */
export interface HsdsDataset {
  hsds_version: string;
  title: string;
  description: string;
  publisher: string;
  homepage: string;
  license: { name: string; title: string; path: string; attribution: string };
  last_checked: string;
  organizations: HsdsOrganization[];
  services: HsdsService[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
}
