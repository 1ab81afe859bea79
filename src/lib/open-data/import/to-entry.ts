/**
 * One HSDS service (as every reader delivers it: nested like HSDS 3.0 JSON, loosely typed, values
 * as written) → the frontmatter of a Wegwijzer organisation entry. Bad optional values are left out
 * with a warning; a service that cannot become a valid entry is rejected with the reason.
 * The `x_` fields of Wegwijzer's own export are read first, so our export maps back exactly.
 */
import { TARGET_GROUPS, WEEKDAYS } from '../../vocabulary';
import { normalisePhone } from '../phone';
import { isUuid, uuidV5, WEGWIJZER_NAMESPACE } from '../uuid';
import { cleanEmail, cleanLine, cleanText, cleanUrl, matchKey, parseBoolean, parseDate, parseNumber, parseTime, stripMarkup } from './clean';
import { issueAt, originOf, type ImportIssue, type Origin } from './issues';
import { languageCode } from './languages';
import { mergeClassifications, type Resolver } from './mapping';
import type { Area, Places } from './places';

type Rec = Record<string, unknown>;
const obj = (v: unknown): Rec | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined);
const objects = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((x): x is Rec => obj(x) !== undefined) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(cleanLine).filter((x): x is string => !!x) : []);
const unique = <T>(values: T[]) => [...new Set(values)];
/** The first value that says something (CSV cells are '' when empty, so `??` is not enough). */
const first = (...values: unknown[]) => values.find((v) => cleanText(v) !== undefined);

/** Namespace for ids of imported records that have no UUID of their own. */
export const IMPORT_NAMESPACE = uuidV5('import', WEGWIJZER_NAMESPACE);

export interface ServiceTypeInfo {
  name: string;
  formality: string;
  domains: string[];
}

export interface ImportContext {
  places: Places;
  resolver: Resolver;
  serviceTypes: Map<string, ServiceTypeInfo>;
  rights: Set<string>;
  /** Stable name of the data set: ids of records without a UUID are derived from it. */
  datasetName: string;
  /** Title of the source written into each entry, e.g. "Import uit sociale-kaart.json". */
  sourceTitle: string;
  sourceUrl?: string;
  /** YYYY-MM-DD, used as last-checked date when the data gives none. */
  today: string;
}

export interface Candidate {
  origin: Origin;
  id: string;
  /** Preferred file name (without .md). */
  slug: string;
  frontmatter: Rec;
  body: string;
  /** False when lastChecked is only the import date (then an update keeps the existing date). */
  datedBySource: boolean;
}

export interface ToEntryResult {
  candidate?: Candidate;
  issues: ImportIssue[];
}

const ICAL_TO_DAY: Record<string, (typeof WEEKDAYS)[number]> = { MO: 'ma', TU: 'di', WE: 'wo', TH: 'do', FR: 'vr', SA: 'za', SU: 'zo' };
const BELGIUM = new Set(['BE', 'BEL', 'BELGIUM', 'BELGIE', 'BELGIË', 'BELGIQUE', 'BELGIEN']);
const STATUS: Record<string, string> = {
  active: 'active', actief: 'active', open: 'active',
  'temporarily closed': 'temporarily-closed', 'temporarily-closed': 'temporarily-closed', 'tijdelijk gesloten': 'temporarily-closed',
  inactive: 'inactive', defunct: 'inactive', 'niet meer actief': 'inactive', gesloten: 'inactive', closed: 'inactive',
};

function splitDescription(description: string): { summary: string; body: string } {
  const [first = '', ...rest] = description.split(/\n{2,}/);
  const paragraph = first.replace(/\s*\n\s*/g, ' ');
  if (paragraph.length <= 300) return { summary: paragraph, body: rest.join('\n\n') };
  // A long first paragraph: its first sentence is the summary, and nothing of the text is lost.
  const sentence = /^(.{20,300}?[.!?])(?:\s|$)/.exec(paragraph)?.[1];
  return sentence ? { summary: sentence, body: description } : { summary: paragraph, body: rest.join('\n\n') };
}

export function serviceToCandidate(service: Rec, ctx: ImportContext, fallbackOrigin: Origin): ToEntryResult {
  const origin = originOf(service, fallbackOrigin);
  const issues: ImportIssue[] = [];
  const warn = (at: Origin, field: string, message: string) => issues.push(issueAt('warning', at, field, message));
  const reject = (field: string, message: string): ToEntryResult => {
    issues.push(issueAt('rejected', origin, field, message));
    return { issues };
  };
  const childOrigin = (value: unknown, path: string): Origin =>
    originOf(value, { ...origin, row: typeof origin.row === 'string' ? `${origin.row}.${path}` : origin.row });

  const organization = obj(service.organization);
  const serviceName = cleanLine(service.name);
  if (!serviceName) return reject('name', 'is missing: every service needs a name');
  const orgName = cleanLine(organization?.name);
  // "De Schakel vzw" is named enough by "Voedselbedeling De Schakel": the legal form adds nothing.
  const bare = (n: string) => matchKey(n).replace(/\b(vzw|asbl|vw|ivzw|aisbl|cvba|bv|nv|srl|sprl|ocmw vereniging)\b/g, '').replace(/\s+/g, ' ').trim();
  const name = orgName && !bare(serviceName).includes(bare(orgName)) && !bare(orgName).includes(bare(serviceName)) ? `${serviceName} (${orgName})` : serviceName;

  const rawId = cleanLine(service.id);
  const id = isUuid(rawId) ? rawId.toLowerCase() : uuidV5(`${ctx.datasetName}/${rawId ?? matchKey(name)}`, IMPORT_NAMESPACE);

  const alternateNames = unique(
    Array.isArray(service.x_alternate_names)
      ? strings(service.x_alternate_names)
      : [...(cleanLine(service.alternate_name)?.split(';') ?? []), ...(cleanLine(organization?.alternate_name)?.split(';') ?? [])].map((n) => n.trim()).filter(Boolean),
  ).filter((n) => n !== name);

  const rawStatus = cleanLine(service.status);
  const status = rawStatus ? STATUS[rawStatus.toLowerCase()] : 'active';
  if (!rawStatus) warn(origin, 'status', 'is missing: imported as active');
  else if (!status) warn(origin, 'status', `"${rawStatus}" is not a status (active, inactive, defunct, temporarily closed): imported as active`);

  // Categories → type, domains, target groups, formality, features, access.
  const unknownTerms: string[] = [];
  const parts = objects(service.attributes).flatMap((attribute) => {
    const term = obj(attribute.taxonomy_term);
    const input = {
      name: cleanLine(first(term?.name, term?.term, attribute.value, attribute.label)),
      code: cleanLine(term?.code),
      taxonomy: cleanLine(first(term?.taxonomy, term?.taxonomy_id, term?.vocabulary)),
    };
    const resolved = ctx.resolver.resolve(input);
    if (!resolved && (input.name || input.code)) unknownTerms.push(input.name ?? input.code!);
    return resolved ? [resolved] : [];
  });
  const classes = mergeClassifications(parts);
  if (unknownTerms.length > 0) {
    warn(origin, 'attributes', `unknown ${unknownTerms.length === 1 ? 'category' : 'categories'} ${unknownTerms.map((t) => `"${t}"`).join(', ')}: add ${unknownTerms.length === 1 ? 'it' : 'them'} to content/import-mapping.yaml to map onto a domain, service type or target group`);
  }
  const type = classes.types.find((t) => ctx.serviceTypes.has(t));
  if (!type) {
    const named = unknownTerms.length ? ` (${unknownTerms.map((t) => `"${t}"`).join(', ')})` : '';
    return reject('attributes', `no service type: none of its categories${named} maps onto a service type; add a category with "type:" to content/import-mapping.yaml`);
  }
  const typeInfo = ctx.serviceTypes.get(type)!;
  const domains = classes.domains.length > 0 ? classes.domains : typeInfo.domains;
  let targetGroups = classes.targetGroups.filter((t) => (TARGET_GROUPS as readonly string[]).includes(t));
  const defaultedGroups = targetGroups.length === 0;
  if (defaultedGroups) targetGroups = ctx.resolver.defaults.targetGroups;
  if (targetGroups.length === 0) return reject('attributes', 'no target group: map one of its categories onto a target group in content/import-mapping.yaml, or set defaults.targetGroups there');

  // Locations.
  const locations: Rec[] = [];
  objects(service.service_at_locations).forEach((sal, i) => {
    const location = obj(sal.location);
    if (location) {
      const converted = toLocation(location, childOrigin(location, `service_at_locations[${i}].location`));
      if (converted) locations.push(converted);
    }
  });

  function toLocation(location: Rec, at: Origin): Rec | undefined {
    if (cleanLine(location.location_type)?.toLowerCase() === 'virtual') return undefined;
    const addresses = objects(location.addresses);
    const address = addresses.find((a) => cleanLine(a.address_type) !== 'postal') ?? addresses[0];
    const addressAt = address ? originOf(address, { ...at, row: typeof at.row === 'string' ? `${at.row}.addresses[0]` : at.row }) : at;
    const country = cleanLine(address?.country)?.toUpperCase();
    if (country && !BELGIUM.has(country)) {
      warn(addressAt, 'country', `"${country}" is not Belgium: this location is left out`);
      return undefined;
    }
    let street = [cleanLine(address?.address_1), cleanLine(address?.address_2)].filter(Boolean).join(' ') || undefined;
    const rawPostcode = cleanLine(address?.postal_code);
    let postcode = rawPostcode ? /(?:^|\D)([1-9]\d{3})(?:\D|$)/.exec(rawPostcode)?.[1] : undefined;
    if (rawPostcode && !postcode) warn(addressAt, 'postal_code', `"${rawPostcode}" is not a Belgian postcode (4 digits)`);
    const city = cleanLine(address?.city);
    const nis = cleanLine(location.x_nis);
    let place = nis ? ctx.places.byNis(nis) : undefined;
    if (!place && postcode) {
      place = ctx.places.byPostcode(postcode);
      if (!place) warn(addressAt, 'postal_code', `${postcode} is not a postcode in Flanders or Brussels`);
      const named = city ? ctx.places.byCity(city) : undefined;
      if (place && named && named.nis !== place.nis) warn(addressAt, 'city', `"${city}" does not match postcode ${postcode} (${place.name}): the postcode is used`);
    }
    if (!place && city) place = ctx.places.byCity(city);
    if (!place) {
      warn(at, 'addresses', `no municipality of Flanders or Brussels found (postcode ${rawPostcode ? `"${rawPostcode}"` : 'missing'}, city ${city ? `"${city}"` : 'missing'}): this location is left out`);
      return undefined;
    }
    if (postcode && !place.postcodes.includes(postcode)) {
      warn(addressAt, 'postal_code', `${postcode} is not a postcode of ${place.name} (${place.postcodes.join(', ')}): the street address is left out`);
      postcode = undefined;
    }
    if (street && !postcode) {
      if (rawPostcode === undefined) warn(addressAt, 'address_1', 'a street address needs a postcode: the street is left out');
      street = undefined;
    }
    const point = coordinates(location, at);
    const name = cleanLine(location.name);
    // Other directories often repeat the organisation's name as the location name: that says nothing.
    const keepName = name !== undefined && matchKey(name) !== matchKey(serviceName!) && matchKey(name) !== matchKey(orgName ?? '');
    return omitEmpty({
      name: keepName ? name : undefined,
      street,
      postcode,
      municipality: place.nis,
      ...point,
      confidential: parseBoolean(location.x_confidential) === true ? true : undefined,
      transport: cleanLine(location.transportation),
      accessibility: objects(location.accessibility)
        .map((a) => cleanLine(first(a.description, a.accessibility)))
        .filter((a): a is string => !!a),
    });
  }

  function coordinates(location: Rec, at: Origin): { latitude?: number; longitude?: number } {
    if (parseBoolean(location.x_approximate) === true) return {};
    const latitude = parseNumber(location.latitude);
    const longitude = parseNumber(location.longitude);
    if (latitude === undefined && longitude === undefined) return {};
    if (latitude === undefined || longitude === undefined) {
      warn(at, latitude === undefined ? 'latitude' : 'longitude', 'is missing while the other coordinate is given: both are left out');
      return {};
    }
    if (Number.isNaN(latitude) || Number.isNaN(longitude)) {
      warn(at, Number.isNaN(latitude) ? 'latitude' : 'longitude', `"${cleanLine(Number.isNaN(latitude) ? location.latitude : location.longitude)}" is not a number: the coordinates are left out`);
      return {};
    }
    const inside = (lat: number, lon: number) => lat >= 49.4 && lat <= 51.6 && lon >= 2.5 && lon <= 6.5;
    if (inside(latitude, longitude)) return { latitude, longitude };
    const swapped = inside(longitude, latitude);
    warn(
      at,
      inside(latitude, 4) ? 'longitude' : 'latitude',
      swapped
        ? `${latitude}, ${longitude} lies outside Belgium, but would fit with latitude and longitude swapped: fix the source; the coordinates are left out`
        : `${latitude}, ${longitude} lies outside Belgium (latitude 49.4 to 51.6, longitude 2.5 to 6.5): the coordinates are left out`,
    );
    return {};
  }

  // Service area.
  const areas: Area[] = [];
  objects(service.service_areas).forEach((area, i) => {
    const type = cleanLine(area.x_area_type);
    const code = cleanLine(area.x_area_code);
    if ((type === 'region' || type === 'province' || type === 'municipality') && code) {
      areas.push({ type, code });
      return;
    }
    const text = cleanLine(first(area.name, area.service_area, area.description));
    if (!text) return;
    const found = ctx.places.area(text);
    if (found) areas.push(found);
    else warn(childOrigin(area, `service_areas[${i}]`), 'name', `"${text}" is not a region, province or municipality of Flanders or Brussels: this service area is left out`);
  });
  const serviceArea =
    areas.length > 0
      ? omitEmpty({
          regions: unique(areas.filter((a) => a.type === 'region').map((a) => a.code)),
          provinces: unique(areas.filter((a) => a.type === 'province').map((a) => a.code)),
          municipalities: unique(areas.filter((a) => a.type === 'municipality').map((a) => a.code)),
        })
      : undefined;
  if (locations.length === 0 && !serviceArea) {
    return reject('service_at_locations', 'has no location in Flanders or Brussels and no service area: give an address with a postcode, or a service area');
  }

  // Phones from the service, its organisation and its locations.
  const phones: { number: string; label?: string }[] = [];
  const phoneSources = [
    ...objects(service.phones).map((p, i) => [p, `phones[${i}]`] as const),
    ...objects(organization?.phones).map((p, i) => [p, `organization.phones[${i}]`] as const),
    ...objects(service.service_at_locations).flatMap((sal, i) => objects(obj(sal.location)?.phones).map((p, j) => [p, `service_at_locations[${i}].location.phones[${j}]`] as const)),
  ];
  for (const [phone, path] of phoneSources) {
    const raw = cleanLine(phone.number);
    if (!raw) continue;
    const normal = normalisePhone(raw);
    if (!normal.ok) {
      warn(childOrigin(phone, path), 'number', `${normal.reason}: the number is left out`);
      continue;
    }
    if (phones.some((p) => p.number === normal.national)) continue;
    const extension = cleanLine(phone.extension);
    const label = [cleanLine(phone.description), extension && `toestel ${extension}`].filter(Boolean).join(', ') || undefined;
    phones.push(omitEmpty({ number: normal.national, label }));
  }

  const emailRaw = first(service.email, organization?.email);
  const email = cleanEmail(emailRaw);
  if (email === null) warn(origin, 'email', `"${cleanLine(emailRaw)}" is not an e-mail address: it is left out`);
  const websiteRaw = first(service.url, organization?.website, organization?.url);
  const website = cleanUrl(websiteRaw);
  if (website === null) warn(origin, 'url', `"${cleanLine(websiteRaw)}" is not a web address: it is left out`);

  const openingHours = hoursOf();
  function hoursOf(): Rec | undefined {
    const schedules = [
      ...objects(service.schedules),
      ...objects(service.service_at_locations).flatMap((sal) => [...objects(sal.schedules), ...objects(obj(sal.location)?.schedules)]),
    ];
    const regular: { days: string[]; opens: string; closes: string; note?: string }[] = [];
    const notes: string[] = [];
    schedules.forEach((schedule, i) => {
      const at = childOrigin(schedule, `schedules[${i}]`);
      const description = cleanLine(schedule.description);
      const freq = cleanLine(schedule.freq)?.toUpperCase();
      const byday = cleanLine(schedule.byday)?.toUpperCase().replace(/\s/g, '');
      if ((freq && freq !== 'WEEKLY') || (byday && /\d/.test(byday))) {
        warn(at, 'freq', `only weekly hours fit Wegwijzer's opening hours: ${description ? 'its description is kept as a note' : 'this schedule is left out'}`);
        if (description) notes.push(description);
        return;
      }
      if (!byday) {
        if (description) notes.push(description);
        return;
      }
      const days = byday.split(',').map((d) => ICAL_TO_DAY[d]);
      if (days.some((d) => !d)) {
        warn(at, 'byday', `"${byday}" is not a list of days such as MO,TU: this schedule is left out`);
        return;
      }
      const opens = parseTime(schedule.opens_at);
      const closes = parseTime(schedule.closes_at);
      if (!opens || !closes) {
        const field = !opens ? 'opens_at' : 'closes_at';
        const value = cleanLine(schedule[field]);
        warn(at, field, `${value ? `"${value}" is not a time (HH:MM)` : 'is missing'}: this schedule is left out`);
        return;
      }
      if (opens >= closes) {
        warn(at, 'closes_at', `${closes} is not later than ${opens}: this schedule is left out`);
        return;
      }
      const same = regular.find((b) => b.opens === opens && b.closes === closes && b.note === description);
      if (same) same.days = WEEKDAYS.filter((d) => same.days.includes(d) || days.includes(d));
      else regular.push(omitEmpty({ days: days as string[], opens, closes, note: description }));
    });
    const exceptions = objects(service.x_opening_hours_exceptions).flatMap((e) => {
      const from = parseDate(e.from);
      if (!from) return [];
      const until = parseDate(e.until);
      return [omitEmpty({ from, until: until ?? undefined, closed: parseBoolean(e.closed) ?? true, note: cleanLine(e.note) })];
    });
    const note = cleanText(service.x_opening_hours_notes) ?? (notes.length ? unique(notes).join(' ') : undefined);
    if (regular.length === 0 && exceptions.length === 0 && !note) return undefined;
    return omitEmpty({ regular, exceptions, notes: note });
  }

  const languages = unique(
    objects(service.languages).flatMap((language, i) => {
      const values = [cleanLine(language.code), cleanLine(language.name), cleanLine(language.language)].filter((v): v is string => !!v);
      const first = values[0];
      if (!first) return [];
      for (const value of values) {
        const codes = value.split(/[,;/]/).map((v) => languageCode(v.trim()));
        if (codes.every(Boolean)) return codes as string[];
      }
      warn(childOrigin(language, `languages[${i}]`), 'code', `"${first}" is not a language we recognise (use an ISO 639 code such as "fr"): it is left out`);
      return [];
    }),
  );

  const rights = strings(service.x_rights);
  const unknownRights = rights.filter((r) => !ctx.rights.has(r));
  if (unknownRights.length > 0) warn(origin, 'x_rights', `unknown ${unknownRights.map((r) => `"${r}"`).join(', ')}: only rights in content/rights/ are kept`);

  const description = stripMarkup(service.description) ?? stripMarkup(organization?.description);
  let summary: string;
  let body = '';
  if (description) ({ summary, body } = splitDescription(description));
  else {
    const where = locations[0] ? ctx.places.byNis(String(locations[0].municipality))?.name : undefined;
    summary = `${typeInfo.name}${where ? ` in ${where}` : ''}.`;
    warn(origin, 'description', `is missing: the summary "${summary}" was made from the service type and place; check it`);
  }
  if (/javascript\s*:/i.test(body)) {
    // The content validator refuses such links in a page text (they can run code): keep their words.
    body = body.replace(/\[([^\]]*)\]\(\s*javascript\s*:(?:[^()]|\([^()]*\))*\)/gi, '$1');
    const dropped = /javascript\s*:/i.test(body);
    if (dropped) body = '';
    warn(origin, 'description', `contains a "javascript:" link: ${dropped ? 'the text after the first paragraph is left out' : 'the link is left out, its words are kept'}`);
  }

  const sources = objects(service.x_sources)
    .map((s) => omitEmpty({ title: cleanLine(s.title), url: cleanUrl(s.url) ?? undefined, ref: cleanLine(s.ref) }))
    .filter((s) => s.title);
  const rowLabel = origin.row === undefined ? '' : typeof origin.row === 'number' ? `, rij ${origin.row}` : `, ${origin.row}`;
  if (sources.length === 0) sources.push(omitEmpty({ title: ctx.sourceTitle, url: ctx.sourceUrl, ref: `${origin.file}${rowLabel}` }));

  const assured = parseDate(service.assured_date);
  if (assured === null) warn(origin, 'assured_date', `"${cleanLine(service.assured_date)}" is not a date (YYYY-MM-DD): the import date is used`);
  const modified = parseDate(service.last_modified);
  const checked = assured ?? modified ?? undefined;

  const hasAddress = locations.length === 0 || locations.some((l) => l.street);
  const incomplete =
    parseBoolean(service.x_incomplete) ?? (phones.length === 0 || !hasAddress || !openingHours || defaultedGroups || !description);

  const frontmatter = omitEmpty({
    id,
    name,
    alternateNames,
    type,
    formality: classes.formality[0] ?? typeInfo.formality,
    status: status && status !== 'active' ? status : undefined,
    domains,
    targetGroups,
    summary,
    // Our own export's translations; the validator checks them like any other field.
    translations: obj(service.x_translations),
    complements: stripMarkup(service.x_complements),
    caution: stripMarkup(service.x_caution),
    locations,
    serviceArea,
    phones,
    email: email ?? undefined,
    website: website ?? undefined,
    openingHours,
    // The schema's default is Dutch; data that names no language does not say that, so: none known.
    languages: languages.length > 0 ? languages : KEEP_EMPTY,
    cost: cleanLine(first(service.fees_description, service.fees)),
    access: classes.access,
    accessNote: stripMarkup(service.application_process),
    documents: objects(service.required_documents).map((d) => cleanLine(d.document)).filter((d): d is string => !!d),
    flags: classes.flags,
    rights: rights.filter((r) => ctx.rights.has(r)),
    incomplete: incomplete || defaultedGroups || undefined,
    sources,
    lastChecked: checked ?? ctx.today,
  });
  const slug = cleanLine(service.x_slug);
  return {
    candidate: { origin, id, slug: slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : '', frontmatter, body, datedBySource: checked !== undefined },
    issues,
  };
}

/** An empty list that omitEmpty keeps (where "none" differs from the schema's default). */
const KEEP_EMPTY: string[] = [];

/** Leaves out undefined values and empty lists, so entries stay short. */
function omitEmpty<T extends Rec>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && (v === KEEP_EMPTY || !(Array.isArray(v) && v.length === 0)))) as T;
}
