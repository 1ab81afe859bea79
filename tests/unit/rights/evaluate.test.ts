import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../src/lib/rights/evaluate';
import type { Facts, RightRule } from '../../../src/lib/rights/types';
import { IN_FLANDERS, isTrue, rightWith } from './helpers';

const TODAY = '2026-06-01';
const run = (rights: RightRule[], facts: Facts) => createEvaluator(rights, { today: TODAY })(facts);
const one = (right: RightRule, facts: Facts) => run([right], facts).get(right.id)!;

describe('three-valued conditions', () => {
  const both = rightWith('beide', { all: [isTrue('a', 'cond-a'), isTrue('b', 'cond-b')] });
  const either = rightWith('een', { any: [isTrue('a'), isTrue('b')] });

  it('all: one "no" decides, an unanswered fact keeps it open', () => {
    expect(one(both, { ...IN_FLANDERS, a: true, b: true }).result).toBe('likely');
    expect(one(both, { ...IN_FLANDERS, a: true }).result).toBe('maybe');
    const no = one(both, { ...IN_FLANDERS, b: false });
    expect(no.result).toBe('unlikely');
    expect(no.reasons).toEqual(['b nee']);
    expect(no.failed).toEqual(['cond-b']);
  });

  it('any: one "yes" decides and explains, "no" only when every branch fails', () => {
    const yes = one(either, { ...IN_FLANDERS, b: true });
    expect(yes.result).toBe('likely');
    expect(yes.reasons).toEqual(['b ja']);
    expect(one(either, { ...IN_FLANDERS, a: false }).result).toBe('maybe');
    expect(one(either, { ...IN_FLANDERS, a: false, b: false }).reasons).toEqual(['a nee', 'b nee']);
  });

  it('a "maybe" names the questions that would settle it', () => {
    const r = one(both, { ...IN_FLANDERS, a: true });
    expect(r.missing).toEqual(['b']);
    expect(r.reasons).toEqual(['a ja']);
  });

  it('not swaps yes and no and keeps unknown', () => {
    const right = rightWith('niet', { not: isTrue('a'), becauseNot: 'want a' });
    expect(one(right, { ...IN_FLANDERS, a: false }).result).toBe('likely');
    expect(one(right, { ...IN_FLANDERS, a: true })).toMatchObject({ result: 'unlikely', reasons: ['want a'] });
    expect(one(right, IN_FLANDERS).result).toBe('maybe');
  });

  it('an office condition is never decided by the tool', () => {
    const right = rightWith('dienst', { all: [isTrue('a'), { office: 'Het OCMW beslist.' }] });
    const r = one(right, { ...IN_FLANDERS, a: true });
    expect(r).toMatchObject({ result: 'maybe', office: ['Het OCMW beslist.'], missing: [] });
    expect(one(right, { ...IN_FLANDERS, a: false }).result).toBe('unlikely');
  });

  it('an empty all holds for everyone in the right\'s regions', () => {
    const right = rightWith('iedereen', { all: [], because: 'Iedereen.' });
    expect(one(right, IN_FLANDERS)).toMatchObject({ result: 'likely', reasons: ['Iedereen.'] });
  });
});

describe('regions and municipalities of the right', () => {
  const flemish = rightWith('vl', { all: [], because: 'Ja.' }, { regions: ['vlaanderen'] });

  it('a household elsewhere is told where the right exists', () => {
    const r = one(flemish, { gewest: 'brussel' });
    expect(r.result).toBe('unlikely');
    expect(r.reasons).toEqual(['Dit recht bestaat alleen in Vlaanderen.']);
  });

  it('an unknown region keeps the result open, asking for it', () => {
    expect(one(flemish, {})).toMatchObject({ result: 'maybe', missing: ['gewest'] });
  });

  it('a local right only holds in its municipalities', () => {
    const local = rightWith('lokaal', { all: [], because: 'Ja.' }, { municipalities: ['44021'] });
    expect(one(local, { gewest: 'vlaanderen', gemeente: '44021' }).result).toBe('likely');
    expect(one(local, { gewest: 'vlaanderen', gemeente: '11002' }).result).toBe('unlikely');
  });
});

describe('children', () => {
  const school = rightWith('school', {
    some: 'kinderen',
    where: { fact: 'school', op: 'in', value: ['lager'], because: 'lager', becauseNot: 'niet lager' },
    because: 'Een kind zit in de lagere school.',
    becauseNot: 'Geen kind in de lagere school.',
  });

  it('holds when one child meets the condition, fails without children', () => {
    expect(one(school, { ...IN_FLANDERS, kinderen: [{ school: 'kleuter' }, { school: 'lager' }] }).result).toBe('likely');
    expect(one(school, { ...IN_FLANDERS, kinderen: [] })).toMatchObject({ result: 'unlikely', reasons: ['Geen kind in de lagere school.'] });
  });

  it('an unknown child fact or an unanswered household asks about the children', () => {
    expect(one(school, { ...IN_FLANDERS, kinderen: [{ leeftijd: 8 }] })).toMatchObject({ result: 'maybe', missing: ['kinderen'] });
    expect(one(school, IN_FLANDERS)).toMatchObject({ result: 'maybe', missing: ['kinderen'] });
  });
});

describe('amounts used as limits', () => {
  const limit = (validUntil?: string) =>
    rightWith('grens', { fact: 'inkomen-bedrag', op: 'lte', param: 'grens', because: 'Onder {param} (sinds {paramDate}).', becauseNot: 'Boven {param}.' }, {
      amounts: [{ id: 'grens', label: 'Grens', value: 30000, validFrom: '2025-01-01', validUntil, source: { title: 'bron' } }],
    });

  it('compares with the dated amount and says which one', () => {
    const r = one(limit(), { ...IN_FLANDERS, 'inkomen-bedrag': 20000 });
    expect(r.result).toBe('likely');
    expect(r.reasons[0]!.replace(/\s/g, ' ')).toBe('Onder € 30.000,00 (sinds 1 januari 2025).');
    expect(one(limit(), { ...IN_FLANDERS, 'inkomen-bedrag': 40000 }).result).toBe('unlikely');
  });

  it('an expired amount decides nothing and is reported as out of date', () => {
    const r = one(limit('2025-12-31'), { ...IN_FLANDERS, 'inkomen-bedrag': 20000 });
    expect(r).toMatchObject({ result: 'maybe', stale: ['grens'] });
  });
});

describe('gateway rights', () => {
  const vt = rightWith('vt', { any: [isTrue('leefloon'), { office: 'Inkomenstoets.' }] });
  const uitpas = rightWith('uitpas', { right: 'vt', because: 'Via de VT.', proof: 'attest-vt' });

  it('a right that depends on another follows its result and says via which', () => {
    const results = run([uitpas, vt], { ...IN_FLANDERS, leefloon: true });
    expect(results.get('uitpas')).toMatchObject({ result: 'likely', reasons: ['Via de VT.'], via: ['vt'], proofs: ['attest-vt'] });
    expect(run([uitpas, vt], { ...IN_FLANDERS, leefloon: false }).get('uitpas')).toMatchObject({ result: 'maybe', via: ['vt'] });
  });

  it('refuses a circle instead of hanging', () => {
    const a = rightWith('a', { right: 'b' });
    const b = rightWith('b', { right: 'a' });
    expect(() => run([a, b], IN_FLANDERS)).toThrow(/circle/);
  });
});

describe('local versions', () => {
  const base = rightWith('pas', { ...isTrue('vt') }, {
    variants: [
      { id: 'stad', municipalities: ['35013'], alsoEligible: isTrue('igo'), note: 'In de stad ook met IGO.', source: { title: 'stad' }, lastChecked: '2026-01-01' },
      { id: 'dorp', municipalities: ['71066'], eligibility: isTrue('schuldbemiddeling'), note: 'Andere regels.', source: { title: 'dorp' }, lastChecked: '2026-01-01' },
    ],
  });

  it('adds or replaces grounds in the municipalities of a version', () => {
    expect(one(base, { gewest: 'vlaanderen', gemeente: '35013', vt: false, igo: true })).toMatchObject({ result: 'likely', variant: { id: 'stad' } });
    expect(one(base, { gewest: 'vlaanderen', gemeente: '44021', vt: false, igo: true }).result).toBe('unlikely');
    expect(one(base, { gewest: 'vlaanderen', gemeente: '71066', vt: true, schuldbemiddeling: false }).result).toBe('unlikely');
  });

  it('without a municipality, only what every version agrees on is decided', () => {
    expect(one(base, { gewest: 'vlaanderen', vt: true, igo: true, schuldbemiddeling: true }).result).toBe('likely');
    const open = one(base, { gewest: 'vlaanderen', vt: false, igo: true, schuldbemiddeling: false });
    expect(open.result).toBe('maybe');
    expect(open.missing).toContain('gemeente');
  });
});
