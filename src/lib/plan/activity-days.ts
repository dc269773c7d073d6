/**
 * 党员活动日: the plan fixes the 7th of every month (「确定每月7日为“党员活动日”」, p-20).
 * Generated here rather than written twelve times in each plan file; "today" is a Beijing day.
 */
import { beijingDay } from '../dates.ts';
import { addMonths, dayParts, formatDay } from './calendar-date.ts';

/** The day of the month the plan fixes for 党员活动日. */
export const ACTIVITY_DAY_OF_MONTH = 7;

/** The 党员活动日 of a month (1–12), as a Beijing calendar day. */
export function activityDay(year: number, month: number): string {
  return formatDay(year, month, ACTIVITY_DAY_OF_MONTH);
}

/** The twelve 党员活动日 of a year, in order. */
export function activityDaysOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => activityDay(year, i + 1));
}

/** The 党员活动日 from the month of `from` through the month of `to` (both `YYYY-MM-DD`), across years. */
export function activityDaysBetween(from: string, to: string): string[] {
  const a = dayParts(from);
  const b = dayParts(to);
  if (!a || !b) return [];
  const days: string[] = [];
  for (let ym = { year: a.year, month: a.month }; ym.year * 12 + ym.month <= b.year * 12 + b.month; ym = addMonths(ym.year, ym.month, 1)) {
    const day = activityDay(ym.year, ym.month);
    if (day >= from && day <= to) days.push(day);
  }
  return days;
}

/**
 * The next 党员活动日 on or after `today` (a Beijing day): this month's 7th until it is over,
 * then next month's, so on the 7th itself the answer is today.
 */
export function nextActivityDayFrom(today: string): string {
  const p = dayParts(today);
  if (!p) throw new Error(`不是有效日期：${today}`);
  if (p.day <= ACTIVITY_DAY_OF_MONTH) return activityDay(p.year, p.month);
  const next = addMonths(p.year, p.month, 1);
  return activityDay(next.year, next.month);
}

/** The next 党员活动日 for an instant, judged by the Beijing calendar (16:00 UTC on the 6th is already the 7th). */
export function nextActivityDay(now: Date): string {
  return nextActivityDayFrom(beijingDay(now));
}
