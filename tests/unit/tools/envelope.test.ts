import { describe, expect, it } from 'vitest';
import { checkActionPlan, emptyActionPlan } from '../../../src/lib/tools/action-plan';
import { FORMAT_VERSION, readEnvelope, serialize } from '../../../src/lib/tools/envelope';
import { addItem, checkMyList, emptyList, setNote } from '../../../src/lib/tools/my-list';
import { addContact, checkNetworkMap, emptyNetworkMap, updateDomain } from '../../../src/lib/tools/network-map';

const list = setNote(addItem(addItem(emptyList(), { kind: 'dienst', id: 'ocmw' }), { kind: 'recht', id: 'leefloon' }), { kind: 'recht', id: 'leefloon' }, 'Meebrengen: huurcontract');

describe('export and import', () => {
  it('writes a versioned file that reads back to the same data', () => {
    const text = serialize('mijn-lijst', list, new Date('2025-03-01T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({ app: 'wegwijzer', kind: 'mijn-lijst', version: FORMAT_VERSION, savedAt: '2025-03-01T10:00:00.000Z' });
    expect(readEnvelope(text, 'mijn-lijst', checkMyList)).toEqual({ ok: true, data: list });
  });

  it('round-trips a netwerkkaart and a handelingsplan', () => {
    let map = addContact(emptyNetworkMap(), 'wonen', { name: 'Huurdersbond', kind: 'formal', quality: 'good' });
    map = updateDomain({ ...map, family: 'A.', municipality: { slug: 'gent', name: 'Gent' } }, 'vrije-tijd', (d) => ({ ...d, noNeed: true }));
    expect(readEnvelope(serialize('netwerkkaart', map), 'netwerkkaart', checkNetworkMap)).toEqual({ ok: true, data: map });
    const plan = { family: 'A.', goals: [{ id: 'abc123', domain: 'wonen' as const, want: 'Een huis', how: 'SVK', when: 'Een jaar', helpers: [{ label: 'OCMW', source: 'wegwijzer' as const, href: '/dienst/ocmw/' }], reached: true }] };
    expect(readEnvelope(serialize('handelingsplan', plan), 'handelingsplan', checkActionPlan)).toEqual({ ok: true, data: plan });
  });

  it('refuses what is not a Wegwijzer file, and says what to do', () => {
    const read = (text: string) => readEnvelope(text, 'mijn-lijst', checkMyList);
    expect(read('')).toMatchObject({ ok: false, error: expect.stringContaining('leeg') });
    expect(read('%PDF-1.4 binary')).toMatchObject({ ok: false, error: expect.stringContaining('geen bestand van Wegwijzer') });
    expect(read('{"items": []}')).toMatchObject({ ok: false, error: expect.stringContaining('geen bestand van Wegwijzer') });
    expect(read('[1,2,3]')).toMatchObject({ ok: false, error: expect.stringContaining('geen bestand van Wegwijzer') });
    expect(read('x'.repeat(1_000_001))).toMatchObject({ ok: false, error: expect.stringContaining('te groot') });
  });

  it('sends a file of another tool to the right page', () => {
    const read = readEnvelope(serialize('netwerkkaart', emptyNetworkMap()), 'mijn-lijst', checkMyList);
    expect(read).toEqual({ ok: false, error: 'Dit bestand is een netwerkkaart, geen lijst. Open het op de pagina Netwerkkaart.', details: [] });
  });

  it('refuses a file from a newer version, or without a version', () => {
    const newer = JSON.stringify({ app: 'wegwijzer', kind: 'mijn-lijst', version: FORMAT_VERSION + 1, data: { items: [] } });
    expect(readEnvelope(newer, 'mijn-lijst', checkMyList)).toMatchObject({ ok: false, error: expect.stringContaining('nieuwere versie') });
    const none = JSON.stringify({ app: 'wegwijzer', kind: 'mijn-lijst', data: { items: [] } });
    expect(readEnvelope(none, 'mijn-lijst', checkMyList)).toMatchObject({ ok: false, error: expect.stringContaining('versienummer') });
  });

  it('lists where a damaged file is wrong, at most five places', () => {
    const goals = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, domain: 'maan', want: 'x' }));
    const text = JSON.stringify({ app: 'wegwijzer', kind: 'handelingsplan', version: 1, data: { ...emptyActionPlan(), goals } });
    const read = readEnvelope(text, 'handelingsplan', checkActionPlan);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toBe('Dit bestand is beschadigd. We hebben niets veranderd.');
    expect(read.details).toHaveLength(5);
    expect(read.details[0]).toBe('Bij "doelen › 1 › domein": "maan" kennen we niet. Kies uit: geld-en-papieren, eten-en-spullen, wonen, gezondheid, zwanger-en-opvoeding, school-en-opvang, werk-en-opleiding, taal-en-verblijf, vrije-tijd, mensen-en-steun.');
  });

  it('never lets an imported helper link leave the site', () => {
    const goal = { id: 'g1', domain: 'wonen', helpers: [{ label: 'Klik', source: 'wegwijzer', href: 'javascript:alert(1)' }] };
    const text = JSON.stringify({ app: 'wegwijzer', kind: 'handelingsplan', version: 1, data: { family: '', goals: [goal] } });
    expect(readEnvelope(text, 'handelingsplan', checkActionPlan)).toMatchObject({ ok: false, details: ['Bij "doelen › 1 › wie helpt › 1 › link": dit is geen pagina van Wegwijzer.'] });
  });
});
