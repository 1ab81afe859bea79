/**
 * The rights evaluator: three-valued (Kleene) logic over a household's facts.
 * A fact nobody answered is "unknown", never "no"; `all` fails on one "no", `any` holds on one
 * "yes", and everything else stays "unknown". So answering one more question can only turn an
 * unknown result into a known one, never flip a known result (tested with fast-check).
 * Every outcome carries its explanation: the reasons, the questions that would settle it, the
 * checks only the office can make, and the documents that prove the reasons.
 */
import { regionLabel } from '../labels';
import type { AmountView, Child, Facts, FactValue, ResultStatus, RightRule, RuleNode, Tri, VariantRule } from './types';

/** Facts the evaluator itself uses: the right's regions and municipalities are checked on them. */
export const REGION_FACT = 'gewest';
export const MUNICIPALITY_FACT = 'gemeente';

export interface Outcome {
  status: Tri;
  /** Plain Dutch reasons: why it holds (yes), why it fails (no), or what is already known (unknown). */
  reasons: string[];
  /** Facts whose answer could still settle an unknown outcome (questionnaire order not applied). */
  missing: string[];
  /** What only the office can check, where it keeps the outcome unknown. */
  office: string[];
  /** Ids of the conditions that failed. */
  failed: string[];
  /** Documents proving the conditions that hold. */
  proofs: string[];
  /** Other rights this outcome relies on (gateways such as the verhoogde tegemoetkoming). */
  via: string[];
  /** Amounts that were out of date on the day of evaluation. */
  stale: string[];
  /** It holds because the household already gets the right. */
  already: boolean;
}

export interface RightResult extends Outcome {
  id: string;
  result: ResultStatus;
  /** The local version that applied (municipality known). */
  variant?: VariantRule;
}

const RESULT: Record<Tri, ResultStatus> = { yes: 'likely', unknown: 'maybe', no: 'unlikely' };
const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
const day = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Outcomes are created for every condition on every answer: empty lists are shared, not allocated.
const NONE: string[] = [];
Object.freeze(NONE);

function outcome(status: Tri, parts: Partial<Outcome> = {}): Outcome {
  return { status, reasons: NONE, missing: NONE, office: NONE, failed: NONE, proofs: NONE, via: NONE, stale: NONE, already: false, ...parts };
}

function merge(list: Outcome[], key: keyof Omit<Outcome, 'status' | 'already'>): string[] {
  let merged: string[] = NONE;
  for (const o of list) {
    const items = o[key];
    if (items.length === 0) continue;
    merged = merged === NONE ? items : [...merged, ...items];
  }
  return merged;
}
const withId = (id: string | undefined, failed: string[]) => (id ? [id, ...failed] : failed);
const listOf = (item: string | undefined) => (item === undefined ? NONE : [item]);

/** Kleene conjunction with explanations. */
function combineAll(parts: Outcome[], node: { id?: string; because?: string; becauseNot?: string }): Outcome {
  const no = parts.filter((p) => p.status === 'no');
  if (no.length) return outcome('no', { reasons: node.becauseNot ? [node.becauseNot] : merge(no, 'reasons'), failed: withId(node.id, merge(no, 'failed')) });
  const yes = parts.filter((p) => p.status === 'yes');
  const known = { proofs: merge(yes, 'proofs'), via: merge(yes, 'via') };
  if (yes.length === parts.length) return outcome('yes', { reasons: node.because ? [node.because] : merge(yes, 'reasons'), ...known, already: yes.some((p) => p.already) });
  const open = parts.filter((p) => p.status === 'unknown');
  return outcome('unknown', {
    reasons: merge(yes, 'reasons'),
    missing: merge(open, 'missing'),
    office: merge(open, 'office'),
    via: [...known.via, ...merge(open, 'via')],
    stale: merge(open, 'stale'),
  });
}

/** Kleene disjunction: the first branch that holds explains it; "neither ... nor ..." otherwise. */
function combineAny(parts: Outcome[], node: { id?: string; because?: string; becauseNot?: string }): Outcome {
  const yes = parts.find((p) => p.status === 'yes');
  if (yes) return outcome('yes', { reasons: node.because ? [node.because] : yes.reasons, proofs: yes.proofs, via: yes.via, already: yes.already });
  const open = parts.filter((p) => p.status === 'unknown');
  if (open.length === 0) return outcome('no', { reasons: node.becauseNot ? [node.becauseNot] : merge(parts, 'reasons'), failed: withId(node.id, merge(parts, 'failed')) });
  return outcome('unknown', { missing: merge(open, 'missing'), office: merge(open, 'office'), via: merge(open, 'via'), stale: merge(open, 'stale') });
}

function negate(inner: Outcome, node: { id?: string; because?: string; becauseNot?: string }): Outcome {
  if (inner.status === 'unknown') return { ...inner, reasons: NONE };
  const status: Tri = inner.status === 'yes' ? 'no' : 'yes';
  const own = status === 'yes' ? node.because : node.becauseNot;
  return outcome(status, { reasons: own ? [own] : inner.reasons, failed: status === 'no' ? withId(node.id, NONE) : NONE });
}

function compare(op: string, actual: FactValue, expected: unknown): Tri {
  const list = Array.isArray(expected) ? expected : [expected];
  switch (op) {
    case 'isTrue':
      return typeof actual === 'boolean' ? (actual ? 'yes' : 'no') : 'unknown';
    case 'isFalse':
      return typeof actual === 'boolean' ? (actual ? 'no' : 'yes') : 'unknown';
    case 'eq':
      return typeof actual === 'object' ? 'unknown' : actual === expected ? 'yes' : 'no';
    case 'in':
      return typeof actual === 'object' ? 'unknown' : list.includes(actual) ? 'yes' : 'no';
    case 'includes':
      return Array.isArray(actual) ? (actual.some((v) => list.includes(v)) ? 'yes' : 'no') : 'unknown';
  }
  if (typeof actual !== 'number' || typeof expected !== 'number') return 'unknown';
  const holds = op === 'lt' ? actual < expected : op === 'lte' ? actual <= expected : op === 'gt' ? actual > expected : actual >= expected;
  return holds ? 'yes' : 'no';
}

interface Scope {
  facts: Facts;
  /** Set inside `some ... where`: person facts of one child. */
  child?: Child;
  amounts: AmountView[];
  today: string;
  right: (id: string) => RightResult;
}

function evaluateLeaf(node: Extract<RuleNode, { fact: string }>, scope: Scope): Outcome {
  const actual = scope.child ? scope.child[node.fact] : scope.facts[node.fact];
  const question = scope.child ? 'kinderen' : node.fact;
  let expected: unknown = node.value;
  let because = node.because;
  let becauseNot = node.becauseNot;
  if (node.param !== undefined) {
    const amount = scope.amounts.find((a) => a.id === node.param);
    if (!amount || amount.value === undefined) return outcome('unknown', { stale: [node.param] });
    if (amount.validUntil !== undefined && amount.validUntil < scope.today) return outcome('unknown', { stale: [node.param] });
    expected = amount.value;
    const fill = (text: string) => text.replaceAll('{param}', euro.format(amount.value!)).replaceAll('{paramDate}', day.format(new Date(`${amount.validFrom}T00:00:00Z`)));
    because = fill(because);
    becauseNot = fill(becauseNot);
  }
  if (actual === undefined) return outcome('unknown', { missing: [question] });
  const status = compare(node.op, actual, expected);
  if (status === 'unknown') return outcome('unknown', { missing: [question] });
  return status === 'yes'
    ? outcome('yes', { reasons: [because], proofs: listOf(node.proof), already: node.already ?? false })
    : outcome('no', { reasons: [becauseNot], failed: withId(node.id, NONE) });
}

function evaluateSome(node: Extract<RuleNode, { some: string }>, scope: Scope): Outcome {
  const children = scope.facts.kinderen;
  if (!Array.isArray(children)) return outcome('unknown', { missing: ['kinderen'] });
  const parts = (children as Child[]).map((child) => evaluateNode(node.where, { ...scope, child }));
  const combined = combineAny(parts, {});
  if (combined.status === 'yes') return outcome('yes', { reasons: [node.because] });
  if (combined.status === 'no') return outcome('no', { reasons: [node.becauseNot], failed: withId(node.id, NONE) });
  return outcome('unknown', { missing: ['kinderen'] });
}

function evaluateRightRef(node: Extract<RuleNode, { right: string }>, scope: Scope): Outcome {
  const other = scope.right(node.right);
  const via = [node.right, ...other.via];
  if (other.status === 'yes') return outcome('yes', { reasons: node.because ? [node.because] : other.reasons, proofs: listOf(node.proof), via });
  if (other.status === 'no') return outcome('no', { reasons: node.becauseNot ? [node.becauseNot] : other.reasons, failed: withId(node.id, NONE) });
  return outcome('unknown', { missing: other.missing, via, stale: other.stale });
}

export function evaluateNode(node: RuleNode, scope: Scope): Outcome {
  if ('all' in node) return combineAll(node.all.map((n) => evaluateNode(n, scope)), node);
  if ('any' in node) return combineAny(node.any.map((n) => evaluateNode(n, scope)), node);
  if ('not' in node) return negate(evaluateNode(node.not, scope), node);
  if ('some' in node) return evaluateSome(node, scope);
  if ('right' in node) return evaluateRightRef(node, scope);
  if ('office' in node) return outcome('unknown', { office: [node.office] });
  return evaluateLeaf(node, scope);
}

const listJoin = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

/** The right's own regions (and municipalities) as conditions, so rules need not repeat them. */
function scopeConditions(right: RightRule, municipalityName: (nis: string) => string): RuleNode[] {
  const regions = listJoin(right.regions.map((r) => regionLabel[r as keyof typeof regionLabel] ?? r));
  const conditions: RuleNode[] = [
    { fact: REGION_FACT, op: 'in', value: right.regions, because: `Je woont in ${regions.includes(' en ') ? 'Vlaanderen of Brussel' : regions}.`, becauseNot: `Dit recht bestaat alleen in ${regions}.` },
  ];
  if (right.municipalities?.length) {
    const names = listJoin(right.municipalities.map(municipalityName));
    conditions.push({ fact: MUNICIPALITY_FACT, op: 'in', value: right.municipalities, because: `Je woont in ${names}.`, becauseNot: `Dit recht bestaat alleen in ${names}.` });
  }
  return conditions;
}

const variantRule = (right: RightRule, v: VariantRule): RuleNode => v.eligibility ?? { any: [right.eligibility, v.alsoEligible!] };

function evaluateRule(right: RightRule, scope: Scope): { outcome: Outcome; variant?: VariantRule } {
  if (right.variants.length === 0) return { outcome: evaluateNode(right.eligibility, scope) };
  const nis = scope.facts[MUNICIPALITY_FACT];
  if (typeof nis === 'string') {
    const variant = right.variants.find((v) => v.municipalities.includes(nis));
    return { outcome: evaluateNode(variant ? variantRule(right, variant) : right.eligibility, scope), variant };
  }
  // Municipality unknown: the result is only known when every local version agrees.
  const base = evaluateNode(right.eligibility, scope);
  const local = right.variants.map((v) => evaluateNode(variantRule(right, v), scope));
  if (local.every((o) => o.status === base.status)) {
    return { outcome: base.status === 'unknown' ? { ...base, missing: [MUNICIPALITY_FACT, ...base.missing] } : base };
  }
  return {
    outcome: outcome('unknown', {
      missing: [MUNICIPALITY_FACT, ...base.missing, ...merge(local, 'missing')],
      office: base.status === 'unknown' ? base.office : [],
      via: base.via,
      stale: base.stale,
    }),
  };
}

const unique = (list: string[]) => (list.length < 2 ? list : [...new Set(list)]);

/**
 * Prepares the rights once; the returned function evaluates every right for one household.
 * `today` (YYYY-MM-DD) decides which amounts are out of date.
 */
export function createEvaluator(rights: RightRule[], options: { today: string; municipalityName?: (nis: string) => string }) {
  const byId = new Map(rights.map((r) => [r.id, r]));
  const name = options.municipalityName ?? ((nis: string) => nis);
  const scoped = new Map(rights.map((r) => [r.id, scopeConditions(r, name)]));

  return function evaluateAll(facts: Facts): Map<string, RightResult> {
    const results = new Map<string, RightResult>();
    const busy = new Set<string>();
    const evaluateRight = (id: string): RightResult => {
      const done = results.get(id);
      if (done) return done;
      const right = byId.get(id);
      if (!right) throw new Error(`unknown right "${id}"`);
      // The content check forbids cycles; this guard keeps a bad bundle from hanging the page.
      if (busy.has(id)) throw new Error(`rights refer to each other in a circle through "${id}"`);
      busy.add(id);
      const scope: Scope = { facts, amounts: right.amounts, today: options.today, right: evaluateRight };
      const { outcome: rule, variant } = evaluateRule(right, scope);
      const where = scoped.get(id)!.map((n) => evaluateNode(n, scope));
      const total = combineAll([...where, rule], {});
      // Where the household lives is a given, not a reason worth repeating when the right holds.
      const reasons = total.status === 'no' ? total.reasons : rule.reasons;
      const result: RightResult = {
        ...total,
        reasons: unique(reasons),
        missing: unique(total.missing),
        office: unique(total.office),
        proofs: unique(total.proofs),
        via: unique(total.via),
        stale: unique(total.stale),
        id,
        result: RESULT[total.status],
        variant,
      };
      results.set(id, result);
      return result;
    };
    for (const right of rights) evaluateRight(right.id);
    return results;
  };
}
