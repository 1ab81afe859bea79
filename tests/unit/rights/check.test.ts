/** The content check of rules: every mistake names file and field, and how to fix it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles, readRightsDataFiles } from '../../../src/lib/content-files';
import { formatProblem, validateContent, type ContentFile } from '../../../src/lib/validate';
import { projectRoot } from '../../support/catalog';

const contentDir = resolve(projectRoot, 'content');
const realFiles = readContentFiles(contentDir, projectRoot);
const rightsData = readRightsDataFiles(contentDir, projectRoot);
const uitpasPath = 'content/rights/uitpas-kansentarief.md';

/** The real content with one right's text changed. */
function messagesWith(path: string, edit: (text: string) => string, data = rightsData): string[] {
  const files: ContentFile[] = realFiles.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));
  return validateContent(files, data).problems.map(formatProblem);
}

const replaceOnce = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not found`);
  return text.replace(from, to);
};

// Each test validates all real content (about a second; more on a busy machine).
describe('rule check', { timeout: 30_000 }, () => {
  it('accepts the real rules, dictionary and catalogue', () => {
    expect(validateContent(realFiles, rightsData).problems.map(formatProblem)).toEqual([]);
  });

  it('names an unknown fact with file, field and the closest id', () => {
    const list = messagesWith(uitpasPath, replaceOnce('fact: geldhulp\n      op: includes\n      value: [budgetbegeleiding', 'fact: geldhulpp\n      op: includes\n      value: [budgetbegeleiding'));
    expect(list).toContain(`${uitpasPath}: eligibility.any[2].fact: unknown fact "geldhulpp": use an id from content/rights-facts.yaml (did you mean "geldhulp"?)`);
  });

  it('rejects an operator that does not exist, and one that does not fit the fact', () => {
    const unknown = messagesWith(uitpasPath, replaceOnce('op: includes\n      value: [budgetbegeleiding', 'op: contains\n      value: [budgetbegeleiding'));
    expect(unknown.some((m) => m.startsWith(`${uitpasPath}: eligibility.any[2].op: "contains" is not allowed: use one of "eq"`))).toBe(true);
    const misfit = messagesWith(uitpasPath, replaceOnce('op: includes\n      value: [budgetbegeleiding', 'op: lte\n      value: [budgetbegeleiding'));
    expect(misfit).toContain(`${uitpasPath}: eligibility.any[2].op: "lte" does not fit fact "geldhulp" (choices): use includes`);
  });

  it('rejects a value the fact does not have', () => {
    const list = messagesWith(uitpasPath, replaceOnce('value: [budgetbegeleiding, budgetbeheer]', 'value: [budgetbegeleidng, budgetbeheer]'));
    expect(list.some((m) => m.startsWith(`${uitpasPath}: eligibility.any[2].value: "budgetbegeleidng" is not a value of fact "geldhulp"`) && m.includes('did you mean "budgetbegeleiding"'))).toBe(true);
  });

  it('rejects an expired amount used as a limit, but not one that is only shown', () => {
    const path = 'content/rights/groeipakket-sociale-toeslag.md';
    const list = messagesWith(path, replaceOnce('    validFrom: 2023-01-01\n', '    validFrom: 2023-01-01\n    validUntil: 2024-12-31\n'));
    expect(list).toContain(`${path}: eligibility.all[2].any[0].param: amounts[0] ("Laagste inkomensgrens voor de sociale toeslag (belastbaar gezinsinkomen per jaar, geldt voor alle gezinnen)") expired on 2024-12-31: add the current amount with its source, or stop using it in the rule`);
    // Brussels rent allowance: expired amounts that no rule uses are fine (the page marks them).
    expect(readFileSync(resolve(projectRoot, 'content/rights/brusselse-huurtoelage.md'), 'utf8')).toContain('validUntil: 2024-12-31');
  });

  it('rejects an unknown amount id', () => {
    const path = 'content/rights/groeipakket-sociale-toeslag.md';
    expect(messagesWith(path, replaceOnce('param: inkomensgrens', 'param: inkomensgrns'))).toContain(
      `${path}: eligibility.all[2].any[0].param: unknown amount "inkomensgrns": give one of this right's amounts \`id: inkomensgrns\``,
    );
  });

  it('requires because and becauseNot on a condition', () => {
    const path = 'content/rights/schuldbemiddeling.md';
    const list = messagesWith(path, replaceOnce('      becauseNot: Je gaf aan dat je geen schulden hebt die je niet op tijd kan betalen.\n', ''));
    expect(list).toContain(`${path}: eligibility.any[1].becauseNot: is required but missing: add "becauseNot:"`);
  });

  it('rejects an unknown right, and a gateway that does not list the right in its unlocks', () => {
    const unknown = messagesWith(uitpasPath, replaceOnce('    - right: verhoogde-tegemoetkoming\n      because: Je hebt waarschijnlijk recht op de verhoogde tegemoetkoming. Met', '    - right: verhoogde-tegemoetkomming\n      because: Je hebt waarschijnlijk recht op de verhoogde tegemoetkoming. Met'));
    expect(unknown.some((m) => m.startsWith(`${uitpasPath}: eligibility.any[0].right: unknown right "verhoogde-tegemoetkomming"`))).toBe(true);
    const vt = 'content/rights/verhoogde-tegemoetkoming.md';
    const unlisted = messagesWith(vt, replaceOnce('derdebetalersregeling, uitpas-kansentarief,', 'derdebetalersregeling,'));
    expect(unlisted).toContain(`${uitpasPath}: eligibility: uses right "verhoogde-tegemoetkoming", but ${vt} does not list "uitpas-kansentarief" in its unlocks: add it there, so its page shows the link`);
  });

  it('rejects rights that depend on each other in a circle', () => {
    const vt = 'content/rights/verhoogde-tegemoetkoming.md';
    const list = messagesWith(vt, replaceOnce("    - office: Zonder zo'n uitkering", "    - right: vakantieparticipatie\n    - office: Zonder zo'n uitkering"));
    expect(list.some((m) => m.includes('rights refer to each other in a circle') && m.includes('verhoogde-tegemoetkoming') && m.includes('vakantieparticipatie'))).toBe(true);
  });

  it('runs the examples: a wrong expectation is reported with the result and why', () => {
    const path = 'content/rights/schuldbemiddeling.md';
    const list = messagesWith(path, replaceOnce('    household: { gemeente: "44021", geldhulp: [schulden] }\n    expect: likely', '    household: { gemeente: "44021", geldhulp: [schulden] }\n    expect: unlikely'));
    expect(list).toContain(`${path}: examples[0]: "Gezin met schulden in Gent": expected "unlikely" but the rule gives "likely" (Je hebt schulden of rekeningen die je niet op tijd kan betalen. Een schuldbemiddelaar kan een regeling maken met je schuldeisers.)`);
  });

  it('rejects an example answer that is not in the dictionary', () => {
    const path = 'content/rights/schuldbemiddeling.md';
    const list = messagesWith(path, replaceOnce('geldhulp: [schulden] }', 'geldhulp: [scholden] }'));
    expect(list.some((m) => m.startsWith(`${path}: examples[0].household.geldhulp: ["scholden"] is not an answer to "geldhulp" (choices`))).toBe(true);
  });

  it('checks the facts dictionary and the documents catalogue themselves', () => {
    const broken = {
      facts: { ...rightsData.facts!, text: rightsData.facts!.text.replace('screen: wonen\n    question: Hoe woon je nu?', 'screen: wonnen\n    question: Hoe woon je nu?') },
      documents: { ...rightsData.documents!, text: rightsData.documents!.text.replace('  - id: huurcontract\n', '  - id: identiteitskaart\n') },
    };
    const list = validateContent(realFiles, broken).problems.map(formatProblem);
    expect(list.some((m) => /^content\/rights-facts\.yaml: facts\[\d+\]\.screen: unknown screen "wonnen"/.test(m))).toBe(true);
    expect(list).toContain('content/rights-documents.yaml: documents: document id "identiteitskaart" is used twice');
    expect(list.some((m) => m.includes('unknown document "huurcontract"'))).toBe(true);
  });

  it('says so when the dictionary is missing but rules need it', () => {
    expect(validateContent(realFiles, { documents: rightsData.documents }).problems.map(formatProblem)).toContain(
      'content/rights-facts.yaml: is missing: rights with an `eligibility` need the facts dictionary',
    );
  });
});
