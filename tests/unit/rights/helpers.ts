/** Small hand-made rights for evaluator tests. */
import type { RuleNode } from '../../../src/lib/rights/types';

export { syntheticRight as rightWith } from '../../../src/lib/rights/synthetic';

/** A leaf on a boolean fact. */
export const isTrue = (fact: string, id?: string): RuleNode => ({ id, fact, op: 'isTrue', because: `${fact} ja`, becauseNot: `${fact} nee` });

export const IN_FLANDERS = { gewest: 'vlaanderen' } as const;
