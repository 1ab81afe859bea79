/** Every right's example households (`examples:` in its file), run with the real evaluator. */
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../src/lib/rights/evaluate';
import { answersFrom, householdFacts } from '../../../src/lib/rights/household';
import { realRightsData, today } from '../../support/rights';

const { entries, data } = realRightsData();
const evaluate = createEvaluator(data.rights, { today: today() });
const regionOf = (nis: string) => data.municipalities[nis]?.region;

describe('rights explorer rules', () => {
  it('every right in content/rights/ has a rule and at least three example households', () => {
    const missing = entries.rights.filter((r) => !r.data.eligibility || r.data.examples.length < 3).map((r) => r.id);
    expect(missing).toEqual([]);
    expect(data.rights).toHaveLength(entries.rights.length);
  });

  it('the examples cover every outcome: likely, maybe and unlikely', () => {
    const outcomes = new Set(entries.rights.flatMap((r) => r.data.examples.map((e) => e.expect)));
    expect([...outcomes].sort()).toEqual(['likely', 'maybe', 'unlikely']);
  });
});

describe.each(entries.rights.map((r) => [r.id, r] as const))('%s', (_id, right) => {
  it.each(right.data.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const result = evaluate(householdFacts(answersFrom(example.household), regionOf)).get(right.id)!;
    expect(result.result, result.reasons.join(' ') || result.missing.join(', ')).toBe(example.expect);
    for (const fact of example.missing ?? []) expect(result.missing).toContain(fact);
    for (const id of example.failedOn ?? []) expect(result.failed).toContain(id);
    // Never a bare answer: every result carries an explanation.
    if (result.result === 'maybe') expect(result.missing.length + result.office.length + result.via.length).toBeGreaterThan(0);
    else expect(result.reasons.length).toBeGreaterThan(0);
  });
});
