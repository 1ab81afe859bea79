/** Skip logic and the length of the questionnaire. */
import { describe, expect, it } from 'vitest';
import { activeAnswers, questionCount, screensToAsk } from '../../../src/lib/rights/questionnaire';
import type { Answers } from '../../../src/lib/rights/types';
import { realRightsData } from '../../support/rights';

const { facts, data } = realRightsData();
const q = { screens: facts.screens, facts: facts.facts };
const regionOf = (nis: string) => data.municipalities[nis]?.region;
const asked = (a: Answers) => screensToAsk(q, a, regionOf).flatMap((s) => s.facts.map((f) => f.id));

const singleParentGent: Answers = {
  gemeente: { value: '44021' },
  student: { value: false },
  kinderen: { value: [{ leeftijd: 7, school: 'lager' }, { leeftijd: 10, school: 'lager' }] },
  zwanger: { value: false },
  inkomen: { value: ['leefloon'] },
  kinderbijslag: { value: 'ja' },
  woonsituatie: { value: 'huur-privaat' },
};

describe('questionnaire', () => {
  it('asks no questions about child benefits without children', () => {
    const list = asked({ gemeente: { value: '44021' }, kinderen: { value: [] } });
    expect(list).not.toContain('kinderbijslag');
    expect(list).not.toContain('belastbaar-inkomen');
    expect(list).toContain('inkomen');
  });

  it('asks about children benefits while it does not know yet whether there are children', () => {
    expect(asked({})).toContain('kinderbijslag');
  });

  it('asks the region only when the municipality is not given', () => {
    expect(asked({ gemeente: { value: '44021' } })).not.toContain('gewest');
    expect(asked({ gemeente: { skip: 'liever-niet' } })).toContain('gewest');
  });

  it('asks about the waiting list only to people without social housing', () => {
    expect(asked({ woonsituatie: { value: 'huur-privaat' } })).toContain('wachtlijst');
    expect(asked({ woonsituatie: { value: 'sociale-huur' } })).not.toContain('wachtlijst');
    expect(asked({ woonsituatie: { value: 'dakloos' } })).not.toContain('verwarming');
  });

  it('keeps a typical household to about a dozen questions on at most 8 screens', () => {
    const screens = screensToAsk(q, singleParentGent, regionOf);
    expect(screens.length).toBeLessThanOrEqual(8);
    expect(questionCount(screens)).toBeLessThanOrEqual(14);
    const single = screensToAsk(q, { gemeente: { value: '11002' }, kinderen: { value: [] }, woonsituatie: { value: 'huur-privaat' } }, regionOf);
    expect(questionCount(single)).toBeLessThanOrEqual(12);
  });

  it('forgets answers to questions that no longer apply', () => {
    const before: Answers = { ...singleParentGent, kinderbijslag: { value: 'ja-kind-66' } };
    const after = activeAnswers(q, { ...before, kinderen: { value: [] } }, regionOf);
    expect(after.kinderbijslag).toBeUndefined();
    expect(after.inkomen).toEqual(before.inkomen);
  });
});
