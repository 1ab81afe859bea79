/**
 * `npm run new -- organisation "Naam"`: a new entry that passes the schema, with today's date, a
 * fresh id and every required field. What only a source can tell is marked TODO, so the content
 * check refuses to publish it until an editor filled it in (src/lib/lint/placeholders.ts).
 * Pure: ids, date and the known entries are passed in.
 */
import type { CollectionName } from '../content.config';
import { PLACEHOLDER } from './lint/placeholders';
import { slugify } from './slug';

export type ScaffoldCollection = Extract<CollectionName, 'organisations' | 'service-types' | 'rights' | 'needs'>;

export const COLLECTION_ALIASES: Record<string, ScaffoldCollection> = {
  organisation: 'organisations',
  organisations: 'organisations',
  organisatie: 'organisations',
  'service-type': 'service-types',
  'service-types': 'service-types',
  dienst: 'service-types',
  right: 'rights',
  rights: 'rights',
  recht: 'rights',
  need: 'needs',
  needs: 'needs',
  vraag: 'needs',
};

export class ScaffoldError extends Error {}

export interface KnownMunicipality {
  nis: string;
  name: string;
  slug: string;
  region: string;
}

export interface ScaffoldContext {
  today: Date;
  newUuid: () => string;
  /** Ids (file names) already used, per collection. */
  existingIds: Partial<Record<CollectionName, Set<string>>>;
  serviceTypes: string[];
  municipalities: KnownMunicipality[];
}

export interface ScaffoldRequest {
  collection: string;
  name: string;
  /** Organisations: the kind of service (a file name in content/service-types/). */
  type?: string;
  /** Organisations: municipality name, postcode-free, or NIS code. */
  municipality?: string;
}

export interface Scaffold {
  collection: ScaffoldCollection;
  id: string;
  /** Inside the content folder, e.g. `organisations/vlaanderen/gent/buurtwerk-de-brug.md`. */
  path: string;
  text: string;
  /** "line 5 (summary): ..." for every TODO, in file order. */
  todo: string[];
}

const q = (text: string) => JSON.stringify(text);
const todo = (what: string) => `${PLACEHOLDER}: ${what}`;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function resolveMunicipality(value: string, known: KnownMunicipality[]): KnownMunicipality {
  const wanted = value.trim().toLowerCase();
  const found = known.find((m) => m.nis === wanted || m.name.toLowerCase() === wanted || m.slug === slugify(value));
  if (found) return found;
  const near = known.filter((m) => m.name.toLowerCase().startsWith(wanted.slice(0, 3))).slice(0, 5).map((m) => m.name);
  throw new ScaffoldError(`unknown municipality "${value}": use its name or NIS code as in content/municipalities/${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
}

function resolveType(value: string | undefined, known: string[]): { id: string; chosen: boolean } {
  if (!value) {
    const first = [...known].sort()[0];
    if (!first) throw new ScaffoldError('there are no service types yet: add one first with npm run new -- dienst "Naam"');
    return { id: first, chosen: false };
  }
  if (!known.includes(value)) {
    const near = known.filter((k) => k.startsWith(value.slice(0, 3))).slice(0, 5);
    throw new ScaffoldError(`unknown service type "${value}": use a file name from content/service-types/${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
  }
  return { id: value, chosen: true };
}

const provenance = (today: Date) => [
  'sources:',
  `  - title: ${q(todo('naam van de bron (document of officiële website)'))}`,
  `    ref: ${q(todo('document en regels, bv. 003, r. 2370-2385; of verwijder deze regel en geef url'))}`,
  `lastChecked: ${isoDay(today)}`,
];

const BODY = todo('60 tot 200 woorden in eenvoudig Nederlands, je-vorm, korte zinnen. Alleen feiten uit de bron.');

function organisation(request: ScaffoldRequest, context: ScaffoldContext) {
  const type = resolveType(request.type, context.serviceTypes);
  const place = request.municipality ? resolveMunicipality(request.municipality, context.municipalities) : undefined;
  const folder = place ? (place.region === 'brussel' ? 'brussel' : `vlaanderen/${place.slug}`) : '';
  const lines = [
    `id: ${context.newUuid()}`,
    `name: ${q(request.name)}`,
    `type: ${type.id}${type.chosen ? '' : `  # ${todo('kies het soort dienst: een bestandsnaam uit content/service-types/')}`}`,
    `formality: informal  # ${todo('formal, semi-formal of informal')}`,
    `domains: [mensen-en-steun]  # ${todo('levensdomeinen, zie src/lib/vocabulary.ts')}`,
    `targetGroups: [iedereen]  # ${todo('voor wie? zie src/lib/vocabulary.ts')}`,
    `summary: ${q(todo('één zin: waarvoor kan je hier terecht?'))}`,
    ...(place
      ? ['locations:', `  - municipality: ${q(place.nis)}  # ${place.name}. Straat, postcode en uren alleen uit een bron.`]
      : ['locations: []', `serviceArea:  # ${todo('gemeenten waar je hier terecht kan, of geef een adres onder locations')}`, '  regions: [vlaanderen, brussel]']),
    '# Adres, telefoon, e-mail, website en openingsuren: alleen uit een bron. Zolang ze ontbreken: incomplete: true.',
    'incomplete: true',
    ...provenance(context.today),
  ];
  return { folder, lines };
}

function serviceType(request: ScaffoldRequest, context: ScaffoldContext) {
  return {
    folder: '',
    lines: [
      `name: ${q(request.name)}`,
      `formality: formal  # ${todo('formal, semi-formal of informal')}`,
      `domains: [mensen-en-steun]  # ${todo('levensdomeinen, zie src/lib/vocabulary.ts')}`,
      `summary: ${q(todo('één zin in eenvoudig Nederlands: wat is het?'))}`,
      'does:',
      `  - ${q(todo('wat doen ze? één punt per regel'))}`,
      'doesNot:',
      `  - ${q(todo('wat doen ze NIET? Daar vergissen mensen zich vaak in'))}`,
      `access: [appointment]  # ${todo('hoe kom je binnen? walk-in, appointment, referral, phone, online, outreach')}`,
      `cost: ${q(todo('wat kost het, in woorden'))}`,
      ...provenance(context.today),
    ],
  };
}

function right(request: ScaffoldRequest, context: ScaffoldContext) {
  return {
    folder: '',
    lines: [
      `title: ${q(request.name)}`,
      `summary: ${q(todo('één zin: wat geeft dit recht?'))}`,
      `level: flemish  # ${todo('federal, flemish, brussels of local')}`,
      `grantedBy: ${q(todo('wie kent het toe, bv. je ziekenfonds'))}`,
      `access: apply  # ${todo('automatic, automatic-check, apply, apply-via-worker of discretionary')}`,
      `domains: [geld-en-papieren]  # ${todo('levensdomeinen, zie src/lib/vocabulary.ts')}`,
      `regions: [vlaanderen]  # ${todo('vlaanderen en/of brussel')}`,
      'conditions:',
      `  - ${q(todo('voorwaarde in gewone woorden, één per regel'))}`,
      'incomplete: true',
      ...provenance(context.today),
    ],
  };
}

function need(request: ScaffoldRequest, context: ScaffoldContext) {
  const type = resolveType(request.type, context.serviceTypes);
  return {
    folder: '',
    lines: [
      `question: ${q(request.name)}`,
      `domain: mensen-en-steun  # ${todo('het levensdomein van deze vraag')}`,
      'serviceTypes:',
      `  - type: ${type.id}${type.chosen ? '' : `  # ${todo('een bestandsnaam uit content/service-types/')}`}`,
      `    why: ${q(todo('waarom eerst hier? één zin'))}`,
      'keywords: []',
    ],
  };
}

export function scaffoldEntry(request: ScaffoldRequest, context: ScaffoldContext): Scaffold {
  const collection = COLLECTION_ALIASES[request.collection.toLowerCase()];
  if (!collection) {
    const fixed = /^(domain|domains|domein|municipality|municipalities|gemeente)$/i.test(request.collection);
    throw new ScaffoldError(
      fixed
        ? `"${request.collection}" cannot be added this way: the ten domains are fixed, and municipalities come from scripts/municipalities/municipalities.csv`
        : `unknown kind "${request.collection}": use organisatie, dienst, recht or vraag (or organisation, service-type, right, need)`,
    );
  }
  const name = request.name.trim();
  if (!name) throw new ScaffoldError('give a name, e.g. npm run new -- organisatie "Buurtwerk De Brug"');
  const id = slugify(name);
  if (!id) throw new ScaffoldError(`"${name}" has no letters or digits to make a file name from`);
  if (context.existingIds[collection]?.has(id)) {
    throw new ScaffoldError(`an entry "${id}" already exists in content/${collection}/: edit that file, or use a more precise name (e.g. with the place)`);
  }
  const make = { organisations: organisation, 'service-types': serviceType, rights: right, needs: need }[collection];
  const { folder, lines } = make({ ...request, name }, context);
  const text = ['---', ...lines, '---', BODY, ''].join('\n');
  const todoLines = text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.includes(PLACEHOLDER))
    .map(({ line, n }) => {
      const key = /^\s*(?:-\s+)?([A-Za-z]+):/.exec(line)?.[1];
      const field = key && key !== PLACEHOLDER ? key : 'tekst';
      return `line ${n} (${field}): ${line.slice(line.indexOf(PLACEHOLDER) + PLACEHOLDER.length + 2).replace(/"$/, '')}`;
    });
  return { collection, id, path: `${collection}/${folder ? `${folder}/` : ''}${id}.md`, text, todo: todoLines };
}
