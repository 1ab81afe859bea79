/**
 * The tools' storage in this browser, without React: the React tools (tool-store.ts) and the plain
 * save button on content pages (SaveToggle.astro) share it.
 */
import { createToolStorage, type StorageLike, type ToolStorage } from '../../lib/tools/storage';

/** A storage the browser really lets us write to (blocked storage throws, even on access). */
function usable(get: () => Storage): StorageLike | undefined {
  try {
    const s = get();
    s.setItem('wegwijzer:test', '1');
    s.removeItem('wegwijzer:test');
    return s;
  } catch {
    return undefined;
  }
}

let storage: ToolStorage | undefined;
export function toolStorage(): ToolStorage {
  storage ??= createToolStorage(usable(() => window.localStorage), usable(() => window.sessionStorage));
  return storage;
}
