import { describe, expect, it } from 'vitest';
import { createToolStorage, memoryStorage, storageKey } from '../../../src/lib/tools/storage';

const setup = () => {
  const local = memoryStorage();
  const session = memoryStorage();
  return { local, session, store: createToolStorage(local, session) };
};

describe('tool storage', () => {
  it('keeps data in localStorage by default', () => {
    const { local, session, store } = setup();
    expect(store.write('mijn-lijst', '{"a":1}')).toEqual({ ok: true });
    expect(local.getItem(storageKey('mijn-lijst'))).toBe('{"a":1}');
    expect(session.length).toBe(0);
    expect(store.read('mijn-lijst')).toBe('{"a":1}');
  });

  it('private mode moves everything to sessionStorage and back, losing nothing', () => {
    const { local, session, store } = setup();
    local.setItem('andere-site-sleutel', 'blijft');
    store.write('mijn-lijst', 'L');
    store.write('netwerkkaart', 'N');
    store.setPrivate(true);
    expect(store.isPrivate()).toBe(true);
    expect(local.getItem(storageKey('mijn-lijst'))).toBeNull();
    expect(local.getItem('andere-site-sleutel')).toBe('blijft');
    expect(session.getItem(storageKey('netwerkkaart'))).toBe('N');
    store.write('handelingsplan', 'P');
    expect(local.getItem(storageKey('handelingsplan'))).toBeNull();
    store.setPrivate(false);
    expect(store.isPrivate()).toBe(false);
    expect(session.length).toBe(0);
    expect(['mijn-lijst', 'netwerkkaart', 'handelingsplan'].map((k) => store.read(k as never))).toEqual(['L', 'N', 'P']);
  });

  it('"alles wissen" leaves both storages empty', () => {
    const { local, session, store } = setup();
    store.write('mijn-lijst', 'L');
    store.setPrivate(true);
    store.write('netwerkkaart', 'N');
    store.wipeAll();
    expect([local.length, session.length]).toEqual([0, 0]);
    expect(store.isPrivate()).toBe(false);
  });

  it('without browser storage it still works for this page, and says so', () => {
    const store = createToolStorage(undefined, undefined);
    expect(store.available).toBe(false);
    store.write('mijn-lijst', 'L');
    expect(store.read('mijn-lijst')).toBe('L');
  });

  it('a full storage gives a readable error instead of throwing', () => {
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const store = createToolStorage(full, memoryStorage());
    expect(store.write('mijn-lijst', 'L')).toEqual({ ok: false, error: expect.stringContaining('Bewaar het als bestand') });
  });
});
