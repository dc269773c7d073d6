import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayParts, daysBetween, daysInMonth, isValidDay, weekday } from '../../../../src/lib/plan/calendar-date.ts';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isValidDay('2026-02-28')).toBe(true);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2026-02-30')).toBe(false);
    expect(isValidDay('2026-13-01')).toBe(false);
    expect(isValidDay('2026-1-1')).toBe(false);
    expect(dayParts('2026-12-07')).toEqual({ year: 2026, month: 12, day: 7 });
  });

  it('counts days in months, leap years included', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });

  it('steps across month and year ends', () => {
    expect(addMonths(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths(2027, 1, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths(2026, 5, 14)).toEqual({ year: 2027, month: 7 });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('knows the weekday without a time zone', () => {
    expect(weekday('2026-01-07')).toBe(3); // 星期三
    expect(weekday('2026-06-07')).toBe(0); // 星期日
  });
});
