/**
 * Where the tools keep their data: localStorage (stays until wiped), or in private mode
 * sessionStorage (gone when the window closes). The private-mode mark itself lives in
 * sessionStorage, so a closed window leaves no trace of it either. Without any storage
 * (blocked by the browser) everything lives in memory for this page only.
 */
import type { ToolKind } from './envelope';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length' | 'clear'>;

export const PREFIX = 'wegwijzer:';
const PRIVATE_MARK = `${PREFIX}prive`;
export const storageKey = (kind: ToolKind) => `${PREFIX}${kind}`;

export function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const ownKeys = (s: StorageLike) => Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false);

export type WriteResult = { ok: true } | { ok: false; error: string };

export function createToolStorage(local: StorageLike | undefined, session: StorageLike | undefined) {
  const fallback = memoryStorage();
  const persistent = local ?? fallback;
  const temporary = session ?? fallback;
  const isPrivate = () => temporary.getItem(PRIVATE_MARK) === '1';
  const active = () => (isPrivate() ? temporary : persistent);

  return {
    /** False when the browser blocks storage: then nothing survives a reload. */
    available: local !== undefined,
    isPrivate,
    read: (kind: ToolKind) => active().getItem(storageKey(kind)),
    write(kind: ToolKind, value: string): WriteResult {
      try {
        active().setItem(storageKey(kind), value);
        return { ok: true };
      } catch {
        return { ok: false, error: 'Je browser heeft geen plaats meer om dit te bewaren. Bewaar het als bestand.' };
      }
    },
    remove: (kind: ToolKind) => active().removeItem(storageKey(kind)),
    /** Moves every tool's data to the other storage, so switching never loses or duplicates it. */
    setPrivate(on: boolean) {
      if (on === isPrivate()) return;
      const [from, to] = on ? [persistent, temporary] : [temporary, persistent];
      for (const key of ownKeys(from)) {
        if (key === PRIVATE_MARK) continue;
        to.setItem(key, from.getItem(key) ?? '');
        from.removeItem(key);
      }
      if (on) temporary.setItem(PRIVATE_MARK, '1');
      else temporary.removeItem(PRIVATE_MARK);
    },
    /** "Alles wissen": both storages of this site emptied, the private mark included: no trace left. */
    wipeAll() {
      for (const s of new Set([persistent, temporary, fallback])) s.clear();
    },
  };
}

export type ToolStorage = ReturnType<typeof createToolStorage>;
