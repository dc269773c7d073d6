import { describe, expect, it } from 'vitest';
import { activityDay, activityDaysBetween, activityDaysOfYear, nextActivityDay, nextActivityDayFrom } from '../../../../src/lib/plan/activity-days.ts';

describe('党员活动日 on the 7th of every month', () => {
  it('lists the twelve of a year', () => {
    const days = activityDaysOfYear(2026);
    expect(days).toHaveLength(12);
    expect(days[0]).toBe('2026-01-07');
    expect(days[11]).toBe('2026-12-07');
    expect(days.every((d) => d.endsWith('-07'))).toBe(true);
    expect(activityDay(2027, 3)).toBe('2027-03-07');
  });

  it('lists those between two days across a year end', () => {
    expect(activityDaysBetween('2026-11-08', '2027-02-07')).toEqual(['2026-12-07', '2027-01-07', '2027-02-07']);
    expect(activityDaysBetween('2026-11-07', '2026-11-30')).toEqual(['2026-11-07']);
    expect(activityDaysBetween('2026-11-08', '2026-11-30')).toEqual([]);
  });

  it('gives this month’s up to and on the 7th, then next month’s', () => {
    expect(nextActivityDayFrom('2026-05-01')).toBe('2026-05-07');
    expect(nextActivityDayFrom('2026-05-07')).toBe('2026-05-07');
    expect(nextActivityDayFrom('2026-05-08')).toBe('2026-06-07');
    expect(nextActivityDayFrom('2026-12-31')).toBe('2027-01-07');
  });

  it('judges "today" by the Beijing calendar, not UTC', () => {
    // 16:00 UTC on the 6th is already 00:00 on the 7th in Beijing.
    expect(nextActivityDay(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
    expect(nextActivityDay(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-07');
    // 16:00 UTC on the 7th is the 8th in Beijing: the next one is in January of the next year.
    expect(nextActivityDay(new Date('2026-12-07T15:59:59Z'))).toBe('2026-12-07');
    expect(nextActivityDay(new Date('2026-12-07T16:00:00Z'))).toBe('2027-01-07');
    // New Year's Eve UTC evening is already January 1st in Beijing.
    expect(nextActivityDay(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-07');
  });
});
