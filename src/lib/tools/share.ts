/**
 * A shared list is a link with only the ids, in the part after "#": browsers never send that
 * part to a server, and notes never go into it. Example: /mijn-lijst/#delen=o:3f2c…,d:ocmw,r:leefloon
 */
import { MAX_ITEMS, SAVED_KINDS, validItemId, type ItemRef, type SavedKind } from './my-list';

const PARAM = 'delen';
const LETTER: Record<SavedKind, string> = { organisatie: 'o', dienst: 'd', recht: 'r' };
const KIND_OF = Object.fromEntries(SAVED_KINDS.map((k) => [LETTER[k], k])) as Record<string, SavedKind>;

export const shareHash = (refs: ItemRef[]) => `#${PARAM}=${refs.map((r) => `${LETTER[r.kind]}:${r.id}`).join(',')}`;

export function shareUrl(origin: string, refs: ItemRef[]) {
  return new URL(`/mijn-lijst/${shareHash(refs)}`, origin).href;
}

/**
 * The items in a share hash, in order, without doubles. `skipped` counts parts that are not a
 * valid item (a link cut short by a chat app, say), so the page can say so.
 */
export function readShareHash(hash: string): { refs: ItemRef[]; skipped: number } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(PARAM);
  if (value === null) return undefined;
  const refs: ItemRef[] = [];
  let skipped = 0;
  for (const part of value.split(',').filter(Boolean)) {
    const [letter, id = ''] = part.split(':');
    const kind = KIND_OF[letter ?? ''];
    if (!kind || !validItemId(kind, id) || refs.length >= MAX_ITEMS) skipped++;
    else if (!refs.some((r) => r.kind === kind && r.id === id)) refs.push({ kind, id });
  }
  return { refs, skipped };
}
