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

// Rights explorer (src/lib/rights/): how a household fact is answered and what rules may ask of it.

/** boolean: yes/no · choice: one of `values` · choices: any of `values` · number · municipality:
 * a NIS code · children: a list of children, each with the person facts. */
export const FACT_TYPES = ['boolean', 'choice', 'choices', 'number', 'municipality', 'children'] as const;

/** Operators a rule leaf may use, per fact type. `includes` is true when any listed value is chosen. */
export const OPERATORS_BY_FACT_TYPE = {
  boolean: ['isTrue', 'isFalse'],
  choice: ['eq', 'in'],
  choices: ['includes'],
  number: ['eq', 'lt', 'lte', 'gt', 'gte'],
  municipality: ['in'],
  children: [],
} as const satisfies Record<(typeof FACT_TYPES)[number], readonly string[]>;

export const RULE_OPERATORS = ['eq', 'in', 'lt', 'lte', 'gt', 'gte', 'includes', 'isTrue', 'isFalse'] as const;

/** Household members a `some` condition can range over. */
export const PERSON_GROUPS = ['kinderen'] as const;

/** What the explorer says about one right: never a bare yes or no. */
export const RESULT_STATUSES = ['likely', 'maybe', 'unlikely'] as const;
