/**
 * Content check of the rights explorer, run by the validator (src/lib/validate.ts): the facts
 * dictionary and the documents catalogue themselves, and every rule against them. A rule that
 * names an unknown fact, a value the fact does not have, an operator that does not fit, a
 * missing or expired amount, an unknown right or document, or a circle of rights is an error
 * with file and field. Every right's `examples` are run: a wrong expectation is an error too.
 */
import { parse as parseYaml } from 'yaml';
import { rightsDocumentsFileSchema, rightsFactsFileSchema, type Fact, type PersonFact, type RightsFactsFile, type RuleNode } from '../../content.config';
import { explainIssue } from '../error-map';
import { OPERATORS_BY_FACT_TYPE } from '../vocabulary';
import type { Problem, ValidEntries } from '../validate';
import { closest } from '../validate';
import { createEvaluator, MUNICIPALITY_FACT, REGION_FACT } from './evaluate';
import { answersFrom, fitsFact, householdFacts } from './household';
import { isoDay, toRightRules } from './rules';

export interface DataFile {
  /** Path shown in messages, e.g. `content/rights-facts.yaml`. */
  path: string;
  text: string;
}

export interface RightsDataFiles {
  facts?: DataFile;
  documents?: DataFile;
}

export const FACTS_FILE = 'rights-facts.yaml';
export const DOCUMENTS_FILE = 'rights-documents.yaml';

/** Facts the evaluator and questionnaire rely on, with the type they must have. */
const REQUIRED_FACTS: Record<string, Fact['type']> = { [MUNICIPALITY_FACT]: 'municipality', [REGION_FACT]: 'choice', kinderen: 'children' };

type Report = (field: string, message: string) => void;

function parseDataFile<T>(file: DataFile, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: Parameters<typeof explainIssue>[0][] } } }, problems: Problem[]): T | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(file.text);
  } catch (error) {
    problems.push({ file: file.path, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file: file.path, ...explainIssue(issue, raw) });
  return undefined;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

interface Dictionary {
  facts: Map<string, Fact>;
  personFacts: Map<string, PersonFact>;
  documents: Set<string>;
  municipalities: Set<string>;
}

/** Checks one condition tree; `where` marks the inside of `some ... where` (person facts). */
function checkNode(node: RuleNode, path: string, dict: Dictionary, report: Report, context: { amounts?: { id?: string; value?: number; validUntil?: Date; per?: string; label: string }[]; today: string; rights?: Map<string, unknown>; where?: boolean; askIf?: boolean }): string[] {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if ('all' in node) {
    if (node.all.length === 0 && !node.because) report(at('all'), 'is empty, which means "everyone": add a `because` that says so');
    return node.all.flatMap((n, i) => checkNode(n, `${at('all')}[${i}]`, dict, report, context));
  }
  if ('any' in node) return node.any.flatMap((n, i) => checkNode(n, `${at('any')}[${i}]`, dict, report, context));
  if ('not' in node) return checkNode(node.not, at('not'), dict, report, context);
  if ('some' in node) {
    if (context.where) report(at('some'), 'a `some` inside `where` is not supported: move it out');
    return checkNode(node.where, at('where'), dict, report, { ...context, where: true });
  }
  if ('office' in node) return [];
  if ('right' in node) {
    if (context.askIf || context.where) report(at('right'), 'a right can only be used in `eligibility`, not in `askIf` or `where`');
    else if (context.rights && !context.rights.has(node.right)) {
      const hint = closest(node.right, [...context.rights.keys()]);
      report(at('right'), `unknown right "${node.right}" (or it has no eligibility): use the file name of a right in content/rights/ that has an eligibility${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    if (node.proof && !dict.documents.has(node.proof)) report(at('proof'), unknownDocument(node.proof, dict));
    return [node.right];
  }
  const fact = context.where ? dict.personFacts.get(node.fact) : dict.facts.get(node.fact);
  if (!fact) {
    const known = [...(context.where ? dict.personFacts : dict.facts).keys()];
    const hint = closest(node.fact, known);
    const where = context.where ? 'a person fact (inside `where`): use one of the `personFacts` of' : 'use an id from';
    report(at('fact'), `unknown fact "${node.fact}": ${where} content/${FACTS_FILE}${hint ? ` (did you mean "${hint}"?)` : ''}`);
    return [];
  }
  const allowed: readonly string[] = OPERATORS_BY_FACT_TYPE[fact.type];
  if (!allowed.includes(node.op)) {
    report(at('op'), `"${node.op}" does not fit fact "${fact.id}" (${fact.type}): use ${allowed.length ? allowed.join(' or ') : 'a `some` condition'}`);
    return [];
  }
  if (node.proof && !dict.documents.has(node.proof)) report(at('proof'), unknownDocument(node.proof, dict));
  if (node.param !== undefined) checkParam(node.param, fact, at('param'), report, context);
  else if (node.value !== undefined) checkValue(node.op, node.value, fact, at('value'), dict, report);
  return [];
}

const unknownDocument = (id: string, dict: Dictionary) => {
  const hint = closest(id, [...dict.documents]);
  return `unknown document "${id}": use an id from content/${DOCUMENTS_FILE}${hint ? ` (did you mean "${hint}"?)` : ''}`;
};

function checkValue(op: string, value: unknown, fact: Fact | PersonFact, field: string, dict: Dictionary, report: Report) {
  const list = Array.isArray(value) ? value : [value];
  if (op === 'eq' && Array.isArray(value)) return report(field, 'is a list, but "eq" compares with one value: use "in" for a list');
  if (fact.type === 'number') {
    if (typeof value !== 'number') report(field, `${JSON.stringify(value)} is not a number, but fact "${fact.id}" is a number`);
    return;
  }
  if (fact.type === 'municipality') {
    for (const nis of list) if (!dict.municipalities.has(String(nis))) report(field, `"${nis}" is not the NIS code of a municipality in content/municipalities/`);
    return;
  }
  const ids = (fact.values ?? []).map((v) => v.id);
  for (const v of list) {
    if (!ids.includes(String(v))) {
      const hint = closest(String(v), ids);
      report(field, `"${v}" is not a value of fact "${fact.id}": use one of ${ids.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
  }
}

function checkParam(param: string, fact: Fact | PersonFact, field: string, report: Report, context: { amounts?: { id?: string; value?: number; validUntil?: Date; per?: string; label: string }[]; today: string }) {
  if (fact.type !== 'number') return report(field, `an amount can only be compared with a number fact, and "${fact.id}" is ${fact.type}`);
  const index = context.amounts?.findIndex((a) => a.id === param) ?? -1;
  const amount = context.amounts?.[index];
  if (!amount) return report(field, `unknown amount "${param}": give one of this right's amounts \`id: ${param}\``);
  if (amount.value === undefined) return report(field, `amounts[${index}] ("${amount.label}") has no value: a rule needs a number`);
  if (amount.validUntil && isoDay(amount.validUntil) < context.today) {
    return report(field, `amounts[${index}] ("${amount.label}") expired on ${isoDay(amount.validUntil)}: add the current amount with its source, or stop using it in the rule`);
  }
  const per = 'per' in fact ? fact.per : undefined;
  if (per && amount.per && per !== amount.per) report(field, `amounts[${index}] is per ${amount.per}, but fact "${fact.id}" is per ${per}`);
}

function checkDictionary(file: DataFile, data: RightsFactsFile, dict: Dictionary, today: string): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, message: string) => problems.push({ file: file.path, field, message });
  for (const id of duplicates(data.facts.map((f) => f.id))) report('facts', `fact id "${id}" is used twice`);
  for (const id of duplicates(data.personFacts.map((f) => f.id))) report('personFacts', `person fact id "${id}" is used twice`);
  const screens = new Set(data.screens.map((s) => s.id));
  data.facts.forEach((f, i) => {
    const at = (key: string) => `facts[${i}].${key}`;
    if (!screens.has(f.screen)) report(at('screen'), `unknown screen "${f.screen}": use an id from \`screens\``);
    const hasValues = f.type === 'choice' || f.type === 'choices';
    if (hasValues && !f.values?.length) report(at('values'), `a ${f.type} fact needs values`);
    if (!hasValues && f.values) report(at('values'), `a ${f.type} fact has no values: remove them`);
    if (f.noneValue && !f.values?.some((v) => v.id === f.noneValue)) report(at('noneValue'), `"${f.noneValue}" is not one of the values`);
    if (f.derivedFrom && !dict.facts.has(f.derivedFrom)) report(at('derivedFrom'), `unknown fact "${f.derivedFrom}"`);
    if (f.askIf) checkNode(f.askIf, at('askIf'), dict, report, { today, askIf: true });
  });
  for (const [id, type] of Object.entries(REQUIRED_FACTS)) {
    const fact = dict.facts.get(id);
    if (!fact) report('facts', `fact "${id}" is missing: the explorer needs it (type ${type})`);
    else if (fact.type !== type) report('facts', `fact "${id}" must be of type ${type}`);
  }
  return problems;
}

/** Right ids in a circle of `right:` references, if any. */
function findCircle(uses: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'busy' | 'done'>();
  const walk = (id: string, trail: string[]): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'busy') return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, 'busy');
    for (const next of uses.get(id) ?? []) {
      const circle = walk(next, [...trail, id]);
      if (circle) return circle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of uses.keys()) {
    const circle = walk(id, []);
    if (circle) return circle;
  }
  return undefined;
}

export function checkRightRules(entries: Pick<ValidEntries, 'rights' | 'municipalities'>, data: RightsDataFiles | undefined, today = isoDay(new Date())): Problem[] {
  if (!data) return [];
  const problems: Problem[] = [];
  const withRules = entries.rights.filter((r) => r.data.eligibility !== undefined);
  if (!data.facts) {
    if (withRules.length) problems.push({ file: `content/${FACTS_FILE}`, message: 'is missing: rights with an `eligibility` need the facts dictionary' });
    return problems;
  }
  const factsFile = parseDataFile(data.facts, rightsFactsFileSchema, problems);
  const documentsFile = data.documents ? parseDataFile(data.documents, rightsDocumentsFileSchema, problems) : undefined;
  if (!data.documents) problems.push({ file: `content/${DOCUMENTS_FILE}`, message: 'is missing: the rights explorer needs the documents catalogue' });
  if (!factsFile || !documentsFile) return problems;

  const dict: Dictionary = {
    facts: new Map(factsFile.facts.map((f) => [f.id, f])),
    personFacts: new Map(factsFile.personFacts.map((f) => [f.id, f])),
    documents: new Set(documentsFile.documents.map((d) => d.id)),
    municipalities: new Set(entries.municipalities.map((m) => m.data.nis)),
  };
  problems.push(...checkDictionary(data.facts, factsFile, dict, today));
  for (const id of duplicates(documentsFile.documents.map((d) => d.id))) problems.push({ file: data.documents!.path, field: 'documents', message: `document id "${id}" is used twice` });

  const rights = new Map(withRules.map((r) => [r.id, r]));
  const uses = new Map<string, string[]>();
  const broken = new Set<string>();
  for (const r of withRules) {
    const report: Report = (field, message) => {
      broken.add(r.id);
      problems.push({ file: r.file, field, message });
    };
    const context = { amounts: r.data.amounts, today, rights };
    const used = checkNode(r.data.eligibility!, 'eligibility', dict, report, context);
    r.data.variants.forEach((v, i) => {
      if (v.alsoEligible) used.push(...checkNode(v.alsoEligible, `variants[${i}].alsoEligible`, dict, report, context));
      if (v.eligibility) used.push(...checkNode(v.eligibility, `variants[${i}].eligibility`, dict, report, context));
      v.municipalities.forEach((nis, j) => dict.municipalities.has(nis) || report(`variants[${i}].municipalities[${j}]`, `"${nis}" is not the NIS code of a municipality in content/municipalities/`));
      v.documentRefs?.forEach((d, j) => dict.documents.has(d) || report(`variants[${i}].documentRefs[${j}]`, unknownDocument(d, dict)));
    });
    r.data.documentRefs.forEach((d, i) => dict.documents.has(d) || report(`documentRefs[${i}]`, unknownDocument(d, dict)));
    for (const target of new Set(used)) {
      if (target === r.id) report('eligibility', 'refers to itself: a right cannot be its own condition');
      const other = rights.get(target);
      if (other && !other.data.unlocks.includes(r.id)) {
        report('eligibility', `uses right "${target}", but ${other.file} does not list "${r.id}" in its unlocks: add it there, so its page shows the link`);
      }
    }
    uses.set(r.id, [...new Set(used)]);
    r.data.examples.forEach((e, i) => {
      for (const [id, value] of Object.entries(e.household)) {
        const fact = dict.facts.get(id);
        const normalised = answersFrom({ [id]: value })[id];
        const answer = normalised && 'value' in normalised ? normalised.value : undefined;
        const fits = fact && fitsFact(fact, answer, factsFile.personFacts) && (fact.type !== 'municipality' || dict.municipalities.has(String(answer)));
        if (!fact) report(`examples[${i}].household.${id}`, `unknown fact "${id}": use an id from content/${FACTS_FILE}${closest(id, [...dict.facts.keys()]) ? ` (did you mean "${closest(id, [...dict.facts.keys()])}"?)` : ''}`);
        else if (!fits) report(`examples[${i}].household.${id}`, `${JSON.stringify(value)} is not an answer to "${id}" (${fact.type}${fact.values ? `: ${fact.values.map((v) => v.id).join(', ')}` : ''})`);
      }
    });
  }
  const circle = findCircle(uses);
  if (circle) {
    const first = rights.get(circle[0]!)!;
    problems.push({ file: first.file, field: 'eligibility', message: `rights refer to each other in a circle: ${circle.join(' → ')}. Break it: a gateway right may not depend on the rights it opens` });
    return problems;
  }
  problems.push(...runExamples(entries, [...rights.values()].filter((r) => !broken.has(r.id)), withRules, today));
  return problems;
}

/** Runs every right's examples with the real evaluator; only rights whose rules are sound. */
function runExamples(entries: Pick<ValidEntries, 'municipalities'>, sound: ValidEntries['rights'], all: ValidEntries['rights'], today: string): Problem[] {
  const problems: Problem[] = [];
  const regions = new Map(entries.municipalities.map((m) => [m.data.nis, m.data.region]));
  const evaluate = createEvaluator(toRightRules(all), { today });
  for (const r of sound) {
    r.data.examples.forEach((e, i) => {
      const facts = householdFacts(answersFrom(e.household), (nis) => regions.get(nis));
      let result;
      try {
        result = evaluate(facts).get(r.id)!;
      } catch (error) {
        problems.push({ file: r.file, field: `examples[${i}]`, message: `could not be evaluated: ${(error as Error).message}` });
        return;
      }
      const field = `examples[${i}]`;
      const detail = result.result === 'maybe' ? ` (open questions: ${result.missing.join(', ') || 'none'}; office: ${result.office.length})` : ` (${result.reasons.join(' ')})`;
      if (result.result !== e.expect) problems.push({ file: r.file, field, message: `"${e.name}": expected "${e.expect}" but the rule gives "${result.result}"${detail}` });
      for (const id of e.missing ?? []) if (!result.missing.includes(id)) problems.push({ file: r.file, field: `${field}.missing`, message: `"${e.name}": "${id}" is not among the questions that would settle it (${result.missing.join(', ') || 'none'})` });
      for (const id of e.failedOn ?? []) if (!result.failed.includes(id)) problems.push({ file: r.file, field: `${field}.failedOn`, message: `"${e.name}": condition "${id}" did not fail (failed: ${result.failed.join(', ') || 'none'})` });
    });
  }
  return problems;
}
