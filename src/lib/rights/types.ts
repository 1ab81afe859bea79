/**
 * What the rights explorer works with in the browser: the rules and facts as the build embeds
 * them in the page (plain JSON: dates as YYYY-MM-DD), and a household's answers.
 * Type-only imports from the content schemas, so islands never pull in zod or Node code.
 */
import type { Fact, PersonFact, RuleNode } from '../../content.config';
import type { RIGHT_ACCESS, RESULT_STATUSES } from '../vocabulary';

export type { Fact, PersonFact, RuleNode };
export type ResultStatus = (typeof RESULT_STATUSES)[number];
export type Tri = 'yes' | 'no' | 'unknown';

/** One child of the household: person facts by id (`leeftijd`, `school`). */
export type Child = Record<string, string | number | undefined>;
export type FactValue = boolean | number | string | string[] | Child[];
/** Known facts of a household; a missing key is "not known". */
export type Facts = Readonly<Record<string, FactValue | undefined>>;

/** Why a question was not answered: both count as "not known" for the rules. */
export type Skip = 'weet-niet' | 'liever-niet';
export type Answer = { value: FactValue } | { skip: Skip };
export type Answers = Readonly<Record<string, Answer>>;

export interface AmountView {
  id?: string;
  label: string;
  value?: number;
  text?: string;
  per?: string;
  validFrom: string;
  validUntil?: string;
  source: { title: string; url?: string };
}

export interface VariantRule {
  id: string;
  municipalities: string[];
  alsoEligible?: RuleNode;
  eligibility?: RuleNode;
  note: string;
  documentRefs?: string[];
  source: { title: string; url?: string };
  lastChecked: string;
}

/** A right as the explorer evaluates and shows it. */
export interface RightRule {
  id: string;
  title: string;
  summary: string;
  domains: string[];
  access: (typeof RIGHT_ACCESS)[number];
  accessNote?: string;
  grantedBy: string;
  regions: string[];
  municipalities?: string[];
  eligibility: RuleNode;
  variants: VariantRule[];
  checkedByOffice: string[];
  /** The right's own list of documents, in words (shown on its card). */
  documents: string[];
  documentRefs: string[];
  amounts: AmountView[];
  unlocks: string[];
  grantingServiceTypes: string[];
  incomplete: boolean;
}

export interface Screen {
  id: string;
  title: string;
}

/** An organisation where people can ask for a right, as the results show it. */
export interface Office {
  id: string;
  name: string;
  type: string;
  address: string;
  phone?: string;
}

/** Everything the explorer page embeds. Nothing about a household is ever fetched. */
export interface ExplorerData {
  /** Day of the build (YYYY-MM-DD): amounts are judged on the day of use, not of the build. */
  builtOn: string;
  screens: Screen[];
  facts: Fact[];
  personFacts: PersonFact[];
  rights: RightRule[];
  documents: Record<string, { title: string; where?: string }>;
  domains: { id: string; name: string }[];
  serviceTypes: Record<string, string>;
  /** Municipalities: NIS code → names, postcodes (to find it as typed), region and URL slug. */
  municipalities: Record<string, { name: string; nameFr?: string; postcodes: string[]; region: string; slug: string }>;
  offices: Office[];
  /** Per NIS code, per service type: indexes into `offices`, nearest first, with km (null: phone or online). */
  officesNear: Record<string, Record<string, [number, number | null][]>>;
}
