import { describe, expect, it } from 'vitest';
import { addInterval, addSeconds, nextBeijingMidnight, splitByBeijingDay, takeWholeSeconds } from '../../../../src/lib/activity/accounting.ts';

const ms = (iso: string) => Date.parse(iso);

describe('Beijing midnights', () => {
  it('fall at 16:00 UTC', () => {
    expect(new Date(nextBeijingMidnight(ms('2026-03-01T15:59:30Z'))).toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(new Date(nextBeijingMidnight(ms('2026-03-01T16:00:00Z'))).toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(new Date(nextBeijingMidnight(ms('2026-03-01T03:00:00Z'))).toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });
});

describe('splitting intervals by Beijing day', () => {
  it('puts 30 s on each side of midnight for 15:59:30Z–16:00:30Z', () => {
    expect(splitByBeijingDay(ms('2026-03-01T15:59:30Z'), ms('2026-03-01T16:00:30Z'))).toEqual([
      { day: '2026-03-01', ms: 30_000 },
      { day: '2026-03-02', ms: 30_000 },
    ]);
    const pending = addInterval({}, ms('2026-03-01T15:59:30Z'), ms('2026-03-01T16:00:30Z'));
    expect(takeWholeSeconds(pending).seconds).toEqual({ '2026-03-01': 30, '2026-03-02': 30 });
  });

  it('keeps an interval inside one day whole, and gives nothing for an empty or reversed one', () => {
    expect(splitByBeijingDay(ms('2026-03-01T01:00:00Z'), ms('2026-03-01T01:10:00Z'))).toEqual([{ day: '2026-03-01', ms: 600_000 }]);
    expect(splitByBeijingDay(ms('2026-03-01T01:00:00Z'), ms('2026-03-01T01:00:00Z'))).toEqual([]);
    expect(splitByBeijingDay(ms('2026-03-01T02:00:00Z'), ms('2026-03-01T01:00:00Z'))).toEqual([]);
  });

  it('crosses several days, the middle ones full', () => {
    const pieces = splitByBeijingDay(ms('2026-02-28T15:00:00Z'), ms('2026-03-02T17:00:00Z'));
    expect(pieces).toEqual([
      { day: '2026-02-28', ms: 3_600_000 },
      { day: '2026-03-01', ms: 86_400_000 },
      { day: '2026-03-02', ms: 86_400_000 },
      { day: '2026-03-03', ms: 3_600_000 },
    ]);
  });

  it('adds to what is pending', () => {
    const a = addInterval({ '2026-03-01': 500 }, ms('2026-03-01T01:00:00Z'), ms('2026-03-01T01:00:01.700Z'));
    expect(a).toEqual({ '2026-03-01': 2_200 });
  });
});

describe('whole seconds', () => {
  it('keeps the part-seconds for the next flush', () => {
    expect(takeWholeSeconds({ a: 2_200, b: 900, c: 3_000 })).toEqual({ seconds: { a: 2, c: 3 }, rest: { a: 200, b: 900 } });
  });

  it('adds seconds and caps a day at 24 hours', () => {
    const days = { '2026-03-01': 86_000 };
    expect(addSeconds(days, { '2026-03-01': 1_000, '2026-03-02': 30 })).toEqual({ '2026-03-01': 86_400, '2026-03-02': 30 });
    expect(addSeconds(days, {})).toBe(days);
    expect(addSeconds(days, { '2026-03-02': 0 })).toBe(days);
    expect(addSeconds({ '2026-03-01': 86_400 }, { '2026-03-01': 5 })).toEqual({ '2026-03-01': 86_400 });
  });
});
