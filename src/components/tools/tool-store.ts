/**
 * The tools' data in this browser: one hook per tool, kept in step across islands and tabs
 * (a "Bewaar" on one page shows up in the list open in another tab).
 */
import { useCallback, useEffect, useState } from 'react';
import { readEnvelope, serialize, type DataChecker, type ToolKind } from '../../lib/tools/envelope';
import { storageKey } from '../../lib/tools/storage';
import { toolStorage } from './browser-storage';

export { toolStorage };

const CHANGED = 'wegwijzer:tools';

/** Tells every island on this page that stored data changed (the storage event only reaches other tabs). */
export const announceChange = () => window.dispatchEvent(new Event(CHANGED));

export function useToolData<T>(kind: ToolKind, check: DataChecker<T>, empty: () => T) {
  const [data, setData] = useState<T>(empty);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const load = () => {
      const stored = toolStorage().read(kind);
      const read = stored === null ? undefined : readEnvelope(stored, kind, check);
      setData(read?.ok ? read.data : empty());
      setProblem(read && !read.ok ? 'Wat eerder in deze browser bewaard was, konden we niet lezen. Je begint opnieuw.' : '');
      setReady(true);
    };
    load();
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === storageKey(kind)) load();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener(CHANGED, load);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener(CHANGED, load);
    };
  }, [kind, check, empty]);

  const save = useCallback(
    (next: T) => {
      setData(next);
      const written = toolStorage().write(kind, serialize(kind, next));
      setProblem(written.ok ? '' : written.error);
    },
    [kind],
  );

  return { data, save, ready, problem };
}
