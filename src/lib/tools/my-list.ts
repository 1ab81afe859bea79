/**
 * "Mijn lijst": organisations, kinds of service and rights a volunteer or hulpverlener keeps at
 * hand, in their own order, each with a private note. Only ids are kept: names, addresses and
 * hours come from the site's data, so a saved list stays up to date.
 */
import { ID_PATTERN, isRecord, list, oneOf, Problems, text } from './check';

export const SAVED_KINDS = ['organisatie', 'dienst', 'recht'] as const;
export type SavedKind = (typeof SAVED_KINDS)[number];

export const MAX_ITEMS = 100;
export const NOTE_MAX = 1000;

/** Organisations are kept by their UUID (stable across renames), the others by their file name. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const validItemId = (kind: SavedKind, id: string) => (kind === 'organisatie' ? UUID.test(id) : ID_PATTERN.test(id));

export interface ItemRef {
  kind: SavedKind;
  id: string;
}

export interface SavedItem extends ItemRef {
  note: string;
}

export interface MyListData {
  items: SavedItem[];
}

export const emptyList = (): MyListData => ({ items: [] });

export const itemKey = (ref: ItemRef) => `${ref.kind}:${ref.id}`;
const same = (a: ItemRef) => (b: ItemRef) => a.kind === b.kind && a.id === b.id;

export const hasItem = (list: MyListData, ref: ItemRef) => list.items.some(same(ref));

/** Adds at the end; an item already on the list stays where it is. */
export function addItem(list: MyListData, ref: ItemRef): MyListData {
  if (hasItem(list, ref) || list.items.length >= MAX_ITEMS) return list;
  return { items: [...list.items, { kind: ref.kind, id: ref.id, note: '' }] };
}

export const removeItem = (list: MyListData, ref: ItemRef): MyListData => ({ items: list.items.filter((i) => !same(ref)(i)) });

/** Moves the item at `index` by `delta` places, staying within the list. */
export function moveItem(list: MyListData, index: number, delta: number): MyListData {
  const to = Math.max(0, Math.min(list.items.length - 1, index + delta));
  if (index < 0 || index >= list.items.length || to === index) return list;
  const items = [...list.items];
  const [moved] = items.splice(index, 1);
  items.splice(to, 0, moved!);
  return { items };
}

export const setNote = (list: MyListData, ref: ItemRef, note: string): MyListData => ({
  items: list.items.map((i) => (same(ref)(i) ? { ...i, note: note.slice(0, NOTE_MAX) } : i)),
});

/** Adds shared items that are not on the list yet, in their shared order. */
export const mergeItems = (list: MyListData, refs: ItemRef[]): MyListData => refs.reduce(addItem, list);

export const checkMyList = (raw: unknown, problems: Problems): MyListData => {
  if (!isRecord(raw)) {
    problems.add(['lijst'], 'de lijst ontbreekt.');
    return emptyList();
  }
  const items = list(raw.items, ['lijst'], problems, MAX_ITEMS, (item, path) => {
    if (!isRecord(item)) {
      problems.add(path, 'dit is geen item.');
      return undefined;
    }
    const knownKind = (SAVED_KINDS as readonly unknown[]).includes(item.kind);
    const kind = oneOf(item.kind, SAVED_KINDS, [...path, 'soort'], problems, 'organisatie');
    const id = typeof item.id === 'string' ? item.id : '';
    if (knownKind && !validItemId(kind, id)) problems.add([...path, 'id'], `"${String(item.id)}" is geen geldige code voor een ${kind}.`);
    return { kind, id, note: text(item.note, [...path, 'notitie'], problems, NOTE_MAX) };
  });
  const kept = items.filter((i): i is SavedItem => i !== undefined);
  return { items: kept.filter((item, i) => kept.findIndex(same(item)) === i) };
};
