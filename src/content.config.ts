/**
 * Every content schema of Wegwijzer, in one place.
 *
 * Content lives as Markdown with YAML frontmatter in `content/<collection>/`. The same schemas
 * serve Astro (the `collections` export below) and our own validator (`npm run check:content`,
 * `src/lib/validate.ts`), which reports every problem in one run instead of Astro's first one.
 *
 * This module imports only real packages (no `astro:content` virtual module), so scripts and
 * unit tests can import it outside Astro. References between collections are plain ids; the
 * validator checks that each one exists (Astro's `reference()` only logs a dangling id).
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  ACCESS_MODES,
  DOMAIN_IDS,
  FACT_TYPES,
  FLAGS,
  FORMALITIES,
  ICONS,
  PROVINCES,
  PERSON_GROUPS,
  REGIONS,
  RESULT_STATUSES,
  RIGHT_ACCESS,
  RIGHT_LEVELS,
  RULE_OPERATORS,
  TARGET_GROUPS,
  WEEKDAYS,
} from './lib/vocabulary';

export { ACCESS_MODES, DOMAIN_IDS, FLAGS, FORMALITIES, ICONS, PROVINCES, REGIONS, RIGHT_ACCESS, RIGHT_LEVELS, TARGET_GROUPS, WEEKDAYS };

// ---------------------------------------------------------------------------------------------
// Shared building blocks
// ---------------------------------------------------------------------------------------------

/** The ten life domains (levensdomeinen) of the brief. Their pages come from `content/domains/`. */

/** How formal a service or initiative is: public or recognised service, recognised volunteer
 * organisation, or a group of citizens. Shown as formeel / semi-formeel / informeel. */


/** Yes/no properties that families filter on. */





/** Spoken languages, ISO 639-1 (or 639-3 where no two-letter code exists). */
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, { error: 'use a lowercase ISO 639 language code such as "nl", "fr" or "ar"' });

/** A municipality by its NIS code (5 digits). YAML may read it as a number: both are accepted. */
export const nisCode = z.coerce
  .string()
  .regex(/^[1-9]\d{4}$/, { error: 'is not a NIS code (5 digits, for example 44021 for Gent)' });

/** A Belgian postcode: 4 digits, 1000 to 9999. */
export const postcode = z.coerce
  .string()
  .regex(/^[1-9]\d{3}$/, { error: 'is not a Belgian postcode (4 digits)' });

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase letters, digits and hyphens only' });

/** A calendar date written as YYYY-MM-DD. */
const isoDate = z.coerce.date({ error: 'is not a date: write it as YYYY-MM-DD' });

const latitude = z
  .number()
  .min(49.4, { error: 'lies outside Belgium (latitude 49.4 to 51.6)' })
  .max(51.6, { error: 'lies outside Belgium (latitude 49.4 to 51.6)' });
const longitude = z
  .number()
  .min(2.5, { error: 'lies outside Belgium (longitude 2.5 to 6.5)' })
  .max(6.5, { error: 'lies outside Belgium (longitude 2.5 to 6.5)' });

const nonEmpty = z.string().trim().min(1, { error: 'may not be empty' });

/**
 * Translations of an entry's texts: `translations: { fr: {...}, en: {...}, ar: {...} }`, each with
 * the same field names as the Dutch fields it translates, plus `body` (Markdown) for the text
 * below the frontmatter. Everything is optional: what is missing shows in Dutch with a
 * "nog niet vertaald" note. Facts (addresses, numbers, amounts) are never translated.
 */
function translations<T extends z.ZodRawShape>(shape: T) {
  const one = z.strictObject({ ...shape, body: z.string().optional() }).partial();
  return z.strictObject({ fr: one.optional(), en: one.optional(), ar: one.optional() }).default({});
}

/** Where a fact comes from. `ref` points into `shared/sources` (document and lines) where it applies. */
export const sourceSchema = z.strictObject({
  /** Human-readable name of the source, e.g. "Caritas Vlaanderen, Gezinvol Ondersteunen". */
  title: nonEmpty,
  /** Official page where the fact can be checked. */
  url: z.url({ error: 'is not a valid web address (start with https://)' }).optional(),
  /** Place in the source document, e.g. "003, r. 2370-2385". */
  ref: z.string().optional(),
});

/** Easy-reading summary ("makkelijk lezen"): two to four very short sentences in everyday words,
 * for readers with little Dutch. Shown first on the page. The content check warns when it is missing. */
const easyReading = nonEmpty.optional();

const provenance = {
  /** At least one source for the facts in this entry. */
  sources: z.array(sourceSchema).min(1, { error: 'needs at least one source' }),
  /** When an editor last checked these facts. Shown as "laatst gecontroleerd op". */
  lastChecked: isoDate,
};

// ---------------------------------------------------------------------------------------------
// domains: the ten levensdomeinen
// ---------------------------------------------------------------------------------------------


export const domainSchema = z.strictObject({
  /** Plain Dutch name shown on tiles, e.g. "Wonen en energie". */
  name: nonEmpty,
  /** One or two short sentences: what belongs to this domain. */
  summary: nonEmpty,
  /** Icon drawn on the tile (one of the built-in icons). */
  icon: z.enum(ICONS),
  /** Position on the home page, 1 to 10. */
  order: z.number().int().min(1).max(10),
  /** Name, summary and body in French, English and Arabic (see `translations`). */
  translations: translations({ name: nonEmpty, summary: nonEmpty }),
});

// ---------------------------------------------------------------------------------------------
// service-types: "what does an OCMW do, and what not?"
// ---------------------------------------------------------------------------------------------

export const serviceTypeSchema = z.strictObject({
  /** Name of this kind of service, e.g. "OCMW (Sociaal Huis)". */
  name: nonEmpty,
  /** Other names people use: abbreviations, French names (CPAS), old names. Search finds them. */
  alternateNames: z.array(nonEmpty).default([]),
  /** Formal, semi-formal or informal. */
  formality: z.enum(FORMALITIES),
  /** Life domains this kind of service helps with (ids from content/domains). */
  domains: z.array(z.enum(DOMAIN_IDS)).min(1, { error: 'needs at least one domain' }),
  /** One sentence in plain Dutch: what it is. */
  summary: nonEmpty,
  kortEnEenvoudig: easyReading,
  /** What it does, as short points. */
  does: z.array(nonEmpty).min(1, { error: 'needs at least one thing it does' }),
  /** What it does NOT do: the heart of "welke dienst doet wat". */
  doesNot: z.array(nonEmpty).min(1, { error: 'needs at least one thing it does not do' }),
  /** How people usually get in. */
  access: z.array(z.enum(ACCESS_MODES)).min(1),
  /** Extra words on getting in, e.g. "Bel eerst voor een afspraak." */
  accessNote: z.string().optional(),
  /** What it usually costs, in words. */
  cost: nonEmpty,
  /** Documents people usually bring. */
  documents: z.array(nonEmpty).default([]),
  /** Regions where this kind of service exists. Leave out when it exists everywhere. */
  regions: z.array(z.enum(REGIONS)).optional(),
  ...provenance,
  /** Texts in French, English and Arabic (see `translations`). */
  translations: translations({ name: nonEmpty, summary: nonEmpty, kortEnEenvoudig: nonEmpty, does: z.array(nonEmpty), doesNot: z.array(nonEmpty), cost: nonEmpty }),
});

// ---------------------------------------------------------------------------------------------
// rights explorer: facts dictionary, documents catalogue and machine-readable rules
// (content/rights-facts.yaml, content/rights-documents.yaml, and the rule fields of each right).
// Structure is checked here; which facts, values, rights and amounts a rule names is checked by
// src/lib/rights/check.ts, which knows the dictionary. The evaluator is src/lib/rights/evaluate.ts.
// ---------------------------------------------------------------------------------------------

/** A value a rule compares with: one value, or a list for `in` and `includes`. */
export type RuleValue = string | number | boolean | (string | number)[];

/** A condition over household facts. Each kind is told apart by its key:
 * - `all` / `any`: every / at least one sub-condition holds;
 * - `not`: the sub-condition does not hold;
 * - `some: kinderen` + `where`: at least one child meets `where` (person facts only);
 * - `fact` + `op` + `value` or `param`: a fact from the dictionary (`param` = an amount id of this right);
 * - `right`: the explorer's result for another right (a gateway such as the verhoogde tegemoetkoming);
 * - `office`: a condition only the office can check: never decided by the tool ("misschien"). */
export type RuleNode =
  | { id?: string; all: RuleNode[]; because?: string; becauseNot?: string }
  | { id?: string; any: RuleNode[]; because?: string; becauseNot?: string }
  | { id?: string; not: RuleNode; because?: string; becauseNot?: string }
  | { id?: string; some: (typeof PERSON_GROUPS)[number]; where: RuleNode; because: string; becauseNot: string }
  | { id?: string; fact: string; op: (typeof RULE_OPERATORS)[number]; value?: RuleValue; param?: string; because: string; becauseNot: string; proof?: string; already?: boolean }
  | { id?: string; right: string; because?: string; becauseNot?: string; proof?: string }
  | { id?: string; office: string };

const RULE_KINDS = ['all', 'any', 'not', 'some', 'fact', 'right', 'office'] as const;

const explainedGroup = {
  id: slug.optional(),
  /** Shown instead of the sub-conditions' own texts when the group holds. */
  because: nonEmpty.optional(),
  /** Shown instead of the sub-conditions' own texts when the group fails ("neither ... nor ..."). */
  becauseNot: nonEmpty.optional(),
};
const ruleValue = z.union([nonEmpty, z.number(), z.boolean(), z.array(z.union([nonEmpty, z.number()])).min(1)], {
  error: 'is not a value: write a word, a number, or a list such as [leefloon, equivalent-leefloon]',
});

const ruleNodeShapes = {
  /** An empty `all` holds for everyone (e.g. "Iedereen kan het krijgen"): give it a `because`. */
  all: z.strictObject({ ...explainedGroup, all: z.array(z.lazy(() => ruleNodeSchema)) }),
  any: z.strictObject({ ...explainedGroup, any: z.array(z.lazy(() => ruleNodeSchema)).min(1) }),
  not: z.strictObject({ ...explainedGroup, not: z.lazy(() => ruleNodeSchema) }),
  some: z.strictObject({
    id: slug.optional(),
    some: z.enum(PERSON_GROUPS),
    where: z.lazy(() => ruleNodeSchema),
    /** Plain Dutch, as a reason: "Een kind gaat naar de lagere school." */
    because: nonEmpty,
    becauseNot: nonEmpty,
  }),
  fact: z
    .strictObject({
      /** Name a condition to refer to it in `examples[].failedOn`. */
      id: slug.optional(),
      fact: slug,
      op: z.enum(RULE_OPERATORS),
      value: ruleValue.optional(),
      /** Compare with an amount of this right (its `amounts[].id`), e.g. an income limit. */
      param: slug.optional(),
      because: nonEmpty,
      becauseNot: nonEmpty,
      /** Document (id in content/rights-documents.yaml) that proves this condition, for the checklist. */
      proof: slug.optional(),
      /** This condition means the household already gets the right (e.g. "krijgt al een leefloon"). */
      already: z.boolean().optional(),
    })
    .refine((n) => (n.op === 'isTrue' || n.op === 'isFalse' ? n.value === undefined && n.param === undefined : (n.value === undefined) !== (n.param === undefined)), {
      error: 'give either value or param (isTrue and isFalse take neither)',
      path: ['value'],
    }),
  right: z.strictObject({
    ...explainedGroup,
    /** Id of another right (file name in content/rights/). */
    right: slug,
    proof: slug.optional(),
  }),
  office: z.strictObject({
    id: slug.optional(),
    /** What the office checks, in plain Dutch: "Het OCMW onderzoekt of je te weinig inkomen hebt." */
    office: nonEmpty,
  }),
} as const;

/** Picks the shape by key, so an editor gets the message of that shape instead of "invalid input". */
export const ruleNodeSchema: z.ZodType<RuleNode> = z.lazy(() =>
  z.unknown().transform((value, ctx) => {
    const kind = value !== null && typeof value === 'object' ? RULE_KINDS.find((k) => k in value) : undefined;
    if (!kind) {
      ctx.addIssue({ code: 'custom', input: value, message: `is not a condition: start it with one of ${RULE_KINDS.join(', ')}` });
      return z.NEVER;
    }
    const result = ruleNodeShapes[kind].safeParse(value);
    if (result.success) return result.data as RuleNode;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: undefined } as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  }),
);

/** One household fact the explorer can ask (content/rights-facts.yaml). */
export const factSchema = z.strictObject({
  /** Used in rules, in examples and in the share link, e.g. `inkomen`. Never rename: links break. */
  id: slug,
  type: z.enum(FACT_TYPES),
  /** Screen (from `screens`) on which the question is asked. */
  screen: slug,
  /** The question in plain Dutch, "je"-form. */
  question: nonEmpty,
  /** Extra help under the question, e.g. where to find the answer. */
  help: z.string().optional(),
  /** "Waarom vragen we dit?": which rights depend on it, in one or two sentences. */
  why: nonEmpty,
  /** Offer "weet ik niet". ("Zeg ik liever niet" is always offered.) */
  dontKnow: z.boolean().default(true),
  /** Sensitive (e.g. residence status): asked last, never put in a share link. */
  sensitive: z.boolean().default(false),
  /** Choices for `choice` and `choices`, in the order shown. */
  values: z.array(z.strictObject({ id: slug, label: nonEmpty })).optional(),
  /** For `choices`: the value meaning "none of these" (it clears the others). */
  noneValue: slug.optional(),
  /** For `number`: smallest and largest accepted answer, and the unit shown after the field. */
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  /** For `number`: the period of the amount ("jaar", "maand"); an amount used as `param` must match. */
  per: z.string().optional(),
  /** Filled in from another fact (the region from the municipality); asked only when that one is not answered. */
  derivedFrom: slug.optional(),
  /** Ask only when this condition is not known to be false (e.g. only with children). */
  askIf: ruleNodeSchema.optional(),
});

/** A fact of one household member (in the `children` list). */
export const personFactSchema = z.strictObject({
  id: slug,
  type: z.enum(['number', 'choice']),
  /** Short label next to the field, e.g. "Leeftijd". */
  label: nonEmpty,
  values: z.array(z.strictObject({ id: slug, label: nonEmpty })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const rightsFactsFileSchema = z.strictObject({
  /** Screens of the questionnaire, in order. One screen asks one or a few related facts. */
  screens: z.array(z.strictObject({ id: slug, title: nonEmpty })).min(1),
  facts: z.array(factSchema).min(1),
  personFacts: z.array(personFactSchema).default([]),
});

/** A document people bring (content/rights-documents.yaml); rights name them in `documentRefs`. */
export const documentSchema = z.strictObject({
  id: slug,
  /** What to bring, in plain Dutch, e.g. "Je identiteitskaart". */
  title: nonEmpty,
  /** Where you get it, if a source says so, e.g. "gratis bij de dienst bevolking van je gemeente". */
  where: z.string().optional(),
});

export const rightsDocumentsFileSchema = z.strictObject({ documents: z.array(documentSchema).min(1) });

/** A local version of a right in some municipalities (e.g. other UiTPAS grounds in Oostende). */
export const rightVariantSchema = z
  .strictObject({
    id: slug,
    municipalities: z.array(nisCode).min(1),
    /** Extra grounds here: the right holds when the main rule or this one holds. */
    alsoEligible: ruleNodeSchema.optional(),
    /** Replaces the main rule here. */
    eligibility: ruleNodeSchema.optional(),
    /** What is different here, in plain Dutch (shown with the result). */
    note: nonEmpty,
    /** Documents to bring here, instead of the right's own `documentRefs`. */
    documentRefs: z.array(slug).optional(),
    source: sourceSchema,
    lastChecked: isoDate,
  })
  .refine((v) => (v.alsoEligible === undefined) !== (v.eligibility === undefined), {
    error: 'give either alsoEligible (extra grounds) or eligibility (replaces the rule), not both or neither',
    path: ['eligibility'],
  });

/** A household with the result the rule must give; run by the validator and as a unit test. */
export const rightExampleSchema = z.strictObject({
  /** Who this is, e.g. "Alleenstaande moeder met leefloon in Gent". */
  name: nonEmpty,
  /** Answers by fact id; a fact left out is "not answered". */
  household: z.record(slug, z.unknown()),
  expect: z.enum(RESULT_STATUSES),
  /** For "maybe": facts that must be among the questions that would settle it. */
  missing: z.array(slug).optional(),
  /** For "unlikely": condition ids (`id:` in the rule) that must be among the failed ones. */
  failedOn: z.array(slug).optional(),
});

export type Fact = z.infer<typeof factSchema>;
export type PersonFact = z.infer<typeof personFactSchema>;
export type RightsFactsFile = z.infer<typeof rightsFactsFileSchema>;
export type RightDocument = z.infer<typeof documentSchema>;
export type RightVariant = z.infer<typeof rightVariantSchema>;
export type RightExample = z.infer<typeof rightExampleSchema>;

// ---------------------------------------------------------------------------------------------
// rights
// ---------------------------------------------------------------------------------------------


export const amountSchema = z.strictObject({
  /** Name it to use it in a rule as `param` (e.g. an income limit). A rule may not use an expired amount. */
  id: slug.optional(),
  /** What the amount is for, e.g. "Lager onderwijs, volledige toeslag". */
  label: nonEmpty,
  /** The number, if the source gives one. Leave out rather than guess. */
  value: z.number().nonnegative().optional(),
  /** The amount in words, when a single number does not fit (e.g. "tot 90% van de kosten"). */
  text: z.string().optional(),
  currency: z.literal('EUR').default('EUR'),
  /** Period the amount applies to, e.g. "jaar", "maand", "eenmalig". */
  per: z.string().optional(),
  /** First day this amount was valid. */
  validFrom: isoDate,
  /** Last day it was valid, if known. An expired amount is shown as "bedrag niet meer actueel". */
  validUntil: isoDate.optional(),
  /** Where the amount can be checked. */
  source: sourceSchema,
});

export const rightSchema = z.strictObject({
  /** Name of the right in plain Dutch, e.g. "Verhoogde tegemoetkoming". */
  title: nonEmpty,
  /** One sentence: what it gives. */
  summary: nonEmpty,
  kortEnEenvoudig: easyReading,
  /** Other names people use (search finds them). */
  alternateNames: z.array(nonEmpty).default([]),
  /** Government level that decides. */
  level: z.enum(RIGHT_LEVELS),
  /** Who grants it, in words, e.g. "je ziekenfonds". */
  grantedBy: nonEmpty,
  /** Service type where people apply or get help (id from content/service-types). */
  grantingServiceTypes: z.array(slug).default([]),
  /** Comes automatically, or do you have to ask? */
  access: z.enum(RIGHT_ACCESS),
  /** How to ask, or what to check when it should come automatically. */
  accessNote: z.string().optional(),
  /** Life domains (ids). */
  domains: z.array(z.enum(DOMAIN_IDS)).min(1, { error: 'needs at least one domain' }),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
  /** Regions where the right applies. */
  regions: z.array(z.enum(REGIONS)).min(1),
  /** For local rights: the municipalities (NIS codes) where this version applies. */
  municipalities: z.array(nisCode).optional(),
  /** Conditions in plain words. Machine-readable rules come with the rights explorer. */
  conditions: z.array(nonEmpty).min(1, { error: 'needs at least one condition in words' }),
  /** Conditions only the office can check (always shown). */
  checkedByOffice: z.array(nonEmpty).default([]),
  /** Documents to bring. */
  documents: z.array(nonEmpty).default([]),
  /** Dated amounts. Leave empty when the source gives none. */
  amounts: z.array(amountSchema).default([]),
  /** Rights this one opens the door to (ids). */
  unlocks: z.array(slug).default([]),
  /** True when conditions or amounts could not be confirmed in a source. */
  incomplete: z.boolean().default(false),
  // Rights explorer (see the section above). A right without `eligibility` is left out of it.
  /** The conditions as a rule over the facts of content/rights-facts.yaml. The right's `regions`
   * and `municipalities` are added to it: no need to repeat them. */
  eligibility: ruleNodeSchema.optional(),
  /** Local versions per municipality. */
  variants: z.array(rightVariantSchema).default([]),
  /** Documents to bring, from content/rights-documents.yaml: merged into one checklist. */
  documentRefs: z.array(slug).default([]),
  /** Example households with the expected result (3 or more). */
  examples: z.array(rightExampleSchema).default([]),
  ...provenance,
  /** Texts in French, English and Arabic (see `translations`). */
  translations: translations({ title: nonEmpty, summary: nonEmpty, kortEnEenvoudig: nonEmpty, conditions: z.array(nonEmpty) }),
});

// ---------------------------------------------------------------------------------------------
// needs: a question as a person says it
// ---------------------------------------------------------------------------------------------

export const needSchema = z.strictObject({
  /** The question in the words of a family, e.g. "Ik kan mijn huur niet betalen". */
  question: nonEmpty,
  /** The life domain (id). */
  domain: z.enum(DOMAIN_IDS),
  /** One to three kinds of service to try first, each with why. */
  serviceTypes: z
    .array(z.strictObject({ type: slug, why: nonEmpty }))
    .min(1, { error: 'needs at least one service type to try first' })
    .max(3, { error: 'lists at most three service types: pick the ones to try first' }),
  /** Rights that may help (ids). */
  rights: z.array(slug).default([]),
  /** Crisis: show the emergency numbers first. */
  urgent: z.boolean().default(false),
  /** Other words people use for this question; search finds them. */
  keywords: z.array(nonEmpty).default([]),
  /** The question, the reasons per service type (`why: { ocmw: ... }`) and the body in other languages. */
  translations: translations({ question: nonEmpty, why: z.record(slug, nonEmpty) }),
});

// ---------------------------------------------------------------------------------------------
// organisations: concrete places and groups (HSDS service + organization + locations)
// ---------------------------------------------------------------------------------------------

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'is not a time: write it as HH:MM, e.g. 09:00' });

export const openingHoursSchema = z.strictObject({
  /** Regular weekly hours: one line per block, e.g. { days: [ma, di], opens: "09:00", closes: "12:00" }. */
  regular: z
    .array(
      z
        .strictObject({
          days: z.array(z.enum(WEEKDAYS)).min(1),
          opens: time,
          closes: time,
          /** e.g. "zonder afspraak", "alleen telefonisch". */
          note: z.string().optional(),
        })
        .refine((b) => b.opens < b.closes, { error: 'opens must be earlier than closes' }),
    )
    .default([]),
  /** Days that differ: holidays, closures. */
  exceptions: z
    .array(
      z.strictObject({
        from: isoDate,
        until: isoDate.optional(),
        closed: z.boolean().default(true),
        note: z.string().optional(),
      }),
    )
    .default([]),
  /** Free text, e.g. "Tijdens schoolvakanties gesloten." */
  notes: z.string().optional(),
});

export const locationSchema = z
  .strictObject({
    /** Name of the site, if it differs from the organisation. */
    name: z.string().optional(),
    /** Street and number. Only from a source; otherwise leave out. */
    street: z.string().optional(),
    postcode: postcode.optional(),
    /** NIS code of the municipality (always required, even when the address is unknown). */
    municipality: nisCode,
    /** Exact point of the entrance. Leave both out when unknown: the map then uses the
     * municipality centre and says the location is approximate. Never guess coordinates. */
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    /** True when the point is only the municipality centre. Set automatically without coordinates. */
    approximate: z.boolean().optional(),
    /** True for addresses that must stay hidden (shelters): only the municipality is shown. */
    confidential: z.boolean().default(false),
    /** How to get there by public transport. */
    transport: z.string().optional(),
    /** Accessibility notes, e.g. "rolstoeltoegankelijk". */
    accessibility: z.array(nonEmpty).default([]),
  })
  .refine((l) => !(l.street && !l.postcode), { error: 'a street address needs a postcode too', path: ['postcode'] })
  .refine((l) => (l.latitude === undefined) === (l.longitude === undefined), {
    error: 'give both latitude and longitude, or neither',
    path: ['latitude'],
  })
  .transform((l) => ({ ...l, approximate: l.approximate ?? l.latitude === undefined }))
  .refine((l) => l.approximate || l.latitude !== undefined, {
    error: 'approximate: false needs latitude and longitude',
    path: ['approximate'],
  });

export const organisationSchema = z.strictObject({
  /** Stable id (UUID). Never change or reuse it: exports and saved lists depend on it. */
  id: z.uuid({ error: 'is not a UUID: generate one with `node -e "console.log(crypto.randomUUID())"`' }),
  /** Name as the organisation uses it. */
  name: nonEmpty,
  /** Other names: French name in Brussels, abbreviations. */
  alternateNames: z.array(nonEmpty).default([]),
  /** Kind of service (id from content/service-types). */
  type: slug,
  formality: z.enum(FORMALITIES),
  status: z.enum(['active', 'temporarily-closed', 'inactive']).default('active'),
  /** Life domains (ids). */
  domains: z.array(z.enum(DOMAIN_IDS)).min(1, { error: 'needs at least one domain' }),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1, { error: 'needs at least one target group (or "iedereen")' }),
  /** One plain sentence: what you can go there for. */
  summary: nonEmpty,
  kortEnEenvoudig: easyReading,
  /** For informal initiatives: how this complements formal help. */
  complements: z.string().optional(),
  /** Things people easily get wrong, e.g. "Dit is geen nachtopvang." */
  caution: z.string().optional(),
  /** Where people can go. Leave empty only for help by phone or online (then give a serviceArea). */
  locations: z.array(locationSchema).default([]),
  /** Where people can get help here. Leave out to use the municipalities of the locations. */
  serviceArea: z
    .strictObject({
      regions: z.array(z.enum(REGIONS)).default([]),
      provinces: z.array(z.enum(PROVINCES)).default([]),
      municipalities: z.array(nisCode).default([]),
    })
    .optional(),
  phones: z
    .array(
      z.strictObject({
        number: z.string().regex(/^\+?[0-9][0-9 ./]{1,18}[0-9]$/, {
          error: 'is not a phone number (digits, spaces, dots or slashes, e.g. "09 266 99 11" or "106")',
        }),
        label: z.string().optional(),
      }),
    )
    .default([]),
  email: z.email({ error: 'is not an e-mail address' }).optional(),
  website: z.url({ error: 'is not a valid web address (start with https://)' }).optional(),
  openingHours: openingHoursSchema.optional(),
  /** Languages spoken by staff or volunteers. */
  languages: z.array(languageCode).default(['nl']),
  /** Cost in words. */
  cost: z.string().optional(),
  access: z.array(z.enum(ACCESS_MODES)).default([]),
  accessNote: z.string().optional(),
  documents: z.array(nonEmpty).default([]),
  flags: z.array(z.enum(FLAGS)).default([]),
  /** Rights this place helps with (ids). */
  rights: z.array(slug).default([]),
  /** True when address, phone or hours are missing: the page says so honestly. */
  incomplete: z.boolean().default(false),
  /**
   * Texts in French, English and Arabic. `name` is the official name in that language, e.g.
   * `fr: { name: "CPAS d'Anderlecht" }`: Brussels organisations show it, and search finds it.
   */
  translations: translations({ name: nonEmpty, summary: nonEmpty, kortEnEenvoudig: nonEmpty, caution: nonEmpty, cost: nonEmpty }),
  ...provenance,
}).refine((o) => o.locations.length > 0 || o.serviceArea !== undefined, {
  error: 'needs at least one location (at least a municipality), or a serviceArea for help by phone or online',
  path: ['locations'],
});

// ---------------------------------------------------------------------------------------------
// municipalities
// ---------------------------------------------------------------------------------------------

export const municipalitySchema = z.strictObject({
  /** NIS code (refnis) as valid from 1 January 2025. */
  nis: nisCode,
  /** Dutch name. */
  name: nonEmpty,
  /** French name, where one exists (all Brussels municipalities, some others). */
  nameFr: z.string().optional(),
  postcodes: z.array(postcode).min(1, { error: 'needs at least one postcode' }),
  province: z.enum(PROVINCES),
  region: z.enum(REGIONS),
  /** Centre point, used for approximate locations and "nearest first". */
  latitude,
  longitude,
  /** Former municipalities merged into this one (on 1 January 2025 or earlier). */
  mergedFrom: z.array(z.string()).default([]),
  /** Where this row's facts come from. */
  sources: z.array(sourceSchema).min(1),
});

// ---------------------------------------------------------------------------------------------
// Astro collections
// ---------------------------------------------------------------------------------------------

/** Folder with one subfolder per collection. Tests and benchmarks point it elsewhere. */
export const CONTENT_ROOT = process.env.WEGWIJZER_CONTENT ?? './content';

/** Files starting with `_` are drafts and templates: never loaded. Subfolders only group files:
 * an entry's id is its file name (without `.md`), which the validator keeps unique. */
const markdownIn = (folder: string) =>
  glob({
    base: `${CONTENT_ROOT}/${folder}`,
    pattern: '**/[^_]*.md',
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

/** `gent/ocmw-gent.md` → `ocmw-gent`. */
export function entryIdFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/, '');
}

export const schemas = {
  domains: domainSchema,
  needs: needSchema,
  'service-types': serviceTypeSchema,
  organisations: organisationSchema,
  rights: rightSchema,
  municipalities: municipalitySchema,
} as const;

export type CollectionName = keyof typeof schemas;
export const COLLECTION_NAMES = Object.keys(schemas) as CollectionName[];

export const collections = {
  domains: defineCollection({ loader: markdownIn('domains'), schema: domainSchema }),
  needs: defineCollection({ loader: markdownIn('needs'), schema: needSchema }),
  'service-types': defineCollection({ loader: markdownIn('service-types'), schema: serviceTypeSchema }),
  organisations: defineCollection({ loader: markdownIn('organisations'), schema: organisationSchema }),
  rights: defineCollection({ loader: markdownIn('rights'), schema: rightSchema }),
  municipalities: defineCollection({ loader: markdownIn('municipalities'), schema: municipalitySchema }),
};

export type Domain = z.infer<typeof domainSchema>;
export type Need = z.infer<typeof needSchema>;
export type ServiceType = z.infer<typeof serviceTypeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Right = z.infer<typeof rightSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type Location = z.infer<typeof locationSchema>;
export type Formality = (typeof FORMALITIES)[number];
export type Flag = (typeof FLAGS)[number];
export type DomainId = (typeof DOMAIN_IDS)[number];
