/** From a household's answers to the facts the rules read. */
import { MUNICIPALITY_FACT, REGION_FACT } from './evaluate';
import type { Answer, Answers, Fact, Facts, FactValue, PersonFact } from './types';

export const hasValue = (answer: Answer | undefined): answer is { value: FactValue } => answer !== undefined && 'value' in answer;

/**
 * The known facts: every answered question, plus facts derived from another answer (the region
 * from the municipality). "Weet ik niet" and "zeg ik liever niet" leave a fact unknown.
 */
export function householdFacts(answers: Answers, regionOf: (nis: string) => string | undefined): Facts {
  const facts: Record<string, FactValue> = {};
  for (const [id, answer] of Object.entries(answers)) if (hasValue(answer)) facts[id] = answer.value;
  const nis = facts[MUNICIPALITY_FACT];
  const region = typeof nis === 'string' ? regionOf(nis) : undefined;
  if (region) facts[REGION_FACT] = region;
  return facts;
}

/** Plain facts as written in a rule's `examples` (YAML), as answers. */
export function answersFrom(household: Record<string, unknown>): Answers {
  return Object.fromEntries(Object.entries(household).map(([id, value]) => [id, { value: normalise(id, value) }]));
}

function normalise(id: string, value: unknown): FactValue {
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === 'object' ? { ...v } : String(v))) as FactValue;
  // YAML reads a NIS code such as 44021 as a number; municipality answers are strings.
  if (id === MUNICIPALITY_FACT && typeof value === 'number') return String(value);
  return value as FactValue;
}

/** Whether a value fits a fact of the dictionary (used for shared links and examples). */
export function fitsFact(fact: Fact, value: unknown, personFacts: readonly PersonFact[]): boolean {
  const ids = new Set(fact.values?.map((v) => v.id));
  switch (fact.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && ids.has(value);
    case 'choices':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && ids.has(v)) && new Set(value).size === value.length;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && (fact.min === undefined || value >= fact.min) && (fact.max === undefined || value <= fact.max);
    case 'municipality':
      return typeof value === 'string' && /^[1-9]\d{4}$/.test(value);
    case 'children':
      return Array.isArray(value) && value.every((child) => child !== null && typeof child === 'object' && !Array.isArray(child) && Object.entries(child).every(([k, v]) => v === undefined || fitsPersonFact(personFacts.find((p) => p.id === k), v)));
  }
}

function fitsPersonFact(fact: PersonFact | undefined, value: unknown): boolean {
  if (!fact) return false;
  if (fact.type === 'number') return typeof value === 'number' && Number.isInteger(value) && (fact.min === undefined || value >= fact.min) && (fact.max === undefined || value <= fact.max);
  return typeof value === 'string' && (fact.values ?? []).some((v) => v.id === value);
}
