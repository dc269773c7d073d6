/**
 * Study-time accounting for 学习考勤: active intervals turned into seconds per Beijing calendar
 * day. An interval that runs over Beijing midnight is split between the two days, and no day can
 * hold more than 24 hours. Pure: the tracker and the store feed it.
 */
import { SECONDS_PER_DAY } from '../../schemas/activity.ts';
import { beijingDay } from '../dates.ts';

export { SECONDS_PER_DAY };

const MS_PER_DAY = SECONDS_PER_DAY * 1000;
/**
 * Beijing is UTC+8 all year (Asia/Shanghai has had no daylight saving since 1991), so its
 * midnights are a fixed offset from UTC ones; `beijingDay` still names the days.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Milliseconds of study per Beijing day (`YYYY-MM-DD`), not yet stored. */
export type DayMillis = Record<string, number>;

/** The first Beijing midnight strictly after `ms` (milliseconds since the epoch). */
export function nextBeijingMidnight(ms: number): number {
  const dayStart = Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY) * MS_PER_DAY - BEIJING_OFFSET_MS;
  return dayStart + MS_PER_DAY;
}

/**
 * Cuts the interval [start, end) at Beijing midnights: one piece per day it touches, in order.
 * Empty when `end` is not after `start`.
 */
export function splitByBeijingDay(start: number, end: number): { day: string; ms: number }[] {
  const pieces: { day: string; ms: number }[] = [];
  let from = start;
  while (from < end) {
    const to = Math.min(end, nextBeijingMidnight(from));
    pieces.push({ day: beijingDay(new Date(from)), ms: to - from });
    from = to;
  }
  return pieces;
}

/** `pending` with the interval [start, end) added to the days it falls on. */
export function addInterval(pending: Readonly<DayMillis>, start: number, end: number): DayMillis {
  const out: DayMillis = { ...pending };
  for (const { day, ms } of splitByBeijingDay(start, end)) out[day] = (out[day] ?? 0) + ms;
  return out;
}

/**
 * Splits pending milliseconds into whole seconds to store now and the fractions left over, so
 * frequent small flushes do not lose the part-seconds between them.
 */
export function takeWholeSeconds(pending: Readonly<DayMillis>): { seconds: Record<string, number>; rest: DayMillis } {
  const seconds: Record<string, number> = {};
  const rest: DayMillis = {};
  for (const [day, ms] of Object.entries(pending)) {
    const whole = Math.floor(ms / 1000);
    if (whole > 0) seconds[day] = whole;
    const left = ms - whole * 1000;
    if (left > 0) rest[day] = left;
  }
  return { seconds, rest };
}

/**
 * Stored seconds per day with `add` added, each day capped at 24 hours (several tabs or a
 * clock change could otherwise claim more). Returns `days` itself when nothing is added.
 */
export function addSeconds(days: Readonly<Record<string, number>>, add: Readonly<Record<string, number>>): Record<string, number> {
  let out: Record<string, number> | undefined;
  for (const [day, seconds] of Object.entries(add)) {
    if (!(seconds > 0)) continue;
    const before = days[day] ?? 0;
    const after = Math.min(SECONDS_PER_DAY, before + Math.floor(seconds));
    if (after !== before) (out ??= { ...days })[day] = after;
  }
  return out ?? (days as Record<string, number>);
}
