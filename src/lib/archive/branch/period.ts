/**
 * The 统计期间 of the 支部汇总: a month (`2026-03`) or a quarter (`2026-Q1`), made of whole
 * Beijing calendar days. Instants are compared against the period's first and last moments in
 * Beijing time, worked out once per period, so summing hundreds of files never has to format a
 * date (Asia/Shanghai has kept UTC+8 all year since 1991; a test checks against `beijingDay`).
 */
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** How the secretary counts: by month or by quarter. */
export type PeriodKind = 'month' | 'quarter';

/** A period, with everything needed to test days and instants against it. */
export interface Period {
  /** `YYYY-MM` or `YYYY-Qn`. */
  id: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, or quarter 1–4. */
  index: number;
  /** First Beijing day, `YYYY-MM-DD`. */
  firstDay: string;
  /** Last Beijing day, `YYYY-MM-DD`. */
  lastDay: string;
  /** Start of the first day in Beijing time, as ms since the epoch. */
  startMs: number;
  /** Start of the day after the last day in Beijing time (exclusive end), ms since the epoch. */
  endMs: number;
}

const MONTH_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_ID = /^(\d{4})-Q([1-4])$/;
const QUARTER_KEYS = ['archive.branch.period.q1', 'archive.branch.period.q2', 'archive.branch.period.q3', 'archive.branch.period.q4'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Last day-of-month number of `month` (1–12) in `year`. */
function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ms since the epoch at which Beijing day `day` (`YYYY-MM-DD`) begins. */
export function beijingDayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** The Beijing day of an instant given in ms (UTC+8; see the module note). */
export function beijingDayOfMs(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Reads a period id; undefined for anything else (including years before 2000 or after 2100). */
export function parsePeriod(id: string): Period | undefined {
  const month = MONTH_ID.exec(id);
  const quarter = month ? null : QUARTER_ID.exec(id);
  const m = month ?? quarter;
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return undefined;
  const index = Number(m[2]);
  const firstMonth = month ? index : (index - 1) * 3 + 1;
  const lastMonth = month ? index : index * 3;
  const firstDay = `${year}-${pad(firstMonth)}-01`;
  const lastDay = `${year}-${pad(lastMonth)}-${pad(monthLength(year, lastMonth))}`;
  const startMs = beijingDayStartMs(firstDay);
  const endMs = beijingDayStartMs(lastDay) + 86_400_000;
  return { id, kind: month ? 'month' : 'quarter', year, index, firstDay, lastDay, startMs, endMs };
}

/** The id of the period of `kind` that contains Beijing day `day`. */
export function periodIdOf(day: string, kind: PeriodKind): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  return kind === 'month' ? `${year}-${pad(month)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** A period id from its parts. */
export function periodId(kind: PeriodKind, year: number, index: number): string {
  return kind === 'month' ? `${year}-${pad(index)}` : `${year}-Q${index}`;
}

/** The period as a Chinese heading: 2026年3月, 2026年第一季度. */
export function periodLabel(period: Period): string {
  return period.kind === 'month'
    ? t('archive.branch.period.labelMonth', { year: period.year, month: period.index })
    : t('archive.branch.period.labelQuarter', { year: period.year, quarter: t(QUARTER_KEYS[period.index - 1]!) });
}

/** The name of quarter 1–4: 第一季度 … 第四季度. */
export function quarterName(quarter: number): string {
  return t(QUARTER_KEYS[quarter - 1]!);
}

/** Whether Beijing day `day` (`YYYY-MM-DD`) lies in the period. */
export function dayInPeriod(day: string, period: Period): boolean {
  return day >= period.firstDay && day <= period.lastDay;
}

/** ms since the epoch of an ISO instant, or NaN when it cannot be read. */
export function instantMs(iso: string | undefined): number {
  return iso === undefined ? Number.NaN : Date.parse(iso);
}

/** Whether an instant falls within the period (Beijing days; an unreadable instant never does). */
export function instantInPeriod(iso: string | undefined, period: Period): boolean {
  const ms = instantMs(iso);
  return ms >= period.startMs && ms < period.endMs;
}

/** Whether an instant falls before the period ends: in it or earlier. */
export function instantByPeriodEnd(iso: string | undefined, period: Period): boolean {
  return instantMs(iso) < period.endMs;
}
