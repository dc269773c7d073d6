/**
 * The whole 支部汇总 for a period: one row per member (with the standards each falls short of),
 * the branch's totals and averages, and participation rates — the share of members who did
 * something at all in the period.
 */
import type { LoadedMember } from './load.ts';
import { percentOf } from './format.ts';
import type { Period } from './period.ts';
import { compareNames } from './sort.ts';
import { summarizeMember, type MemberRow, type SummaryContext } from './summary.ts';
import { hasThresholds, shortfalls, type Shortfall, type Thresholds } from './thresholds.ts';

/** A member's row with the standards they fall short of (empty when they meet all). */
export interface ReportRow extends MemberRow {
  shortfalls: Shortfall[];
}

/** How many of how many members did something, and the share in whole percent. */
export interface Rate {
  count: number;
  total: number;
  percent: number;
}

/** The participation rates shown and printed. */
export const RATE_KEYS = ['study', 'attendance', 'exam', 'selfcheck', 'tasks', 'overdue'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** The branch's figures for the period. */
export interface BranchTotals {
  /** Members in the summary. */
  members: number;
  /** Study seconds of all members, and per member (rounded down). */
  studySeconds: number;
  averageStudySeconds: number;
  /** Documents marked learned (by the period's end), summed over members. */
  docsDone: number;
  /** Monthly tasks ticked in the period, summed. */
  tasksDone: number;
  /** 每日一练 days, summed, and per member. */
  attendanceDays: number;
  averageAttendanceDays: number;
  /** Members who finished an exam in the period, and the mean of their best scores (null when none). */
  examTakers: number;
  averageExamBest: number | null;
  /** Members with a 党性体检 in the period. */
  selfchecks: number;
  /** Overdue 整改 items, summed. */
  overdue: number;
  /** Members who fall short of any standard. */
  below: number;
  /**
   * Shares of members: with any study time, with a 每日一练 day, with an exam, with a self-check,
   * with a task done, and with an overdue 整改 item (the one rate that should be low).
   */
  rates: Record<RateKey, Rate>;
}

/** Totals, averages and rates over the rows. */
export function branchTotals(rows: readonly ReportRow[]): BranchTotals {
  const n = rows.length;
  let studySeconds = 0;
  let docsDone = 0;
  let tasksDone = 0;
  let attendanceDays = 0;
  let examSum = 0;
  let overdue = 0;
  const counts: Record<RateKey, number> = { study: 0, attendance: 0, exam: 0, selfcheck: 0, tasks: 0, overdue: 0 };
  let below = 0;
  for (const row of rows) {
    studySeconds += row.studySeconds;
    docsDone += row.docsDone;
    tasksDone += row.tasksDone;
    attendanceDays += row.attendanceDays;
    overdue += row.overdue;
    if (row.studySeconds > 0) counts.study += 1;
    if (row.attendanceDays > 0) counts.attendance += 1;
    if (row.examBest !== null) {
      counts.exam += 1;
      examSum += row.examBest;
    }
    if (row.selfcheckDone) counts.selfcheck += 1;
    if (row.tasksDone > 0) counts.tasks += 1;
    if (row.overdue > 0) counts.overdue += 1;
    if (row.shortfalls.length > 0) below += 1;
  }
  const rate = (count: number): Rate => ({ count, total: n, percent: percentOf(count, n) });
  return {
    members: n,
    studySeconds,
    averageStudySeconds: n ? Math.floor(studySeconds / n) : 0,
    docsDone,
    tasksDone,
    attendanceDays,
    averageAttendanceDays: n ? attendanceDays / n : 0,
    examTakers: counts.exam,
    averageExamBest: counts.exam ? examSum / counts.exam : null,
    selfchecks: counts.selfcheck,
    overdue,
    below,
    rates: {
      study: rate(counts.study),
      attendance: rate(counts.attendance),
      exam: rate(counts.exam),
      selfcheck: rate(counts.selfcheck),
      tasks: rate(counts.tasks),
      overdue: rate(counts.overdue),
    },
  };
}

/** The summary for a period. */
export interface BranchReport {
  /** One row per member, by name (pinyin order). */
  rows: ReportRow[];
  totals: BranchTotals;
  /** Members who fall short of any standard, by name. */
  below: ReportRow[];
  /** Members whose file was exported before the period's last day. */
  exportedEarly: number;
  /** Whether any standard was set; without one nobody was assessed, so nobody "met" or "missed" anything. */
  standardsSet: boolean;
}

/** Rows, totals and shortfalls for `members` in `period` against `thresholds`. */
export function buildReport(members: readonly LoadedMember[], period: Period, context: SummaryContext, thresholds: Thresholds): BranchReport {
  const rows = members
    .map((m): ReportRow => {
      const row = summarizeMember(m, period, context);
      return { ...row, shortfalls: shortfalls(row, thresholds) };
    })
    .sort((a, b) => compareNames(a.name, b.name));
  return {
    rows,
    totals: branchTotals(rows),
    below: rows.filter((r) => r.shortfalls.length > 0),
    exportedEarly: rows.filter((r) => r.exportedEarly).length,
    standardsSet: hasThresholds(thresholds),
  };
}
