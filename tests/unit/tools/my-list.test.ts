import { describe, expect, it } from 'vitest';
import { Problems } from '../../../src/lib/tools/check';
import { addItem, checkMyList, emptyList, hasItem, MAX_ITEMS, mergeItems, moveItem, removeItem, setNote, type ItemRef } from '../../../src/lib/tools/my-list';

const ocmw: ItemRef = { kind: 'dienst', id: 'ocmw' };
const leefloon: ItemRef = { kind: 'recht', id: 'leefloon' };
const domo: ItemRef = { kind: 'organisatie', id: '0b1f4a3e-5c2d-4e8f-9a7b-1c2d3e4f5a6b' };
const ids = (l: { items: ItemRef[] }) => l.items.map((i) => i.id);

describe('my list', () => {
  it('adds at the end, never twice, and removes', () => {
    const list = [ocmw, leefloon, ocmw].reduce(addItem, emptyList());
    expect(ids(list)).toEqual(['ocmw', 'leefloon']);
    expect(hasItem(list, leefloon)).toBe(true);
    expect(hasItem(removeItem(list, leefloon), leefloon)).toBe(false);
    // The same id as another kind is another item.
    expect(addItem(list, { kind: 'recht', id: 'ocmw' }).items).toHaveLength(3);
  });

  it('moves within the list and stays put at the ends', () => {
    const list = [ocmw, leefloon, domo].reduce(addItem, emptyList());
    expect(ids(moveItem(list, 2, -1))).toEqual(['ocmw', domo.id, 'leefloon']);
    expect(ids(moveItem(list, 0, 1))).toEqual(['leefloon', 'ocmw', domo.id]);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 2, 1)).toBe(list);
  });

  it('keeps a note per item, cut at the maximum length', () => {
    const list = setNote([ocmw, leefloon].reduce(addItem, emptyList()), leefloon, 'Vraag naar Els');
    expect(list.items.map((i) => i.note)).toEqual(['', 'Vraag naar Els']);
    expect(setNote(list, ocmw, 'x'.repeat(5000)).items[0]!.note).toHaveLength(1000);
  });

  it('merges a shared list without doubles and without touching notes', () => {
    const mine = setNote(addItem(emptyList(), ocmw), ocmw, 'mijn notitie');
    const merged = mergeItems(mine, [leefloon, ocmw, domo]);
    expect(ids(merged)).toEqual(['ocmw', 'leefloon', domo.id]);
    expect(merged.items[0]!.note).toBe('mijn notitie');
  });

  it('stops at the maximum number of items', () => {
    const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => ({ kind: 'dienst' as const, id: `dienst-${i}` }));
    expect(mergeItems(emptyList(), many).items).toHaveLength(MAX_ITEMS);
  });
});

describe('checkMyList', () => {
  it('accepts a good list and drops doubles', () => {
    const problems = new Problems();
    const list = checkMyList({ items: [{ ...ocmw, note: 'a' }, { ...ocmw, note: 'b' }, { ...domo, note: '' }] }, problems);
    expect(problems.list).toEqual([]);
    expect(list.items).toEqual([{ ...ocmw, note: 'a' }, { ...domo, note: '' }]);
  });

  it('names the place and the problem of every bad item', () => {
    const problems = new Problems();
    checkMyList({ items: [{ kind: 'boek', id: 'x' }, { kind: 'organisatie', id: 'not-a-uuid' }, { kind: 'dienst', id: 'ocmw', note: 42 }] }, problems);
    expect(problems.list).toEqual([
      'Bij "lijst › 1 › soort": "boek" kennen we niet. Kies uit: organisatie, dienst, recht.',
      'Bij "lijst › 2 › id": "not-a-uuid" is geen geldige code voor een organisatie.',
      'Bij "lijst › 3 › notitie": dit moet tekst zijn.',
    ]);
  });

  it('refuses data that is not a list', () => {
    const problems = new Problems();
    checkMyList({ items: 'ocmw' }, problems);
    expect(problems.list).toEqual(['Bij "lijst": dit moet een lijst zijn.']);
  });
});
