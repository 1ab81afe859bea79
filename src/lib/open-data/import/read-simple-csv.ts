/**
 * The simple CSV (the columns of /open-data/wegwijzer.csv, see FLAT_COLUMNS): one row per
 * location, rows with the same id (or, without ids, the same name) are one organisation. Comma or
 * semicolon. Each row becomes a service shaped like HSDS JSON, so the same mapping applies; messages
 * name the CSV's own columns.
 */
import { CsvSyntaxError, parseCsv } from '../csv';
import { FLAT_COLUMNS, parseSource, splitList } from '../flat-csv';
import { TAXONOMIES, type TaxonomyKind } from '../taxonomy';
import { cleanLine, matchKey } from './clean';
import { issueAt, withOrigin, type ImportIssue, type Origin } from './issues';

type Rec = Record<string, unknown>;

export interface SimpleCsvResult {
  services: Rec[];
  issues: ImportIssue[];
  format: string;
}

const SERVICE_FIELDS: Record<string, string> = {
  name: 'naam', description: 'samenvatting', status: 'status', attributes: 'soort', email: 'email', url: 'website',
  assured_date: 'laatst_gecontroleerd', x_rights: 'rechten', service_at_locations: 'gemeente', x_incomplete: 'onvolledig',
};
const LOCATION_FIELDS: Record<string, string> = { latitude: 'breedtegraad', longitude: 'lengtegraad', addresses: 'gemeente', x_nis: 'nis', name: 'locatie_naam' };
const ADDRESS_FIELDS: Record<string, string> = { postal_code: 'postcode', city: 'gemeente', address_1: 'straat', country: 'land' };

const DAY_CODES: Record<string, string> = {
  ma: 'MO', maandag: 'MO', di: 'TU', dinsdag: 'TU', wo: 'WE', woensdag: 'WE', do: 'TH', donderdag: 'TH', vr: 'FR', vrijdag: 'FR', za: 'SA', zaterdag: 'SA', zo: 'SU', zondag: 'SU',
  mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU',
};
const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "ma, wo 09:00-12:00 (zonder afspraak)" or "ma-vr 9u-17u" → an HSDS schedule; undefined if unreadable. */
export function parseHoursPart(part: string): Rec | undefined {
  const match = /^(.+?)\s+(\d{1,2}(?:[:.u]\d{2})?u?)\s*[-–]\s*(\d{1,2}(?:[:.u]\d{2})?u?)\s*(?:\((.+)\))?$/.exec(part.trim());
  if (!match) return undefined;
  const days: string[] = [];
  const tokens = match[1]!.toLowerCase().replace(/\s*[-–]\s*/g, '-').split(/[,\s]+/).filter((t) => t && t !== 'en');
  for (const token of tokens) {
    const range = /^([a-z]+)\s*[-–]\s*([a-z]+)$/.exec(token);
    if (range) {
      const [from, to] = [WEEK.indexOf(DAY_CODES[range[1]!] ?? ''), WEEK.indexOf(DAY_CODES[range[2]!] ?? '')];
      if (from < 0 || to < from) return undefined;
      days.push(...WEEK.slice(from, to + 1));
    } else if (DAY_CODES[token]) days.push(DAY_CODES[token]!);
    else return undefined;
  }
  return { freq: 'WEEKLY', byday: [...new Set(days)].join(','), opens_at: match[2]!.replace(/u$/, ''), closes_at: match[3]!.replace(/u$/, ''), description: match[4]?.trim() };
}

const term = (kind: TaxonomyKind, name: string) => ({ taxonomy_term: { name, taxonomy: TAXONOMIES[kind].name } });

export function readSimpleCsv(text: string, file: string): SimpleCsvResult {
  const issues: ImportIssue[] = [];
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { services: [], format: 'CSV', issues: [issueAt('rejected', { file, row: error.line }, undefined, error.message)] };
  }
  const { header, records, delimiter } = parsed;
  if (!header.includes('naam')) {
    issues.push(issueAt('rejected', { file, row: 1 }, undefined, `has no column "naam": the first row must name the columns (${FLAT_COLUMNS.slice(0, 6).join(', ')}, ...; see the Open data page)`));
    return { services: [], issues, format: 'CSV' };
  }
  const unknown = header.filter((h) => h && !(FLAT_COLUMNS as readonly string[]).includes(h) && h !== 'land');
  if (unknown.length) issues.push(issueAt('warning', { file, row: 1 }, undefined, `unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.map((u) => `"${u}"`).join(', ')}: ignored (see the Open data page for the columns)`));

  const byKey = new Map<string, { service: Rec; line: number; name: string }>();
  const services: Rec[] = [];
  for (const record of records) {
    const v = (column: string) => cleanLine(record.values[column]);
    const at: Origin = { file, row: record.line, fields: SERVICE_FIELDS };
    if (record.width !== header.length) issues.push(issueAt('warning', at, undefined, `has ${record.width} cells but the header has ${header.length}: check for a missing or extra "${delimiter}"`));
    const name = v('naam');
    const key = v('id') ?? (name ? `name:${matchKey(name)}` : undefined);
    const location = locationOf(record.values, record.line);
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      if (name && matchKey(name) !== matchKey(existing.name)) {
        issues.push(issueAt('rejected', at, 'id', `"${v('id')}" is already used on row ${existing.line} for "${existing.name}", but this row says "${name}": give it its own id, or use the same name`));
        continue;
      }
      if (location) (existing.service.service_at_locations as Rec[]).push({ location });
      continue;
    }
    const service = withOrigin(serviceOf(record.values, record.line, location), at);
    services.push(service);
    if (key && name) byKey.set(key, { service, line: record.line, name });
  }
  return { services, issues, format: `CSV (${delimiter === ';' ? 'puntkomma' : 'komma'})` };

  function locationOf(values: Record<string, string>, line: number): Rec | undefined {
    const v = (column: string) => values[column];
    if (![v('straat'), v('postcode'), v('gemeente'), v('nis'), v('breedtegraad')].some((x) => cleanLine(x))) return undefined;
    const address = withOrigin({ address_1: v('straat'), postal_code: v('postcode'), city: v('gemeente'), country: v('land') }, { file, row: line, fields: ADDRESS_FIELDS });
    return withOrigin(
      {
        location_type: 'physical',
        name: v('locatie_naam'),
        x_nis: v('nis'),
        latitude: v('breedtegraad'),
        longitude: v('lengtegraad'),
        x_approximate: v('bij_benadering'),
        x_confidential: v('adres_geheim'),
        transportation: v('vervoer'),
        accessibility: splitList(v('toegankelijkheid') ?? '').map((description) => ({ description })),
        addresses: [address],
      },
      { file, row: line, fields: LOCATION_FIELDS },
    );
  }

  function serviceOf(values: Record<string, string>, line: number, location: Rec | undefined): Rec {
    const list = (column: string) => splitList(values[column] ?? '');
    const translations = () => {
      const text = values.vertalingen?.trim();
      if (!text) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        issues.push(issueAt('warning', { file, row: line }, 'vertalingen', 'is not valid JSON: the translations are left out'));
        return undefined;
      }
    };
    // Every field of such an object comes from one column: name that column in messages.
    const child = <T extends object>(value: T, column: string) => withOrigin(value, { file, row: line, fields: new Proxy({}, { get: () => column }) });
    const hours = list('openingsuren').map((part) => {
      const schedule = parseHoursPart(part);
      if (!schedule) issues.push(issueAt('warning', { file, row: line }, 'openingsuren', `"${part}" is not days and hours such as "ma, wo 09:00-12:00": kept as a note`));
      return child(schedule ?? { description: part }, 'openingsuren');
    });
    return {
      id: values.id,
      // An export's page address names the file the entry came from: keep that name.
      x_slug: /\/organisatie\/([a-z0-9-]+)\/?$/.exec(values.pagina ?? '')?.[1],
      name: values.naam,
      x_alternate_names: values.andere_namen === undefined ? undefined : list('andere_namen'),
      // An empty status cell means active (documented in FLAT_COLUMN_HELP).
      status: cleanLine(values.status) ?? 'active',
      description: values.samenvatting,
      x_complements: values.aanvulling,
      x_caution: values.let_op,
      x_translations: translations(),
      attributes: [
        ...list('soort').map((t) => term('serviceType', t)),
        ...list('formaliteit').map((t) => term('formality', t)),
        ...list('levensdomeinen').map((t) => term('domain', t)),
        ...list('doelgroepen').map((t) => term('targetGroup', t)),
        ...list('kenmerken').map((t) => term('flag', t)),
        ...list('toegang').map((t) => term('access', t)),
      ],
      service_at_locations: location ? [{ location }] : [],
      service_areas: list('werkgebied').map((name) => child({ name }, 'werkgebied')),
      phones: list('telefoon').map((text) => {
        const [, number, label] = /^(.*?)\s*(?:\((.+)\))?$/.exec(text)!;
        return child({ number, description: label }, 'telefoon');
      }),
      email: values.email,
      url: values.website,
      schedules: hours,
      languages: list('talen').map((code) => child({ code }, 'talen')),
      fees_description: values.kosten,
      application_process: values.aanmelden,
      required_documents: list('documenten').map((document) => ({ document })),
      x_rights: list('rechten'),
      x_incomplete: values.onvolledig,
      assured_date: values.laatst_gecontroleerd,
      x_sources: values.bronnen ? list('bronnen').map(parseSource) : undefined,
    };
  }
}
