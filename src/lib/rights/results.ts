/**
 * How the results page orders what the evaluator found: first what comes by itself, then what to
 * ask for, then what is not sure yet, and last what is probably not for this household. Within a
 * group, rights follow the life domains. Also the one merged list of documents to bring.
 */
import type { RightResult } from './evaluate';
import type { ExplorerData, Fact, RightRule } from './types';

export const RESULT_GROUPS = ['automatic', 'apply', 'maybe', 'already', 'unlikely'] as const;
export type ResultGroup = (typeof RESULT_GROUPS)[number];

export function groupOf(right: RightRule, result: RightResult): ResultGroup {
  if (result.result === 'maybe') return 'maybe';
  if (result.result === 'unlikely') return 'unlikely';
  if (result.already) return 'already';
  return right.access === 'automatic' || right.access === 'automatic-check' ? 'automatic' : 'apply';
}

export interface GroupedRight {
  right: RightRule;
  result: RightResult;
}

export interface DomainSection {
  domain: { id: string; name: string };
  items: GroupedRight[];
}

/** Results per group, each split by the right's first life domain (in the domains' order). */
export function groupResults(data: Pick<ExplorerData, 'rights' | 'domains'>, results: Map<string, RightResult>): Record<ResultGroup, DomainSection[]> {
  const groups = Object.fromEntries(RESULT_GROUPS.map((g) => [g, [] as DomainSection[]])) as Record<ResultGroup, DomainSection[]>;
  const order = new Map(data.domains.map((d, i) => [d.id, i]));
  const rights = [...data.rights].sort((a, b) => (order.get(a.domains[0]!) ?? 99) - (order.get(b.domains[0]!) ?? 99) || a.title.localeCompare(b.title, 'nl'));
  for (const right of rights) {
    const result = results.get(right.id);
    if (!result) continue;
    const sections = groups[groupOf(right, result)];
    const domain = data.domains.find((d) => d.id === right.domains[0]) ?? { id: right.domains[0]!, name: right.domains[0]! };
    let section = sections.find((s) => s.domain.id === domain.id);
    if (!section) sections.push((section = { domain, items: [] }));
    section.items.push({ right, result });
  }
  // Unsure results that one more answer could settle come first within their domain.
  for (const section of groups.maybe) section.items.sort((a, b) => Number(b.result.missing.length > 0) - Number(a.result.missing.length > 0));
  return groups;
}

/** The questions that would settle a "misschien", in questionnaire order. */
export function settlingQuestions(result: RightResult, facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => result.missing.includes(f.id));
}

export interface ChecklistItem {
  id: string;
  title: string;
  where?: string;
  /** Titles of the rights that need it. */
  for: string[];
}

/**
 * One list of documents for every right to ask for (likely or maybe, not automatic): the right's
 * own documents (or those of the local version) plus the proofs of the reasons that hold
 * ("attest leefloon" when the leefloon is the reason). Most needed first.
 */
export function documentChecklist(data: Pick<ExplorerData, 'rights' | 'documents'>, results: Map<string, RightResult>): ChecklistItem[] {
  const items = new Map<string, ChecklistItem>();
  for (const right of data.rights) {
    const result = results.get(right.id);
    const group = result && groupOf(right, result);
    if (!result || group === 'unlikely' || group === 'automatic' || group === 'already') continue;
    const ids = [...(result.variant?.documentRefs ?? right.documentRefs), ...(result.result === 'likely' ? result.proofs : [])];
    for (const id of new Set(ids)) {
      const doc = data.documents[id];
      if (!doc) continue;
      const item = items.get(id) ?? { id, title: doc.title, where: doc.where, for: [] };
      item.for.push(right.title);
      items.set(id, item);
    }
  }
  const order = Object.keys(data.documents);
  return [...items.values()].sort((a, b) => b.for.length - a.for.length || order.indexOf(a.id) - order.indexOf(b.id));
}

/** Amounts with their date; an amount past its `validUntil` is marked, never hidden. */
export function amountsOf(right: RightRule, today: string) {
  return right.amounts.map((a) => ({ ...a, expired: a.validUntil !== undefined && a.validUntil < today }));
}
