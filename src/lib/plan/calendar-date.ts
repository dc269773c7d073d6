/**
 * Calendar days as `YYYY-MM-DD` strings. The plan is written in Beijing days, and comparing
 * such strings needs no time zone at all: only "today" comes from a clock, via `beijingDay`.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of a `YYYY-MM-DD` string; undefined when it is not a real day. */
export function dayParts(day: string): { year: number; month: number; day: number } | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return { year, month, day: date };
}

/** Whether `day` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isValidDay(day: string): boolean {
  return dayParts(day) !== undefined;
}

/** Number of days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a year, month (1–12) and day. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month after (delta 1) or before (delta −1) a year and month, crossing year ends. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  const p = dayParts(day);
  if (!p) throw new Error(`不是有效日期：${day}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Day of the week of a calendar day, 0 = Sunday … 6 = Saturday (no time zone involved). */
export function weekday(day: string): number {
  const p = dayParts(day);
  if (!p) throw new Error(`不是有效日期：${day}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayParts(from);
  const b = dayParts(to);
  if (!a || !b) throw new Error(`不是有效日期：${a ? to : from}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
