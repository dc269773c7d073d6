import { describe, expect, it } from 'vitest';
import { beijingDay } from '../../../../src/lib/dates.ts';
import { DAILY_COUNT, dailyQuestionIds, dailyStreak, previousDay } from '../../../../src/lib/quiz/daily.ts';

const pool = Array.from({ length: 100 }, (_, i) => `plan-${String(i + 1).padStart(3, '0')}`);

describe('Beijing day boundary', () => {
  it('turns the day at 16:00 UTC', () => {
    expect(beijingDay(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(beijingDay(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});

describe('dailyQuestionIds', () => {
  it('gives the same distinct ids all day', () => {
    const ids = dailyQuestionIds(pool, '2026-03-02');
    expect(ids).toHaveLength(DAILY_COUNT);
    expect(new Set(ids).size).toBe(DAILY_COUNT);
    expect(ids.every((id) => pool.includes(id))).toBe(true);
    expect(dailyQuestionIds(pool, '2026-03-02')).toEqual(ids);
  });

  it('does not depend on the order the pool comes in', () => {
    const reversed = [...pool].reverse();
    const interleaved = [...pool.filter((_, i) => i % 2), ...pool.filter((_, i) => !(i % 2))];
    expect(dailyQuestionIds(reversed, '2026-03-02')).toEqual(dailyQuestionIds(pool, '2026-03-02'));
    expect(dailyQuestionIds(interleaved, '2026-03-02')).toEqual(dailyQuestionIds(pool, '2026-03-02'));
  });

  it('changes from day to day', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'];
    const sets = days.map((day) => [...dailyQuestionIds(pool, day)].sort().join(','));
    expect(new Set(sets).size).toBe(days.length);
    // And not merely reordered: consecutive days rarely share most of their questions.
    const [a, b] = [new Set(dailyQuestionIds(pool, days[0]!)), dailyQuestionIds(pool, days[1]!)];
    expect(b.filter((id) => a.has(id)).length).toBeLessThan(DAILY_COUNT);
  });

  it('gives the whole pool when it is small, and honours count', () => {
    expect(dailyQuestionIds(['b', 'a', 'c'], '2026-03-02').sort()).toEqual(['a', 'b', 'c']);
    expect(dailyQuestionIds(['a', 'a', 'b'], '2026-03-02').sort()).toEqual(['a', 'b']);
    expect(dailyQuestionIds([], '2026-03-02')).toEqual([]);
    expect(dailyQuestionIds(pool, '2026-03-02', 10)).toHaveLength(10);
  });
});

describe('previousDay', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(previousDay('2026-03-02')).toBe('2026-03-01');
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2028-03-01')).toBe('2028-02-29');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
    expect(() => previousDay('2026-3-1')).toThrow(RangeError);
  });
});

describe('dailyStreak', () => {
  it('counts consecutive days ending today', () => {
    expect(dailyStreak(['2026-02-27', '2026-02-28', '2026-03-01'], '2026-03-01')).toBe(3);
    expect(dailyStreak(['2026-03-01', '2026-02-28', '2026-02-26'], '2026-03-01')).toBe(2);
  });

  it('keeps the run alive until today is over', () => {
    expect(dailyStreak(['2026-02-27', '2026-02-28'], '2026-03-01')).toBe(2);
  });

  it('is 0 once a day is missed', () => {
    expect(dailyStreak(['2026-02-26', '2026-02-27'], '2026-03-01')).toBe(0);
    expect(dailyStreak([], '2026-03-01')).toBe(0);
  });

  it('ignores duplicates and future days', () => {
    expect(dailyStreak(['2026-03-01', '2026-03-01', '2026-03-02'], '2026-03-01')).toBe(1);
  });
});
