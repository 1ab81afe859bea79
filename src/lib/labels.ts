/** Dutch (nl-BE) labels for the values used in content. UI words live here, not in components. */
import type { ACCESS_MODES, DOMAIN_IDS, FLAGS, FORMALITIES, PROVINCES, REGIONS, RIGHT_ACCESS, RIGHT_LEVELS, TARGET_GROUPS, WEEKDAYS } from './vocabulary';

type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

export const formalityLabel: LabelsOf<typeof FORMALITIES> = {
  formal: 'Formeel',
  'semi-formal': 'Semi-formeel',
  informal: 'Informeel',
};

export const formalityExplanation: LabelsOf<typeof FORMALITIES> = {
  formal: 'Een officiële dienst, van de overheid of erkend.',
  'semi-formal': 'Een vereniging of project, vaak met vrijwilligers en een paar betaalde mensen.',
  informal: 'Een groep burgers of vrijwilligers, zonder officiële erkenning.',
};

export const flagLabel: LabelsOf<typeof FLAGS> = {
  'walk-in': 'Zonder afspraak',
  'undocumented-welcome': 'Ook zonder papieren welkom',
  interpreter: 'Tolk mogelijk',
  'home-visits': 'Komt aan huis',
  free: 'Gratis',
};

export const accessLabel: LabelsOf<typeof ACCESS_MODES> = {
  'walk-in': 'Binnenlopen zonder afspraak',
  appointment: 'Op afspraak',
  referral: 'Via doorverwijzing',
  phone: 'Eerst bellen',
  online: 'Online',
  outreach: 'Zij komen naar jou toe',
};

export const targetGroupLabel: LabelsOf<typeof TARGET_GROUPS> = {
  iedereen: 'Iedereen',
  gezinnen: 'Gezinnen',
  kinderen: 'Kinderen',
  jongeren: 'Jongeren',
  ouders: 'Ouders',
  'zwangere-vrouwen': 'Zwangere vrouwen',
  'alleenstaande-ouders': 'Alleenstaande ouders',
  ouderen: 'Ouderen',
  nieuwkomers: 'Nieuwkomers',
  vluchtelingen: 'Vluchtelingen',
  'mensen-zonder-papieren': 'Mensen zonder papieren',
  'dak-en-thuislozen': 'Dak- en thuislozen',
  'mensen-in-armoede': 'Mensen in armoede',
  'mensen-met-een-beperking': 'Mensen met een beperking',
  vrijwilligers: 'Vrijwilligers',
  hulpverleners: 'Hulpverleners',
};

export const regionLabel: LabelsOf<typeof REGIONS> = { vlaanderen: 'Vlaanderen', brussel: 'Brussel' };

export const provinceLabel: LabelsOf<typeof PROVINCES> = {
  antwerpen: 'Antwerpen',
  limburg: 'Limburg',
  'oost-vlaanderen': 'Oost-Vlaanderen',
  'vlaams-brabant': 'Vlaams-Brabant',
  'west-vlaanderen': 'West-Vlaanderen',
  brussel: 'Brussels Hoofdstedelijk Gewest',
};

export const levelLabel: LabelsOf<typeof RIGHT_LEVELS> = {
  federal: 'Federaal (heel België)',
  flemish: 'Vlaams',
  brussels: 'Brussels',
  local: 'Lokaal (gemeente of OCMW)',
};

export const rightAccessLabel: LabelsOf<typeof RIGHT_ACCESS> = {
  automatic: 'Krijg je automatisch',
  'automatic-check': 'Automatisch, maar kijk na of je het krijgt',
  apply: 'Zelf aanvragen',
  'apply-via-worker': 'Aanvragen met hulp van een hulpverlener',
  discretionary: 'De dienst beslist per situatie',
};

export const weekdayLabel: LabelsOf<typeof WEEKDAYS> = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
};

export const languageLabel: Record<string, string> = {
  nl: 'Nederlands',
  fr: 'Frans',
  en: 'Engels',
  de: 'Duits',
  ar: 'Arabisch',
  tr: 'Turks',
  es: 'Spaans',
  pt: 'Portugees',
  it: 'Italiaans',
  pl: 'Pools',
  ro: 'Roemeens',
  bg: 'Bulgaars',
  ru: 'Russisch',
  uk: 'Oekraïens',
  fa: 'Perzisch (Farsi)',
  prs: 'Dari',
  ps: 'Pasjtoe',
  so: 'Somalisch',
  ti: 'Tigrinya',
  am: 'Amhaars',
  ber: 'Berbers (Tamazight)',
  ku: 'Koerdisch',
  sq: 'Albanees',
  ln: 'Lingala',
  sw: 'Swahili',
  ur: 'Urdu',
  hi: 'Hindi',
  zh: 'Chinees',
  vi: 'Vietnamees',
};

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (d: Date) => dateFormat.format(d);

export const formatKm = (km: number) =>
  km < 1 ? 'minder dan 1 km' : `${new Intl.NumberFormat('nl-BE', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;

/** Short domain names where space is tight (the netwerkkaart drawing, the action plan table). */
export const domainShortLabel: Record<(typeof DOMAIN_IDS)[number], string> = {
  'geld-en-papieren': 'Geld en papieren',
  'eten-en-spullen': 'Eten en spullen',
  wonen: 'Wonen',
  gezondheid: 'Gezondheid',
  'zwanger-en-opvoeding': 'Baby en opvoeding',
  'school-en-opvang': 'School en opvang',
  'werk-en-opleiding': 'Werk en opleiding',
  'taal-en-verblijf': 'Taal en verblijf',
  'vrije-tijd': 'Vrije tijd',
  'mensen-en-steun': 'Mensen en steun',
};
