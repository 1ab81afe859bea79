/**
 * The labels of src/lib/labels.ts (values used in content: formality, flags, target groups,
 * weekdays, languages...) in every language of the site. Dutch re-uses the tables of
 * src/lib/labels.ts unchanged; French and English are complete; Arabic falls back to English.
 *
 *   const l = labelsFor(locale);
 *   l.targetGroup.gezinnen   // "Familles" on a French page
 *   l.formatDate(date)       // "3 mars 2025"
 *
 * Plain TypeScript without Astro imports: islands may import it too.
 */
import * as nlLabels from '../labels';
import type { ACCESS_MODES, DOMAIN_IDS, FLAGS, FORMALITIES, PROVINCES, REGIONS, RIGHT_ACCESS, RIGHT_LEVELS, TARGET_GROUPS, WEEKDAYS } from '../vocabulary';
import { localeInfo, type Locale } from './locales';

type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

export interface Labels {
  formality: LabelsOf<typeof FORMALITIES>;
  formalityExplanation: LabelsOf<typeof FORMALITIES>;
  flag: LabelsOf<typeof FLAGS>;
  access: LabelsOf<typeof ACCESS_MODES>;
  targetGroup: LabelsOf<typeof TARGET_GROUPS>;
  region: LabelsOf<typeof REGIONS>;
  province: LabelsOf<typeof PROVINCES>;
  level: LabelsOf<typeof RIGHT_LEVELS>;
  rightAccess: LabelsOf<typeof RIGHT_ACCESS>;
  weekday: LabelsOf<typeof WEEKDAYS>;
  /** Spoken languages by ISO code; an unknown code has no entry (show the code). */
  language: Record<string, string>;
  /** Short domain names where space is tight. */
  domainShort: LabelsOf<typeof DOMAIN_IDS>;
  /** A calendar date in the page's language, e.g. "3 maart 2025" / "3 mars 2025" / "3 March 2025". */
  formatDate: (d: Date) => string;
  /** A distance, e.g. "2,5 km" or "minder dan 1 km". */
  formatKm: (km: number) => string;
}

const nl: Labels = {
  formality: nlLabels.formalityLabel,
  formalityExplanation: nlLabels.formalityExplanation,
  flag: nlLabels.flagLabel,
  access: nlLabels.accessLabel,
  targetGroup: nlLabels.targetGroupLabel,
  region: nlLabels.regionLabel,
  province: nlLabels.provinceLabel,
  level: nlLabels.levelLabel,
  rightAccess: nlLabels.rightAccessLabel,
  weekday: nlLabels.weekdayLabel,
  language: nlLabels.languageLabel,
  domainShort: nlLabels.domainShortLabel,
  formatDate: nlLabels.formatDate,
  formatKm: nlLabels.formatKm,
};

const dateFormatter = (tag: string) => {
  const f = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (d: Date) => f.format(d);
};
const kmFormatter = (tag: string, lessThanOne: string) => (km: number) =>
  km < 1 ? lessThanOne : `${new Intl.NumberFormat(tag, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;

const fr: Labels = {
  formality: { formal: 'Formel', 'semi-formal': 'Semi-formel', informal: 'Informel' },
  formalityExplanation: {
    formal: 'Un service officiel, des pouvoirs publics ou reconnu.',
    'semi-formal': 'Une association ou un projet, souvent avec des bénévoles et quelques personnes payées.',
    informal: 'Un groupe de citoyens ou de bénévoles, sans reconnaissance officielle.',
  },
  flag: {
    'walk-in': 'Sans rendez-vous',
    'undocumented-welcome': 'Bienvenue aussi sans papiers',
    interpreter: 'Interprète possible',
    'home-visits': 'Vient à domicile',
    free: 'Gratuit',
  },
  access: {
    'walk-in': 'Entrer sans rendez-vous',
    appointment: 'Sur rendez-vous',
    referral: 'Envoyé par un autre service',
    phone: "Téléphoner d'abord",
    online: 'En ligne',
    outreach: 'Ils viennent vers vous',
  },
  targetGroup: {
    iedereen: 'Tout le monde',
    gezinnen: 'Familles',
    kinderen: 'Enfants',
    jongeren: 'Jeunes',
    ouders: 'Parents',
    'zwangere-vrouwen': 'Femmes enceintes',
    'alleenstaande-ouders': 'Parents seuls',
    ouderen: 'Personnes âgées',
    nieuwkomers: 'Primo-arrivants',
    vluchtelingen: 'Réfugiés',
    'mensen-zonder-papieren': 'Personnes sans papiers',
    'dak-en-thuislozen': 'Personnes sans abri',
    'mensen-in-armoede': 'Personnes en situation de pauvreté',
    'mensen-met-een-beperking': 'Personnes en situation de handicap',
    vrijwilligers: 'Bénévoles',
    hulpverleners: 'Travailleurs sociaux',
  },
  region: { vlaanderen: 'Flandre', brussel: 'Bruxelles' },
  province: {
    antwerpen: 'Anvers',
    limburg: 'Limbourg',
    'oost-vlaanderen': 'Flandre orientale',
    'vlaams-brabant': 'Brabant flamand',
    'west-vlaanderen': 'Flandre occidentale',
    brussel: 'Région de Bruxelles-Capitale',
  },
  level: {
    federal: 'Fédéral (toute la Belgique)',
    flemish: 'Flamand',
    brussels: 'Bruxellois',
    local: 'Local (commune ou CPAS)',
  },
  rightAccess: {
    automatic: 'Vous le recevez automatiquement',
    'automatic-check': 'Automatique, mais vérifiez que vous le recevez',
    apply: 'À demander vous-même',
    'apply-via-worker': "À demander avec l'aide d'un travailleur social",
    discretionary: 'Le service décide selon chaque situation',
  },
  weekday: { ma: 'lundi', di: 'mardi', wo: 'mercredi', do: 'jeudi', vr: 'vendredi', za: 'samedi', zo: 'dimanche' },
  language: {
    nl: 'néerlandais',
    fr: 'français',
    en: 'anglais',
    de: 'allemand',
    ar: 'arabe',
    tr: 'turc',
    es: 'espagnol',
    pt: 'portugais',
    it: 'italien',
    pl: 'polonais',
    ro: 'roumain',
    bg: 'bulgare',
    ru: 'russe',
    uk: 'ukrainien',
    fa: 'persan (farsi)',
    prs: 'dari',
    ps: 'pachto',
    so: 'somali',
    ti: 'tigrinya',
    am: 'amharique',
    ber: 'berbère (tamazight)',
    ku: 'kurde',
    sq: 'albanais',
    ln: 'lingala',
    sw: 'swahili',
    ur: 'ourdou',
    hi: 'hindi',
    zh: 'chinois',
    vi: 'vietnamien',
  },
  domainShort: {
    'geld-en-papieren': 'Argent et papiers',
    'eten-en-spullen': 'Nourriture et objets',
    wonen: 'Logement',
    gezondheid: 'Santé',
    'zwanger-en-opvoeding': 'Bébé et éducation',
    'school-en-opvang': 'École et accueil',
    'werk-en-opleiding': 'Travail et formation',
    'taal-en-verblijf': 'Langue et séjour',
    'vrije-tijd': 'Loisirs',
    'mensen-en-steun': 'Entourage et soutien',
  },
  formatDate: dateFormatter(localeInfo.fr.tag),
  formatKm: kmFormatter(localeInfo.fr.tag, "moins d'1 km"),
};

const en: Labels = {
  formality: { formal: 'Formal', 'semi-formal': 'Semi-formal', informal: 'Informal' },
  formalityExplanation: {
    formal: 'An official service, from the government or recognised by it.',
    'semi-formal': 'An association or project, often with volunteers and a few paid staff.',
    informal: 'A group of citizens or volunteers, without official recognition.',
  },
  flag: {
    'walk-in': 'No appointment needed',
    'undocumented-welcome': 'Also welcome without papers',
    interpreter: 'Interpreter possible',
    'home-visits': 'Comes to your home',
    free: 'Free',
  },
  access: {
    'walk-in': 'Walk in without an appointment',
    appointment: 'By appointment',
    referral: 'Sent by another service (referral)',
    phone: 'Call first',
    online: 'Online',
    outreach: 'They come to you',
  },
  targetGroup: {
    iedereen: 'Everyone',
    gezinnen: 'Families',
    kinderen: 'Children',
    jongeren: 'Young people',
    ouders: 'Parents',
    'zwangere-vrouwen': 'Pregnant women',
    'alleenstaande-ouders': 'Single parents',
    ouderen: 'Older people',
    nieuwkomers: 'Newcomers',
    vluchtelingen: 'Refugees',
    'mensen-zonder-papieren': 'People without papers',
    'dak-en-thuislozen': 'Homeless people',
    'mensen-in-armoede': 'People in poverty',
    'mensen-met-een-beperking': 'People with a disability',
    vrijwilligers: 'Volunteers',
    hulpverleners: 'Social workers',
  },
  region: { vlaanderen: 'Flanders', brussel: 'Brussels' },
  province: {
    antwerpen: 'Antwerp',
    limburg: 'Limburg',
    'oost-vlaanderen': 'East Flanders',
    'vlaams-brabant': 'Flemish Brabant',
    'west-vlaanderen': 'West Flanders',
    brussel: 'Brussels-Capital Region',
  },
  level: {
    federal: 'Federal (all of Belgium)',
    flemish: 'Flemish',
    brussels: 'Brussels',
    local: 'Local (municipality or OCMW/CPAS)',
  },
  rightAccess: {
    automatic: 'You get it automatically',
    'automatic-check': 'Automatic, but check that you get it',
    apply: 'You apply yourself',
    'apply-via-worker': 'You apply with help from a social worker',
    discretionary: 'The service decides for each situation',
  },
  weekday: { ma: 'Monday', di: 'Tuesday', wo: 'Wednesday', do: 'Thursday', vr: 'Friday', za: 'Saturday', zo: 'Sunday' },
  language: {
    nl: 'Dutch',
    fr: 'French',
    en: 'English',
    de: 'German',
    ar: 'Arabic',
    tr: 'Turkish',
    es: 'Spanish',
    pt: 'Portuguese',
    it: 'Italian',
    pl: 'Polish',
    ro: 'Romanian',
    bg: 'Bulgarian',
    ru: 'Russian',
    uk: 'Ukrainian',
    fa: 'Persian (Farsi)',
    prs: 'Dari',
    ps: 'Pashto',
    so: 'Somali',
    ti: 'Tigrinya',
    am: 'Amharic',
    ber: 'Berber (Tamazight)',
    ku: 'Kurdish',
    sq: 'Albanian',
    ln: 'Lingala',
    sw: 'Swahili',
    ur: 'Urdu',
    hi: 'Hindi',
    zh: 'Chinese',
    vi: 'Vietnamese',
  },
  domainShort: {
    'geld-en-papieren': 'Money and papers',
    'eten-en-spullen': 'Food and things',
    wonen: 'Housing',
    gezondheid: 'Health',
    'zwanger-en-opvoeding': 'Baby and parenting',
    'school-en-opvang': 'School and childcare',
    'werk-en-opleiding': 'Work and training',
    'taal-en-verblijf': 'Language and residence',
    'vrije-tijd': 'Free time',
    'mensen-en-steun': 'People and support',
  },
  formatDate: dateFormatter(localeInfo.en.tag),
  formatKm: kmFormatter(localeInfo.en.tag, 'less than 1 km'),
};

const tables: Record<Locale, Labels> = { nl, fr, en, ar: en };

/** The value labels in `locale` (Arabic: English for now). */
export function labelsFor(locale: Locale): Labels {
  return tables[locale] ?? nl;
}
