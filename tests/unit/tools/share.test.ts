import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemRef } from '../../../src/lib/tools/my-list';
import { readShareHash, shareHash, shareUrl } from '../../../src/lib/tools/share';

const uuid = '0b1f4a3e-5c2d-4e8f-9a7b-1c2d3e4f5a6b';

describe('share link', () => {
  it('carries only kinds and ids, after the #, and reads back in order', () => {
    const refs: ItemRef[] = [{ kind: 'organisatie', id: uuid }, { kind: 'dienst', id: 'ocmw' }, { kind: 'recht', id: 'leefloon' }];
    const url = new URL(shareUrl('https://wegwijzer.example.org', refs));
    expect(url.pathname).toBe('/mijn-lijst/');
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#delen=o:${uuid},d:ocmw,r:leefloon`);
    expect(readShareHash(url.hash)).toEqual({ refs, skipped: 0 });
  });

  it('round-trips any list of valid items', () => {
    const ref = fc.oneof(
      fc.uuid({ version: 4 }).map((id): ItemRef => ({ kind: 'organisatie', id })),
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).map((id): ItemRef => ({ kind: 'dienst', id })),
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).map((id): ItemRef => ({ kind: 'recht', id })),
    );
    fc.assert(
      fc.property(fc.uniqueArray(ref, { selector: (r) => `${r.kind}:${r.id}`, maxLength: 30 }), (refs) => {
        expect(readShareHash(shareHash(refs))).toEqual({ refs, skipped: 0 });
      }),
    );
  });

  it('skips broken parts and counts them, and ignores other hashes', () => {
    expect(readShareHash('#delen=d:ocmw,x:foo,o:123,r:,d:ocmw,r:leefloon')).toEqual({
      refs: [{ kind: 'dienst', id: 'ocmw' }, { kind: 'recht', id: 'leefloon' }],
      skipped: 3,
    });
    expect(readShareHash('#inhoud')).toBeUndefined();
    expect(readShareHash('')).toBeUndefined();
  });
});
