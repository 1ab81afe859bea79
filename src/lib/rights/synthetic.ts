/** A right with only a rule, for evaluator tests and the benchmark (scripts/bench-rights.ts). */
import type { RightRule, RuleNode } from './types';

export function syntheticRight(id: string, eligibility: RuleNode, extra: Partial<RightRule> = {}): RightRule {
  return {
    id,
    title: `Recht ${id}`,
    summary: 'Test.',
    domains: ['geld-en-papieren'],
    access: 'apply',
    grantedBy: 'test',
    regions: ['vlaanderen', 'brussel'],
    eligibility,
    variants: [],
    checkedByOffice: [],
    documents: [],
    documentRefs: [],
    amounts: [],
    unlocks: [],
    grantingServiceTypes: [],
    incomplete: false,
    ...extra,
  };
}
