/** Properties of the three-valued evaluator, over random rules and households (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../src/lib/rights/evaluate';
import type { Child, Facts, RuleNode } from '../../../src/lib/rights/types';
import { rightWith } from './helpers';

const BOOLEAN_FACTS = ['a', 'b', 'c', 'd'] as const;
const CHOICES = ['x', 'y', 'z'] as const;

const leaf: fc.Arbitrary<RuleNode> = fc.oneof(
  fc.record({ fact: fc.constantFrom(...BOOLEAN_FACTS), op: fc.constantFrom('isTrue' as const, 'isFalse' as const), because: fc.constant('ja'), becauseNot: fc.constant('nee') }),
  fc.record({ fact: fc.constant('keuze'), op: fc.constant('in' as const), value: fc.subarray([...CHOICES], { minLength: 1 }), because: fc.constant('ja'), becauseNot: fc.constant('nee') }),
  fc.record({ fact: fc.constant('bedrag'), op: fc.constantFrom('lt' as const, 'gte' as const), value: fc.integer({ min: 0, max: 100 }), because: fc.constant('ja'), becauseNot: fc.constant('nee') }),
  fc.record({ office: fc.constant('De dienst beslist.') }),
  fc.record({
    some: fc.constant('kinderen' as const),
    where: fc.record({ fact: fc.constant('leeftijd'), op: fc.constantFrom('lt' as const, 'gte' as const), value: fc.integer({ min: 0, max: 20 }), because: fc.constant('ja'), becauseNot: fc.constant('nee') }),
    because: fc.constant('kind ja'),
    becauseNot: fc.constant('kind nee'),
  }),
);

const { rule } = fc.letrec<{ rule: RuleNode }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('rule'), { maxLength: 4 }), because: fc.constant('alles') }),
    fc.record({ any: fc.array(tie('rule'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ not: tie('rule') }),
  ),
}));

/** A complete household: every fact answered. */
const household = fc.record({
  gewest: fc.constant('vlaanderen'),
  a: fc.boolean(),
  b: fc.boolean(),
  c: fc.boolean(),
  d: fc.boolean(),
  keuze: fc.constantFrom(...CHOICES),
  bedrag: fc.integer({ min: 0, max: 100 }),
  kinderen: fc.array(fc.record({ leeftijd: fc.integer({ min: 0, max: 20 }) }), { maxLength: 3 }),
});
type Household = { gewest: string; a: boolean; b: boolean; c: boolean; d: boolean; keuze: string; bedrag: number; kinderen: Child[] };

const FACT_IDS = ['a', 'b', 'c', 'd', 'keuze', 'bedrag', 'kinderen'] as const;

const statusOf = (node: RuleNode, facts: Facts) => createEvaluator([rightWith('r', node)], { today: '2026-01-01' })(facts).get('r')!;

function without(h: Household, drop: readonly string[]): Facts {
  return Object.fromEntries(Object.entries(h).filter(([k]) => !drop.includes(k)));
}

function factsIn(node: RuleNode): Set<string> {
  if ('all' in node) return new Set(node.all.flatMap((n) => [...factsIn(n)]));
  if ('any' in node) return new Set(node.any.flatMap((n) => [...factsIn(n)]));
  if ('not' in node) return factsIn(node.not);
  if ('some' in node) return new Set(['kinderen']);
  if ('fact' in node) return new Set([node.fact]);
  return new Set();
}

describe('evaluator properties', () => {
  it('answering more questions never changes a result that was already decided', () => {
    fc.assert(
      fc.property(rule, household, fc.subarray([...FACT_IDS]), (node, h, unanswered) => {
        const partial = statusOf(node, without(h, unanswered));
        const full = statusOf(node, h);
        if (partial.result !== 'maybe') expect(full.result).toBe(partial.result);
      }),
      { numRuns: 400 },
    );
  });

  it('answering a fact the rule does not use never changes the result (no "no" turns into "yes")', () => {
    fc.assert(
      fc.property(rule, household, fc.subarray([...FACT_IDS]), fc.constantFrom(...FACT_IDS), (node, h, unanswered, fact) => {
        fc.pre(!factsIn(node).has(fact));
        const before = statusOf(node, without(h, [...unanswered, fact]));
        const after = statusOf(node, without(h, unanswered.filter((f) => f !== fact)));
        expect(after.result).toBe(before.result);
      }),
      { numRuns: 400 },
    );
  });

  it('a complete household without office conditions always gets a decided result', () => {
    const hasOffice = (n: RuleNode): boolean => ('office' in n ? true : 'all' in n ? n.all.some(hasOffice) : 'any' in n ? n.any.some(hasOffice) : 'not' in n ? hasOffice(n.not) : false);
    fc.assert(
      fc.property(rule, household, (node, h) => {
        fc.pre(!hasOffice(node));
        expect(statusOf(node, h).result).not.toBe('maybe');
      }),
    );
  });

  it('every result explains itself: reasons for yes and no, open questions or office checks for maybe', () => {
    fc.assert(
      fc.property(rule, household, fc.subarray([...FACT_IDS]), (node, h, unanswered) => {
        const r = statusOf(node, without(h, unanswered));
        if (r.result === 'maybe') expect(r.missing.length + r.office.length).toBeGreaterThan(0);
        else expect(r.reasons.length).toBeGreaterThan(0);
        for (const fact of r.missing) expect(unanswered).toContain(fact);
      }),
      { numRuns: 300 },
    );
  });

  it('not(all) equals any(not), and not(not(x)) equals x', () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 3 }), household, fc.subarray([...FACT_IDS]), (nodes, h, unanswered) => {
        const facts = without(h, unanswered);
        const left = statusOf({ not: { all: nodes } }, facts).result;
        const right = statusOf({ any: nodes.map((n) => ({ not: n })) }, facts).result;
        expect(left).toBe(right);
        expect(statusOf({ not: { not: nodes[0]! } }, facts).result).toBe(statusOf(nodes[0]!, facts).result);
      }),
    );
  });
});
