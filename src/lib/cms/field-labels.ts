/**
 * Dutch labels for the editor at /admin/: field names and enum values. Help texts come from the
 * schema comments (src/lib/cms/schema-docs.ts); a unit test fails when a field has no label here.
 */
import {
  accessLabel,
  flagLabel,
  formalityLabel,
  levelLabel,
  provinceLabel,
  regionLabel,
  rightAccessLabel,
  targetGroupLabel,
  weekdayLabel,
} from '../labels';
import { ACCESS_MODES, FLAGS, FORMALITIES, PROVINCES, REGIONS, RIGHT_ACCESS, RIGHT_LEVELS, TARGET_GROUPS, WEEKDAYS } from '../vocabulary';

export const FIELD_LABELS: Record<string, string> = {
  access: 'Hoe kom je binnen?',
  accessNote: 'Uitleg bij binnenkomen',
  accessibility: 'Toegankelijkheid',
  alternateNames: 'Andere namen',
  amounts: 'Bedragen',
  approximate: 'Punt is maar bij benadering',
  body: 'Tekst',
  caution: 'Let op',
  checkedByOffice: 'Kijkt de dienst zelf na',
  closed: 'Gesloten',
  closes: 'Sluit om',
  complements: 'Hoe past dit bij andere hulp?',
  conditions: 'Voorwaarden',
  confidential: 'Geheim adres',
  cost: 'Wat kost het?',
  currency: 'Munt',
  days: 'Dagen',
  documents: 'Wat breng je mee?',
  does: 'Wat doen ze wel?',
  doesNot: 'Wat doen ze niet?',
  documentRefs: 'Documenten (uit de documentenlijst)',
  domain: 'Levensdomein',
  domains: 'Levensdomeinen',
  eligibility: 'Regel voor de rechtenverkenner',
  email: 'E-mail',
  examples: 'Voorbeeldgezinnen',
  exceptions: 'Uitzonderingen (vakantie, sluiting)',
  flags: 'Kenmerken',
  formality: 'Hoe formeel?',
  from: 'Van',
  grantedBy: 'Wie kent het toe?',
  grantingServiceTypes: 'Waar vraag je het aan?',
  icon: 'Icoon',
  id: 'Vaste id (UUID)',
  incomplete: 'Gegevens onvolledig',
  keywords: 'Andere woorden',
  kortEnEenvoudig: 'Kort en eenvoudig (makkelijk lezen)',
  label: 'Omschrijving',
  languages: 'Talen',
  lastChecked: 'Laatst gecontroleerd op',
  latitude: 'Breedtegraad',
  level: 'Overheid',
  locations: 'Adressen',
  longitude: 'Lengtegraad',
  mergedFrom: 'Samengevoegd uit',
  municipalities: 'Gemeenten',
  municipality: 'Gemeente',
  name: 'Naam',
  nameFr: 'Franse naam',
  nis: 'NIS-code',
  note: 'Opmerking',
  notes: 'Opmerkingen',
  number: 'Nummer',
  openingHours: 'Openingsuren',
  opens: 'Opent om',
  order: 'Volgorde',
  per: 'Per',
  phones: 'Telefoonnummers',
  postcode: 'Postcode',
  postcodes: 'Postcodes',
  province: 'Provincie',
  provinces: 'Provincies',
  question: 'Vraag (in de woorden van een gezin)',
  ref: 'Plaats in de bron',
  region: 'Gewest',
  regions: 'Gewesten',
  regular: 'Vaste uren',
  rights: 'Rechten',
  serviceArea: 'Werkgebied',
  serviceTypes: 'Eerst proberen bij',
  source: 'Bron',
  sources: 'Bronnen',
  status: 'Status',
  street: 'Straat en nummer',
  summary: 'Samenvatting',
  targetGroups: 'Voor wie?',
  text: 'Bedrag in woorden',
  title: 'Titel',
  transport: 'Openbaar vervoer',
  type: 'Soort dienst',
  unlocks: 'Opent de deur naar',
  until: 'Tot en met',
  url: 'Webadres',
  urgent: 'Dringend',
  validFrom: 'Geldig vanaf',
  validUntil: 'Geldig tot',
  value: 'Bedrag (getal)',
  variants: 'Lokale versies',
  website: 'Website',
  why: 'Waarom hier?',
};

/** Where one name means something else in one place: `collection:path`. */
export const PATH_LABELS: Record<string, string> = {
  'rights:amounts.id': 'Naam voor regels',
  'organisations:phones.label': 'Uitleg bij het nummer',
  'rights:amounts.label': 'Waarvoor?',
};

export const fieldLabel = (collection: string, path: string, name: string) => PATH_LABELS[`${collection}:${path}`] ?? FIELD_LABELS[name] ?? name;

/** Dutch labels for each fixed vocabulary, found by its values. */
const VOCABULARY_LABELS: [readonly string[], Record<string, string>][] = [
  [FORMALITIES, formalityLabel],
  [ACCESS_MODES, accessLabel],
  [FLAGS, flagLabel],
  [TARGET_GROUPS, targetGroupLabel],
  [REGIONS, regionLabel],
  [PROVINCES, provinceLabel],
  [RIGHT_LEVELS, levelLabel],
  [RIGHT_ACCESS, rightAccessLabel],
  [WEEKDAYS, weekdayLabel],
  [['active', 'temporarily-closed', 'inactive'], { active: 'Actief', 'temporarily-closed': 'Tijdelijk gesloten', inactive: 'Niet meer actief' }],
];

export function optionLabels(values: readonly unknown[]): Record<string, string> | undefined {
  const key = [...values].map(String).sort().join('|');
  return VOCABULARY_LABELS.find(([vocabulary]) => [...vocabulary].sort().join('|') === key)?.[1];
}

/** Short Dutch messages for the formats the schemas check, keyed by the regular expression. */
export const PATTERN_MESSAGES: Record<string, string> = {
  '^[1-9]\\d{4}$': 'Een NIS-code heeft 5 cijfers, bijvoorbeeld 44021 voor Gent.',
  '^[1-9]\\d{3}$': 'Een Belgische postcode heeft 4 cijfers.',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Gebruik kleine letters, cijfers en streepjes.',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'Schrijf een uur als UU:MM, bijvoorbeeld 09:00.',
  '^\\+?[0-9][0-9 ./]{1,18}[0-9]$': 'Cijfers, spaties, punten of schuine strepen, bijvoorbeeld 09 266 99 11 of 106.',
  '^[a-z]{2,3}$': 'Een taalcode in kleine letters, bijvoorbeeld nl, fr of ar.',
};
