import { describe, expect, it } from 'vitest';
import { addGoal, addHelper, emptyActionPlan, GOAL_EXAMPLES, goalsByDomain, MAX_HELPERS, progress, removeGoal, removeHelper, updateGoal } from '../../../src/lib/tools/action-plan';
import { DOMAIN_IDS } from '../../../src/lib/vocabulary';

describe('handelingsplan', () => {
  it('has a plain example for every domain', () => {
    for (const d of DOMAIN_IDS) {
      const e = GOAL_EXAMPLES[d];
      expect([e.want, e.how, e.when, e.who].every((t) => t.length > 3), d).toBe(true);
    }
  });

  it('adds, edits, ticks and removes goals, and counts progress', () => {
    const a = addGoal(emptyActionPlan(), 'wonen');
    const b = addGoal(a.plan, 'taal-en-verblijf');
    expect(a.id).not.toBe(b.id);
    let plan = updateGoal(b.plan, a.id, { want: 'Een huis met drie slaapkamers', reached: true });
    expect(progress(plan)).toEqual({ reached: 1, total: 2 });
    expect(plan.goals.find((g) => g.id === a.id)).toMatchObject({ domain: 'wonen', want: 'Een huis met drie slaapkamers', reached: true });
    plan = removeGoal(plan, a.id);
    expect(plan.goals.map((g) => g.domain)).toEqual(['taal-en-verblijf']);
  });

  it('orders goals by domain, then as they were added', () => {
    let plan = emptyActionPlan();
    for (const d of ['wonen', 'geld-en-papieren', 'wonen'] as const) plan = addGoal(plan, d).plan;
    const grouped = goalsByDomain(plan, ['geld-en-papieren', 'wonen']);
    expect(grouped.map((g) => [g.domain, g.goals.length])).toEqual([['geld-en-papieren', 1], ['wonen', 2]]);
    expect(grouped[1]!.goals.map((g) => g.id)).toEqual(plan.goals.filter((g) => g.domain === 'wonen').map((g) => g.id));
  });

  it('adds a helper once (by name, any case), skips empty names, and removes by position', () => {
    const { plan: start, id } = addGoal(emptyActionPlan(), 'wonen');
    let plan = addHelper(start, id, { label: 'OCMW (Sociaal Huis)', source: 'wegwijzer', href: '/dienst/ocmw/' });
    plan = addHelper(plan, id, { label: 'ocmw (sociaal huis)', source: 'own' });
    plan = addHelper(plan, id, { label: '  ', source: 'own' });
    plan = addHelper(plan, id, { label: 'Buurvrouw Ria', source: 'network' });
    expect(plan.goals[0]!.helpers).toEqual([
      { label: 'OCMW (Sociaal Huis)', source: 'wegwijzer', href: '/dienst/ocmw/' },
      { label: 'Buurvrouw Ria', source: 'network' },
    ]);
    expect(removeHelper(plan, id, 0).goals[0]!.helpers.map((h) => h.label)).toEqual(['Buurvrouw Ria']);
    for (let i = 0; i < MAX_HELPERS + 3; i++) plan = addHelper(plan, id, { label: `Helper ${i}`, source: 'own' });
    expect(plan.goals[0]!.helpers).toHaveLength(MAX_HELPERS);
  });
});
