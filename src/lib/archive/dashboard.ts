/**
 * The arithmetic behind the 学习档案 page and its printable year: study time per day and month,
 * the bar chart's geometry, daily-quiz days, exam scores, plan tasks, the latest self-check.
 * Pure; days are Beijing calendar days (`YYYY-MM-DD`) and "today" is always passed in.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Seconds of study on one day. */
export interface DaySeconds {
  day: string;
  seconds: number;
}

function dayToUtcNoon(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

/** `day` moved by `delta` calendar days (worked on the date at UTC noon, so no time zone can move it). */
export function addDays(day: string, delta: number): string {
  return new Date(dayToUtcNoon(day) + delta * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The `n` days ending with `today`, oldest first. */
export function dayRange(today: string, n: number): string[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(today, i - n + 1));
}

/** Study time on each of the `n` days ending `today` (0 where nothing was recorded), oldest first. */
export function studySeries(days: Readonly<Record<string, number>>, today: string, n = 90): DaySeconds[] {
  return dayRange(today, n).map((day) => ({ day, seconds: Object.hasOwn(days, day) ? days[day]! : 0 }));
}

/** Totals over a series, for the chart's text summary. */
export interface SeriesSummary {
  /** All seconds in the series. */
  total: number;
  /** Days with any study time. */
  activeDays: number;
  /** Whole seconds per active day, rounded down; 0 when no day was active. */
  averagePerActiveDay: number;
  /** The day with the most time (the latest such day on a tie); absent when every day is 0. */
  best?: DaySeconds;
  /** Seconds in the last seven days of the series. */
  lastWeek: number;
}

/** Totals, active days, the best day and the last week of a series. */
export function summarizeSeries(series: readonly DaySeconds[]): SeriesSummary {
  let total = 0;
  let activeDays = 0;
  let best: DaySeconds | undefined;
  for (const point of series) {
    total += point.seconds;
    if (point.seconds > 0) {
      activeDays += 1;
      if (!best || point.seconds >= best.seconds) best = point;
    }
  }
  const lastWeek = series.slice(-7).reduce((sum, p) => sum + p.seconds, 0);
  const summary: SeriesSummary = { total, activeDays, averagePerActiveDay: activeDays ? Math.floor(total / activeDays) : 0, lastWeek };
  if (best) summary.best = best;
  return summary;
}

/** Top of the chart's scale in seconds: the largest day rounded up to a readable step, at least 10 minutes. */
export function chartTop(maxSeconds: number): number {
  const minutes = Math.max(10, Math.ceil(maxSeconds / 60));
  const steps = [10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1440];
  return (steps.find((s) => s >= minutes) ?? 1440) * 60;
}

/** One bar of the chart, in the chart's own units (its viewBox). */
export interface ChartBar extends DaySeconds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bars for a series in a `width` × `height` box: one slot per day, a small gap between bars, the
 * scale from {@link chartTop}. A day with any time gets at least a sliver, so a short day is not
 * drawn like an empty one. Coordinates are rounded to 0.01 to keep the SVG small.
 */
export function chartBars(series: readonly DaySeconds[], width: number, height: number): { bars: ChartBar[]; top: number } {
  const top = chartTop(series.reduce((m, p) => Math.max(m, p.seconds), 0));
  const slot = series.length ? width / series.length : 0;
  const gap = slot > 3 ? slot * 0.2 : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = series.map((p, i) => {
    const h = p.seconds > 0 ? Math.max(1, (p.seconds / top) * height) : 0;
    return { ...p, x: round(i * slot + gap / 2), y: round(height - h), width: round(slot - gap), height: round(h) };
  });
  return { bars, top };
}

/** Where months begin in a series (and its first day), for the chart's month labels. */
export function monthStarts(series: readonly DaySeconds[]): { index: number; year: number; month: number }[] {
  return series.flatMap((p, i) =>
    i === 0 || p.day.endsWith('-01') ? [{ index: i, year: Number(p.day.slice(0, 4)), month: Number(p.day.slice(5, 7)) }] : [],
  );
}

/** Hours and minutes of a number of seconds (minutes rounded down). */
export function splitDuration(seconds: number): { hours: number; minutes: number } {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** How many of `days` fall in `month` (`YYYY-MM`): e.g. 每日一练 days this month, for 学习考勤. */
export function daysInMonth(days: Iterable<string>, month: string): number {
  let n = 0;
  for (const day of days) if (monthOf(day) === month) n += 1;
  return n;
}

/** A finished exam as the summaries need it. */
export interface ExamLike {
  finishedAt: string;
  percent: number;
  passed: boolean;
}

/** Exam figures: how many, the best score and the latest one. */
export interface ExamFigures<E extends ExamLike = ExamLike> {
  count: number;
  passed: number;
  /** Highest score (the earliest exam with it). */
  best?: E;
  /** The exam finished last. */
  latest?: E;
}

/** Count, passes, best and latest of a list of exams (in any order). */
export function examFigures<E extends ExamLike>(exams: readonly E[]): ExamFigures<E> {
  let best: E | undefined;
  let latest: E | undefined;
  for (const exam of exams) {
    if (!best || exam.percent > best.percent || (exam.percent === best.percent && exam.finishedAt < best.finishedAt)) best = exam;
    if (!latest || Date.parse(exam.finishedAt) >= Date.parse(latest.finishedAt)) latest = exam;
  }
  const figures: ExamFigures<E> = { count: exams.length, passed: exams.filter((e) => e.passed).length };
  if (best) figures.best = best;
  if (latest) figures.latest = latest;
  return figures;
}

/** A monthly task of the 学习计划, as much as the archive needs. */
export interface PlanTaskRef {
  id: string;
  year: number;
  /** 1–12. */
  month: number;
  /** `all`: every member; `leaders`: leading cadres only. */
  audience: 'all' | 'leaders';
}

/** A plan month's tasks for a role: how many there are and how many are ticked done. */
export function tasksDone(
  tasks: readonly PlanTaskRef[],
  done: Readonly<Record<string, string>>,
  track: 'all' | 'leaders',
  year: number,
  month?: number,
): { done: number; total: number } {
  const mine = tasks.filter((t) => t.year === year && (month === undefined || t.month === month) && (t.audience === 'all' || track === 'leaders'));
  return { done: mine.filter((t) => Object.hasOwn(done, t.id)).length, total: mine.length };
}

/** One month of the printable year. */
export interface MonthRecord {
  /** 1–12. */
  month: number;
  /** Seconds of study. */
  seconds: number;
  /** Days with any study time. */
  studyDays: number;
  /** Days with the 每日一练 done. */
  dailyDays: number;
}

/** Study time, study days and 每日一练 days for each month of `year`. */
export function yearByMonth(studyDays: Readonly<Record<string, number>>, dailyDays: Iterable<string>, year: number): MonthRecord[] {
  const months: MonthRecord[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, seconds: 0, studyDays: 0, dailyDays: 0 }));
  const prefix = `${year}-`;
  for (const [day, seconds] of Object.entries(studyDays)) {
    if (!day.startsWith(prefix) || !(seconds > 0)) continue;
    const m = months[Number(day.slice(5, 7)) - 1];
    if (m) {
      m.seconds += seconds;
      m.studyDays += 1;
    }
  }
  for (const day of dailyDays) {
    const m = day.startsWith(prefix) ? months[Number(day.slice(5, 7)) - 1] : undefined;
    if (m) m.dailyDays += 1;
  }
  return months;
}

/** A submitted self-check, as much as the summaries need. */
export interface SelfcheckLike {
  at: string;
  day: string;
  items: readonly { rating: string }[];
}

/** The self-check submitted last, with how many items it rated 有差距 / 存在 (`gap`). */
export function latestSelfcheck<R extends SelfcheckLike>(records: readonly R[]): { record: R; gaps: number } | undefined {
  let latest: R | undefined;
  for (const r of records) if (!latest || Date.parse(r.at) >= Date.parse(latest.at)) latest = r;
  return latest ? { record: latest, gaps: latest.items.filter((i) => i.rating === 'gap').length } : undefined;
}

/** The Beijing calendar year of an ISO instant; undefined when it cannot be read. */
export function beijingYearOf(iso: string): number | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  // Beijing is UTC+8 all year, so shifting by eight hours gives its calendar year.
  return new Date(ms + 8 * 3_600_000).getUTCFullYear();
}

/**
 * Years a printed record can be made for: `thisYear` and every year any record falls in
 * (instants by Beijing time, days by their own year), newest first.
 */
export function yearsWithData(instants: Iterable<string>, days: Iterable<string>, thisYear: number): number[] {
  const years = new Set([thisYear]);
  for (const iso of instants) {
    const year = beijingYearOf(iso);
    if (year !== undefined) years.add(year);
  }
  for (const day of days) if (DAY.test(day)) years.add(Number(day.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

/** {@link tasksDone} for each month of `year` (index 0 is January). */
export function monthlyTasksDone(
  tasks: readonly PlanTaskRef[],
  done: Readonly<Record<string, string>>,
  track: 'all' | 'leaders',
  year: number,
): { done: number; total: number }[] {
  return Array.from({ length: 12 }, (_, i) => tasksDone(tasks, done, track, year, i + 1));
}
