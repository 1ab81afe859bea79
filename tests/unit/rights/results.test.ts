/** Grouping of results, the merged documents checklist and dated amounts, on the real rules. */
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../src/lib/rights/evaluate';
import { householdFacts } from '../../../src/lib/rights/household';
import { amountsOf, documentChecklist, groupResults, settlingQuestions } from '../../../src/lib/rights/results';
import type { Answers } from '../../../src/lib/rights/types';
import { realRightsData, today } from '../../support/rights';

const { data } = realRightsData();
const evaluate = createEvaluator(data.rights, { today: today() });
const resultsFor = (a: Answers) => evaluate(householdFacts(a, (nis) => data.municipalities[nis]?.region));
const ids = (sections: ReturnType<typeof groupResults>['apply']) => sections.flatMap((s) => s.items.map((i) => i.right.id));

const singleParentGent: Answers = {
  gemeente: { value: '44021' },
  kinderen: { value: [{ leeftijd: 7, school: 'lager' }, { leeftijd: 10, school: 'lager' }] },
  inkomen: { value: ['leefloon'] },
  woonsituatie: { value: 'huur-privaat' },
  verwarming: { value: 'aardgas' },
  geldhulp: { value: ['moeilijk-rondkomen'] },
};

describe('results', () => {
  const results = resultsFor(singleParentGent);
  const groups = groupResults(data, results);

  it('puts what comes by itself apart from what to ask for', () => {
    expect(ids(groups.automatic)).toEqual(expect.arrayContaining(['verhoogde-tegemoetkoming', 'groeipakket-schooltoeslag', 'sociaal-tarief-energie', 'groeipakket-basisbedrag']));
    expect(ids(groups.apply)).toEqual(expect.arrayContaining(['uitpas-kansentarief', 'ocmw-participatie', 'budgetbegeleiding']));
    expect(ids(groups.unlikely)).toEqual(expect.arrayContaining(['brusselse-gezinsbijslag', 'verwarmingstoelage', 'inkomensgerelateerde-kinderopvang']));
  });

  it('puts what the household already gets apart, with nothing to ask for or bring', () => {
    expect(ids(groups.already)).toEqual(['leefloon']);
    expect(ids(groups.apply)).not.toContain('leefloon');
    expect(documentChecklist(data, results).flatMap((d) => d.for)).not.toContain('Leefloon');
  });

  it('orders each group by life domain, in the domains\' order', () => {
    const order = data.domains.map((d) => d.id);
    for (const sections of Object.values(groups)) {
      const positions = sections.map((s) => order.indexOf(s.domain.id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('lists each result once', () => {
    const all = Object.values(groups).flatMap((sections) => ids(sections));
    expect(all.sort()).toEqual(data.rights.map((r) => r.id).sort());
  });

  it('merges documents into one checklist, with the attest that proves the reason', () => {
    const list = documentChecklist(data, results);
    const idCard = list.find((d) => d.id === 'identiteitskaart')!;
    expect(idCard.for.length).toBeGreaterThan(2);
    expect(list.filter((d) => d.id === 'identiteitskaart')).toHaveLength(1);
    // UiTPAS through the leefloon (and so the verhoogde tegemoetkoming): bring that attest.
    expect(list.find((d) => d.id === 'attest-vt')?.for).toEqual(['UiTPAS met kansentarief']);
    // Automatic rights need nothing to bring.
    expect(list.flatMap((d) => d.for)).not.toContain('Verhoogde tegemoetkoming');
    expect(list[0]!.for.length).toBeGreaterThanOrEqual(list.at(-1)!.for.length);
  });

  it('names the question that would settle a "maybe"', () => {
    const partial = resultsFor({ gemeente: { value: '44021' }, kinderen: { value: [{ leeftijd: 4, school: 'kleuter' }] }, kinderbijslag: { value: 'ja' } });
    const toeslag = partial.get('groeipakket-sociale-toeslag')!;
    expect(toeslag.result).toBe('maybe');
    expect(settlingQuestions(toeslag, data.facts).map((f) => f.id)).toEqual(['belastbaar-inkomen']);
  });

  it('keeps expired amounts, marked, with their dates', () => {
    const huur = data.rights.find((r) => r.id === 'brusselse-huurtoelage')!;
    const amounts = amountsOf(huur, '2026-01-01');
    expect(amounts.every((a) => a.expired && a.validFrom === '2024-01-01')).toBe(true);
    const basis = amountsOf(data.rights.find((r) => r.id === 'groeipakket-basisbedrag')!, '2026-01-01');
    expect(basis[0]).toMatchObject({ value: 176.66, validFrom: '2023-09-01', expired: false });
  });
});
