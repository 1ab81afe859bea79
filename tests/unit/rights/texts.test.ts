import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/lib/rights/texts';
import { realRightsData } from '../../support/rights';

const { data } = realRightsData();
const fact = (id: string) => data.facts.find((f) => f.id === id)!;

describe('answers in words, for the review page', () => {
  it('says every kind of answer in plain Dutch', () => {
    expect(answerText(fact('gemeente'), { value: '44021' }, data)).toBe('Gent');
    expect(answerText(fact('student'), { value: false }, data)).toBe('Nee');
    expect(answerText(fact('inkomen'), { value: ['leefloon', 'loon'] }, data)).toBe('Leefloon van het OCMW, Loon van werk');
    expect(answerText(fact('belastbaar-inkomen'), { value: 21500 }, data).replace(/\s/g, ' ')).toBe('21.500 euro per jaar');
    expect(answerText(fact('verhoogde-tegemoetkoming'), { skip: 'weet-niet' }, data)).toBe('Weet ik niet');
    expect(answerText(fact('verblijf'), undefined, data)).toBe('Niet beantwoord');
  });

  it('lists the children with age and school', () => {
    expect(answerText(fact('kinderen'), { value: [] }, data)).toBe('Geen kinderen');
    expect(answerText(fact('kinderen'), { value: [{ leeftijd: 7, school: 'lager' }, { school: 'kinderopvang' }] }, data)).toBe(
      '2 kinderen: 7 jaar (lagere school), leeftijd niet gegeven (kinderopvang (crèche of onthaalouder))',
    );
  });
});
