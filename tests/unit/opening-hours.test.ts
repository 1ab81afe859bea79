import { describe, expect, it } from 'vitest';
import { openingHoursSchema } from '../../src/content.config';
import { brusselsDay, hoursOn, weekTable } from '../../src/lib/opening-hours';

const hours = openingHoursSchema.parse({
  regular: [
    { days: ['ma', 'do'], opens: '13:00', closes: '16:00' },
    { days: ['ma'], opens: '09:00', closes: '12:00', note: 'zonder afspraak' },
  ],
  exceptions: [{ from: '2026-12-24', until: '2026-12-26', note: 'Kerstmis' }],
});

describe('brusselsDay', () => {
  it('uses Brussels time, not UTC', () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Brussels (winter time).
    expect(brusselsDay(new Date('2026-11-22T23:30:00Z'))).toEqual({ weekday: 'ma', isoDate: '2026-11-23' });
  });
});

describe('hoursOn', () => {
  it('lists the blocks of the day in order', () => {
    expect(hoursOn(hours, new Date('2026-11-23T10:00:00Z'))).toEqual({
      status: 'open',
      blocks: [{ opens: '09:00', closes: '12:00', note: 'zonder afspraak' }, { opens: '13:00', closes: '16:00', note: undefined }],
      note: undefined,
    });
  });
  it('says closed on a day without blocks and during an exception', () => {
    expect(hoursOn(hours, new Date('2026-11-24T10:00:00Z')).status).toBe('closed');
    expect(hoursOn(hours, new Date('2026-12-24T10:00:00Z'))).toEqual({ status: 'closed', blocks: [], note: 'Kerstmis' });
  });
  it('says unknown when there are no hours', () => {
    expect(hoursOn(undefined, new Date()).status).toBe('unknown');
  });
});

describe('weekTable', () => {
  it('has seven days, Monday first', () => {
    const week = weekTable(hours);
    expect(week.map((d) => d.day)).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    expect(week[3]!.blocks).toEqual([{ opens: '13:00', closes: '16:00', note: undefined }]);
  });
});

describe('opening hours schema', () => {
  it('rejects a block that closes before it opens', () => {
    const result = openingHoursSchema.safeParse({ regular: [{ days: ['ma'], opens: '12:00', closes: '09:00' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('opens must be earlier than closes');
  });
});
