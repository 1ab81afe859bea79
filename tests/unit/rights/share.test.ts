/** Answers in the URL fragment: what goes in comes out, what is sensitive never goes in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/rights/share';
import type { Answer, Answers, Fact } from '../../../src/lib/rights/types';
import { realRightsData } from '../../support/rights';

const { facts } = realRightsData();
const shareable = facts.facts.filter((f) => !f.sensitive);
const encode = (a: Answers) => encodeAnswers(a, facts.facts, facts.personFacts);
const decode = (s: string) => decodeAnswers(s, facts.facts, facts.personFacts);

/** Any valid answer to a fact of the dictionary. */
function answerTo(fact: Fact): fc.Arbitrary<Answer> {
  const ids = fact.values?.map((v) => v.id) ?? [];
  const skips: fc.Arbitrary<Answer>[] = [fc.constant({ skip: 'liever-niet' as const }), ...(fact.dontKnow ? [fc.constant({ skip: 'weet-niet' as const })] : [])];
  const value: fc.Arbitrary<unknown> = {
    boolean: fc.boolean(),
    choice: fc.constantFrom(...(ids.length ? ids : ['x'])),
    choices: fc.subarray(ids),
    number: fc.integer({ min: fact.min ?? 0, max: fact.max ?? 1000 }),
    municipality: fc.constantFrom('44021', '21001', '35013'),
    children: fc.array(
      fc.record(
        { leeftijd: fc.integer({ min: 0, max: 25 }), school: fc.constantFrom('thuis', 'kleuter', 'lager', 'secundair', 'hoger') },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
  }[fact.type];
  return fc.oneof(value.map((v) => ({ value: v }) as Answer), ...skips);
}

const answers = fc.record(Object.fromEntries(shareable.map((f) => [f.id, answerTo(f)])), { requiredKeys: [] }) as fc.Arbitrary<Answers>;

describe('share link', () => {
  it('gives back exactly the answers it was made from', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const decoded = decode(`#${encode(a)}`);
        expect(decoded.dropped).toEqual([]);
        expect(decoded.answers).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('is readable and short for a typical household', () => {
    const text = encode({
      gemeente: { value: '44021' },
      kinderen: { value: [{ leeftijd: 7, school: 'lager' }, { leeftijd: 10, school: 'lager' }] },
      inkomen: { value: ['leefloon'] },
      'verhoogde-tegemoetkoming': { skip: 'weet-niet' },
    });
    expect(text).toBe('v=1&gemeente=44021&kinderen=7%7Elager.10%7Elager&inkomen=leefloon&verhoogde-tegemoetkoming=_weet-niet');
  });

  it('never carries the residence status, even when it was answered', () => {
    const text = encode({ gemeente: { value: '21001' }, verblijf: { value: 'zonder-wettig-verblijf' } });
    expect(text).not.toContain('verblijf');
    expect(decode('v=1&verblijf=zonder-wettig-verblijf')).toEqual({ answers: {}, dropped: ['verblijf'] });
  });

  it('drops what does not fit the dictionary and keeps the rest', () => {
    const decoded = decode('#v=1&gemeente=44021&inkomen=leefloon.loterij&kinderen=abc~lager&onbekend=1&student=misschien');
    expect(decoded.answers).toEqual({ gemeente: { value: '44021' } });
    expect(decoded.dropped.sort()).toEqual(['inkomen', 'kinderen', 'onbekend', 'student']);
  });

  it('ignores fragments that are not answers (an anchor link)', () => {
    expect(decode('#resultaten')).toEqual({ answers: {}, dropped: [] });
  });

  it('refuses "weet ik niet" where the question does not offer it', () => {
    expect(decode('v=1&gemeente=_weet-niet').dropped).toEqual(['gemeente']);
    expect(decode('v=1&gemeente=_liever-niet').answers).toEqual({ gemeente: { skip: 'liever-niet' } });
  });
});
