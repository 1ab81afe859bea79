/** The whole /data/saveable.json, loaded once per page: never a request per saved item. */
import type { SaveableData, SaveableItem } from '../../lib/tools/saveable';
import { itemKey } from '../../lib/tools/my-list';

let loading: Promise<{ site: string; byKey: Map<string, SaveableItem>; items: SaveableItem[] }> | undefined;

export function loadSaveable() {
  loading ??= fetch('/data/saveable.json')
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<SaveableData>;
    })
    .then((d) => ({ site: d.site, items: d.items, byKey: new Map(d.items.map((i) => [itemKey(i), i])) }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
