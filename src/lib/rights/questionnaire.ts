/**
 * Skip logic: which screens and questions a household still sees. A question is skipped only
 * when its `askIf` is known to be false (no school questions without children); an unknown
 * condition still asks. A derived fact (the region) is asked only when its source (the
 * municipality) has no answer.
 */
import { evaluateNode } from './evaluate';
import { hasValue, householdFacts } from './household';
import type { Answers, Fact, Facts, RuleNode, Screen, Tri } from './types';

export function evaluateCondition(node: RuleNode, facts: Facts): Tri {
  return evaluateNode(node, {
    facts,
    amounts: [],
    today: '',
    right: () => {
      throw new Error('askIf may not refer to a right');
    },
  }).status;
}

export function isAsked(fact: Fact, facts: Facts, answers: Answers): boolean {
  if (fact.derivedFrom && hasValue(answers[fact.derivedFrom])) return false;
  return !fact.askIf || evaluateCondition(fact.askIf, facts) !== 'no';
}

export interface Questionnaire {
  screens: Screen[];
  facts: Fact[];
}

/** Answers to questions that are still asked: a changed answer can make others moot. */
export function activeAnswers(q: Questionnaire, answers: Answers, regionOf: (nis: string) => string | undefined): Answers {
  let current = answers;
  for (let round = 0; round < q.facts.length; round++) {
    const facts = householdFacts(current, regionOf);
    const asked = new Set(q.facts.filter((f) => isAsked(f, facts, current)).map((f) => f.id));
    const next = Object.fromEntries(Object.entries(current).filter(([id]) => asked.has(id)));
    if (Object.keys(next).length === Object.keys(current).length) return current;
    current = next;
  }
  return current;
}

export interface ScreenToAsk {
  screen: Screen;
  facts: Fact[];
}

/** The screens this household sees, in order, each with the questions it asks now. */
export function screensToAsk(q: Questionnaire, answers: Answers, regionOf: (nis: string) => string | undefined): ScreenToAsk[] {
  const active = activeAnswers(q, answers, regionOf);
  const facts = householdFacts(active, regionOf);
  return q.screens
    .map((screen) => ({ screen, facts: q.facts.filter((f) => f.screen === screen.id && isAsked(f, facts, active)) }))
    .filter((s) => s.facts.length > 0);
}

/** How many questions this household is asked in all (for "at most about 12"). */
export const questionCount = (screens: ScreenToAsk[]) => screens.reduce((n, s) => n + s.facts.length, 0);
