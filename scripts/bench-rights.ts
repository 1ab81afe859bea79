/**
 * `npm run bench:rights [-- --rights 500 --runs 200 --seed 1]`: how long the rechtenverkenner takes
 * to re-evaluate every right after one answer. Generates synthetic rights over the real facts
 * dictionary (all / any / not / some-child / office / gateway rights) and times the evaluator for
 * several households. Prints numbers; it is a measurement, not a test.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { rightsFactsFileSchema, type Fact } from '../src/content.config';
import { createEvaluator } from '../src/lib/rights/evaluate';
import { answersFrom, householdFacts } from '../src/lib/rights/household';
import { syntheticRight } from '../src/lib/rights/synthetic';
import type { RightRule, RuleNode } from '../src/lib/rights/types';

const { values } = parseArgs({
  options: { rights: { type: 'string', default: '500' }, runs: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } },
});
const count = Number(values.rights);
const runs = Number(values.runs);

/** Small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const some = <T>(list: readonly T[]): T[] => list.filter(() => rnd() < 0.4).slice(0, 3).concat(pick(list));

const dictionary = rightsFactsFileSchema.parse(parse(readFileSync('content/rights-facts.yaml', 'utf8')));
const askable = dictionary.facts.filter((f) => f.type !== 'children' && f.type !== 'municipality');

function leaf(fact: Fact): RuleNode {
  const texts = { because: 'ja', becauseNot: 'nee' };
  const ids = fact.values?.map((v) => v.id) ?? [];
  switch (fact.type) {
    case 'boolean':
      return { fact: fact.id, op: pick(['isTrue', 'isFalse'] as const), ...texts };
    case 'choice':
      return { fact: fact.id, op: 'in', value: [...new Set(some(ids))], ...texts };
    case 'choices':
      return { fact: fact.id, op: 'includes', value: [...new Set(some(ids))], ...texts };
    default:
      return { fact: fact.id, op: pick(['lte', 'gt'] as const), value: Math.round(rnd() * (fact.max ?? 100)), ...texts };
  }
}

function node(depth: number, earlier: string[]): RuleNode {
  const r = rnd();
  if (depth <= 0 || r < 0.35) {
    if (r < 0.05) return { office: 'De dienst beslist.' };
    if (r < 0.1 && earlier.length) return { right: pick(earlier) };
    if (r < 0.15) return { some: 'kinderen', where: { fact: 'leeftijd', op: 'lte', value: Math.round(rnd() * 25), because: 'ja', becauseNot: 'nee' }, because: 'kind', becauseNot: 'geen kind' };
    return leaf(pick(askable));
  }
  const children = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => node(depth - 1, earlier));
  if (r < 0.6) return { all: children };
  if (r < 0.9) return { any: children };
  return { not: children[0]! };
}

const rights: RightRule[] = [];
for (let i = 0; i < count; i++) {
  const earlier = rights.slice(Math.max(0, i - 20)).map((r) => r.id);
  rights.push(syntheticRight(`recht-${i}`, node(3, earlier)));
}

const households: Record<string, Record<string, unknown>> = {
  'nothing answered yet': {},
  'single parent, Gent, leefloon, two children': { gemeente: '44021', inkomen: ['leefloon'], kinderen: [{ leeftijd: 7, school: 'lager' }, { leeftijd: 10, school: 'lager' }], woonsituatie: 'huur-privaat', geldhulp: ['moeilijk-rondkomen'] },
  'couple, Anderlecht, wages, no children': { gemeente: '21001', inkomen: ['loon'], kinderen: [], woonsituatie: 'eigenaar', verwarming: 'aardgas', geldhulp: ['geen'], 'verhoogde-tegemoetkoming': false },
  'pensioner, Oostende, IGO, oil heating': { gemeente: '35013', inkomen: ['pensioen', 'igo'], kinderen: [], woonsituatie: 'huur-privaat', verwarming: 'stookolie', wachtlijst: '4-jaar-of-langer' },
};
const regions: Record<string, string> = { '44021': 'vlaanderen', '21001': 'brussel', '35013': 'vlaanderen' };

const evaluate = createEvaluator(rights, { today: new Date().toISOString().slice(0, 10) });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

console.log(`Rights explorer benchmark: ${count} synthetic rights, ${runs} runs per household (after 20 warm-up runs).`);
console.log('household                                      median ms   p95 ms   max ms   likely/maybe/unlikely');
for (const [name, household] of Object.entries(households)) {
  const facts = householdFacts(answersFrom(household), (nis) => regions[nis]);
  for (let i = 0; i < 20; i++) evaluate(facts);
  const times: number[] = [];
  let results = evaluate(facts);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    results = evaluate(facts);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const tally = { likely: 0, maybe: 0, unlikely: 0 };
  for (const r of results.values()) tally[r.result]++;
  console.log(
    `${name.padEnd(46)} ${percentile(times, 0.5).toFixed(2).padStart(9)} ${percentile(times, 0.95).toFixed(2).padStart(8)} ${times.at(-1)!.toFixed(2).padStart(8)}   ${tally.likely}/${tally.maybe}/${tally.unlikely}`,
  );
}
console.log('A frame lasts about 16 ms: evaluating on every answer stays well inside one when the median is far below that.');
