/**
 * The fixed vocabularies of the content model. Kept free of imports so browser code (islands)
 * can use them without pulling in Astro or zod.
 */

export const DOMAIN_IDS = [
  'geld-en-papieren',
  'eten-en-spullen',
  'wonen',
  'gezondheid',
  'zwanger-en-opvoeding',
  'school-en-opvang',
  'werk-en-opleiding',
  'taal-en-verblijf',
  'vrije-tijd',
  'mensen-en-steun',
] as const;

export const FORMALITIES = ['formal', 'semi-formal', 'informal'] as const;

/** How a person gets in. */
export const ACCESS_MODES = ['walk-in', 'appointment', 'referral', 'phone', 'online', 'outreach'] as const;

export const FLAGS = ['walk-in', 'undocumented-welcome', 'interpreter', 'home-visits', 'free'] as const;

/** Who a service is for. */
export const TARGET_GROUPS = [
  'iedereen',
  'gezinnen',
  'kinderen',
  'jongeren',
  'ouders',
  'zwangere-vrouwen',
  'alleenstaande-ouders',
  'ouderen',
  'nieuwkomers',
  'vluchtelingen',
  'mensen-zonder-papieren',
  'dak-en-thuislozen',
  'mensen-in-armoede',
  'mensen-met-een-beperking',
  'vrijwilligers',
  'hulpverleners',
] as const;

export const REGIONS = ['vlaanderen', 'brussel'] as const;

export const PROVINCES = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
  'brussel',
] as const;

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;

export const ICONS = [
  'euro', 'basket', 'house', 'heart', 'baby', 'school', 'work', 'language', 'ball', 'people',
] as const;

export const RIGHT_LEVELS = ['federal', 'flemish', 'brussels', 'local'] as const;

export const RIGHT_ACCESS = ['automatic', 'automatic-check', 'apply', 'apply-via-worker', 'discretionary'] as const;
