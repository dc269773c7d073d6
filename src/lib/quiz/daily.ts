/**
 * 每日一练: the same few questions for every member on a Beijing calendar day, and the run of
 * days a member has kept it up. Days are `YYYY-MM-DD` strings from `beijingDay`.
 */
import { mulberry32, sample, seedFromString } from './random.ts';

/** Questions in one day's set. */
export const DAILY_COUNT = 5;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The day's question ids: a seeded sample of `count` distinct ids (fewer when the pool is
 * smaller). Ids are sorted first so the set depends only on which questions exist and the day,
 * not on the order a bank happened to load in.
 */
export function dailyQuestionIds(ids: readonly string[], day: string, count = DAILY_COUNT): string[] {
  const pool = [...new Set(ids)].sort();
  return sample(pool, count, mulberry32(seedFromString(`lxyz-daily:${day}`)));
}

/**
 * The calendar day before `day`. Works on the date itself at UTC noon, so neither the device's
 * time zone nor a daylight-saving change can move it.
 */
export function previousDay(day: string): string {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const noon = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return new Date(noon - MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Consecutive done days ending today, or ending yesterday when today's set is still to do (the
 * run is not broken until the day is over); 0 when neither day is done.
 */
export function dailyStreak(doneDays: readonly string[], today: string): number {
  const done = new Set(doneDays);
  let day = done.has(today) ? today : previousDay(today);
  let streak = 0;
  while (done.has(day)) {
    streak += 1;
    day = previousDay(day);
  }
  return streak;
}
