/**
 * HSDS tabular packages (a folder of CSV files, usually with datapackage.json) in version 3.0 and
 * the older 1.1 and 2.0 layouts, assembled into nested services like HSDS 3.0 JSON:
 * - 3.0: service_at_location.csv, addresses.csv, schedules.csv, attributes.csv + taxonomy_terms.csv;
 * - 2.0: services_at_location.csv, physical_addresses.csv, service_attributes.csv, taxonomy_terms.csv ("term");
 * - 1.1: regular_schedules.csv (weekday 1 = Monday), services_taxonomy.csv + taxonomy.csv.
 * Missing tables are fine (their data is just absent), except services.csv.
 */
import { CsvSyntaxError, parseCsv } from '../csv';
import { cleanLine } from './clean';
import { issueAt, originOf, withOrigin, type ImportIssue, type Origin } from './issues';

type Rec = Record<string, unknown>;

/** Table → the file names publishers use for it, first the HSDS 3.0 one. */
const TABLE_FILES = {
  organizations: ['organizations.csv', 'organization.csv'],
  services: ['services.csv', 'service.csv'],
  locations: ['locations.csv', 'location.csv'],
  serviceAtLocation: ['service_at_location.csv', 'services_at_location.csv', 'service_at_locations.csv', 'services_at_locations.csv'],
  addresses: ['addresses.csv', 'address.csv', 'physical_addresses.csv', 'postal_addresses.csv'],
  phones: ['phones.csv', 'phone.csv'],
  schedules: ['schedules.csv', 'schedule.csv', 'regular_schedules.csv'],
  languages: ['languages.csv', 'language.csv'],
  serviceAreas: ['service_areas.csv', 'service_area.csv'],
  requiredDocuments: ['required_documents.csv', 'required_document.csv'],
  accessibility: ['accessibility.csv', 'accessibility_for_disabilities.csv'],
  attributes: ['attributes.csv', 'attribute.csv', 'service_attributes.csv', 'services_taxonomy.csv'],
  taxonomyTerms: ['taxonomy_terms.csv', 'taxonomy_term.csv', 'taxonomy.csv'],
  taxonomies: ['taxonomies.csv'],
} as const;

type Table = keyof typeof TABLE_FILES;

/** Tables we know but have no place for in Wegwijzer: named once so nobody wonders. */
const NOT_READ = ['holiday_schedules.csv', 'funding.csv', 'payments_accepted.csv', 'eligibility.csv', 'contacts.csv', 'programs.csv', 'metadata.csv', 'meta_table_descriptions.csv', 'cost_options.csv', 'organization_identifiers.csv', 'other_attributes.csv'];

const ISO_DAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES: Record<string, string> = {
  monday: 'MO', mon: 'MO', maandag: 'MO', ma: 'MO', tuesday: 'TU', tue: 'TU', dinsdag: 'TU', di: 'TU', wednesday: 'WE', wed: 'WE', woensdag: 'WE', wo: 'WE',
  thursday: 'TH', thu: 'TH', donderdag: 'TH', do: 'TH', friday: 'FR', fri: 'FR', vrijdag: 'FR', vr: 'FR', saturday: 'SA', sat: 'SA', zaterdag: 'SA', za: 'SA',
  sunday: 'SU', sun: 'SU', zondag: 'SU', zo: 'SU',
};

/** Wegwijzer's own x_ columns that hold JSON. */
const JSON_COLUMNS = ['x_alternate_names', 'x_translations', 'x_rights', 'x_sources', 'x_opening_hours_exceptions'];

export interface TabularResult {
  services: Rec[];
  issues: ImportIssue[];
  format: string;
}

export function readTabular(files: Map<string, string>, folder: string): TabularResult {
  const issues: ImportIssue[] = [];
  const names = new Map([...files.keys()].map((k) => [k.toLowerCase(), k]));
  const fileOf = (table: Table) => TABLE_FILES[table].filter((f) => names.has(f));

  const tables = new Map<Table, Rec[]>();
  for (const table of Object.keys(TABLE_FILES) as Table[]) {
    const rows: Rec[] = [];
    for (const name of fileOf(table)) rows.push(...readTable(names.get(name)!, `${folder}/${names.get(name)}`));
    tables.set(table, rows);
  }
  const rowsOf = (table: Table) => tables.get(table) ?? [];

  function readTable(key: string, display: string): Rec[] {
    try {
      const { header, records } = parseCsv(files.get(key)!);
      const isPostal = key.toLowerCase() === 'postal_addresses.csv';
      return records.map((r) => {
        if (r.width !== header.length) issues.push(issueAt('warning', { file: display, row: r.line }, undefined, `has ${r.width} cells but the header has ${header.length}: check for a missing or extra separator`));
        const row: Rec = { ...r.values };
        for (const column of JSON_COLUMNS) row[column] = parseJsonCell(row[column], { file: display, row: r.line }, column);
        if (isPostal) row.address_type = 'postal';
        return withOrigin(row, { file: display, row: r.line });
      });
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      issues.push(issueAt('rejected', { file: display, row: error.line }, undefined, `${error.message}: this table is not read`));
      return [];
    }
  }

  function parseJsonCell(value: unknown, at: Origin, column: string): unknown {
    const text = cleanLine(value);
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      issues.push(issueAt('warning', at, column, 'is not valid JSON: it is left out'));
      return undefined;
    }
  }

  if (rowsOf('services').length === 0 && fileOf('services').length === 0) {
    issues.push(issueAt('rejected', { file: folder }, undefined, 'has no services.csv: an HSDS package needs at least services.csv (and best also organizations.csv and locations.csv)'));
    return { services: [], issues, format: 'HSDS CSV' };
  }
  for (const name of NOT_READ) if (names.has(name)) issues.push(issueAt('warning', { file: `${folder}/${names.get(name)}` }, undefined, 'is not read: Wegwijzer has no place for this table'));

  const format = names.has('service_attributes.csv') || names.has('physical_addresses.csv') || names.has('services_at_location.csv')
    ? names.has('services_taxonomy.csv') || names.has('regular_schedules.csv') ? 'HSDS 1.1 CSV' : 'HSDS 2.0 CSV'
    : 'HSDS 3.0 CSV';

  // Index rows by id, reporting duplicates (the first one wins).
  const index = (table: Table) => {
    const map = new Map<string, Rec>();
    for (const row of rowsOf(table)) {
      const id = cleanLine(row.id);
      if (!id) continue;
      const earlier = map.get(id);
      if (earlier && table !== 'services') {
        issues.push(issueAt('warning', originFor(row), 'id', `"${id}" is used twice (first on row ${originFor(earlier).row}): this row is left out`));
        continue;
      }
      if (!earlier) map.set(id, row);
    }
    return map;
  };
  const originFor = (row: Rec): Origin => originOf(row, { file: folder });
  const groupBy = (table: Table, key: string) => {
    const map = new Map<string, Rec[]>();
    for (const row of rowsOf(table)) {
      const value = cleanLine(row[key]);
      if (value) map.set(value, [...(map.get(value) ?? []), row]);
    }
    return map;
  };

  const organizations = index('organizations');
  const locations = index('locations');
  const terms = index('taxonomyTerms');
  const taxonomies = index('taxonomies');
  for (const term of terms.values()) {
    term.name ??= term.term; // 2.0 calls the name "term"
    const taxonomy = taxonomies.get(cleanLine(term.taxonomy_id) ?? '');
    if (taxonomy && !cleanLine(term.taxonomy)) term.taxonomy = taxonomy.name;
  }

  for (const address of rowsOf('addresses')) attach(locations, address.location_id, 'addresses', address);
  for (const a of rowsOf('accessibility')) attach(locations, a.location_id, 'accessibility', a);

  function attach(parents: Map<string, Rec>, id: unknown, list: string, child: Rec) {
    const key = cleanLine(id);
    const parent = key ? parents.get(key) : undefined;
    if (!parent) {
      issues.push(issueAt('warning', originFor(child), 'location_id', key ? `"${key}" is not in locations.csv: this row is left out` : 'is missing: this row belongs to no location and is left out'));
      return;
    }
    ((parent[list] ??= []) as Rec[]).push(child);
  }

  const phonesByService = groupBy('phones', 'service_id');
  const phonesByLocation = groupBy('phones', 'location_id');
  const phonesByOrganization = groupBy('phones', 'organization_id');
  const schedulesByService = groupBy('schedules', 'service_id');
  const schedulesByLocation = groupBy('schedules', 'location_id');
  const languagesByService = groupBy('languages', 'service_id');
  const areasByService = groupBy('serviceAreas', 'service_id');
  const documentsByService = groupBy('requiredDocuments', 'service_id');
  const attributesByService = new Map<string, Rec[]>();
  for (const a of rowsOf('attributes')) {
    const linkEntity = cleanLine(a.link_entity);
    if (linkEntity && linkEntity !== 'service') continue;
    const serviceId = cleanLine(a.link_id ?? a.service_id);
    if (!serviceId) continue;
    const term = terms.get(cleanLine(a.taxonomy_term_id ?? a.taxonomy_id) ?? '');
    const withTerm = withOrigin({ ...a, taxonomy_term: term ?? (cleanLine(a.taxonomy_detail) ? { name: a.taxonomy_detail } : undefined) }, originFor(a));
    if (!term && !withTerm.taxonomy_term) {
      issues.push(issueAt('warning', originFor(a), 'taxonomy_term_id', `"${cleanLine(a.taxonomy_term_id ?? a.taxonomy_id) ?? ''}" is not in the taxonomy terms table: this category is left out`));
      continue;
    }
    attributesByService.set(serviceId, [...(attributesByService.get(serviceId) ?? []), withTerm]);
  }
  for (const schedule of rowsOf('schedules')) {
    // 1.1 writes one row per day with "weekday" (1 = Monday, openreferral/specification#164).
    const weekday = cleanLine(schedule.weekday);
    if (weekday && !cleanLine(schedule.byday)) {
      const day = ISO_DAY[Number(weekday)] ?? DAY_NAMES[weekday.toLowerCase()];
      if (day) {
        schedule.byday = day;
        schedule.freq = 'WEEKLY';
      } else issues.push(issueAt('warning', originFor(schedule), 'weekday', `"${weekday}" is not a day (1 = Monday to 7 = Sunday): this schedule is left out`));
    }
  }

  const salByService = groupBy('serviceAtLocation', 'service_id');
  const hasSalTable = fileOf('serviceAtLocation').length > 0;
  const locationsByOrganization = groupBy('locations', 'organization_id');

  const services: Rec[] = [];
  const seen = new Map<string, Rec>();
  for (const row of rowsOf('services')) {
    const id = cleanLine(row.id);
    if (id && seen.has(id)) {
      issues.push(issueAt('rejected', originFor(row), 'id', `"${id}" is used twice (first on row ${originFor(seen.get(id)!).row}): this row is not imported; give each service its own id`));
      continue;
    }
    if (id) seen.set(id, row);
    const organizationId = cleanLine(row.organization_id);
    const organization = organizationId ? organizations.get(organizationId) : undefined;
    if (organizationId && !organization && organizations.size > 0) issues.push(issueAt('warning', originFor(row), 'organization_id', `"${organizationId}" is not in organizations.csv`));
    if (organization) organization.phones = phonesByOrganization.get(organizationId!) ?? [];
    const locationRows = hasSalTable
      ? (salByService.get(id ?? '') ?? []).flatMap((sal) => {
          const location = locations.get(cleanLine(sal.location_id) ?? '');
          if (!location) {
            issues.push(issueAt('warning', originFor(sal), 'location_id', `"${cleanLine(sal.location_id) ?? ''}" is not in locations.csv: this link is left out`));
            return [];
          }
          return [location];
        })
      : // Without a service_at_location table, a service is offered at its organisation's locations.
        (locationsByOrganization.get(organizationId ?? '') ?? []);
    services.push(
      withOrigin(
        {
          ...row,
          organization,
          service_at_locations: locationRows.map((location) => ({
            location: withOrigin(
              { ...location, phones: phonesByLocation.get(cleanLine(location.id) ?? '') ?? [], schedules: schedulesByLocation.get(cleanLine(location.id) ?? '') ?? [] },
              originFor(location),
            ),
          })),
          phones: phonesByService.get(id ?? '') ?? [],
          schedules: schedulesByService.get(id ?? '') ?? [],
          languages: languagesByService.get(id ?? '') ?? [],
          service_areas: areasByService.get(id ?? '') ?? [],
          required_documents: documentsByService.get(id ?? '') ?? [],
          attributes: attributesByService.get(id ?? '') ?? [],
        },
        originFor(row),
      ),
    );
  }
  return { services, issues, format };
}
