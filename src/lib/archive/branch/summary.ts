/**
 * One row of the 支部汇总 per member, for a chosen period: study time, documents completed for
 * the member's role, monthly tasks ticked, 每日一练 days (学习考勤), the best exam score, whether a
 * 党性体检 was done, and 整改 items overdue at the end of the period. A domain missing from the
 * file counts as nothing done; nothing here throws on a thin or old file.
 */
import { OPEN_STATUSES } from '../../action/rectify.ts';
import type { RectifyStatus } from '../../../schemas/rectify.ts';
import type { LoadedMember } from './load.ts';
import type { MemberFacts, RectifyFact, SummaryDomain } from './facts.ts';
import { beijingDayOfMs, beijingDayStartMs, dayInPeriod, instantByPeriodEnd, instantInPeriod, type Period } from './period.ts';

/** A role members choose from (site.config.ts), as much as the summary needs. */
export interface RoleInfo {
  id: string;
  name: string;
  /** `leaders`: also studies the leading cadres' documents. */
  track: 'all' | 'leaders';
}

/** A must-learn document, as much as the summary needs. */
export interface DocumentInfo {
  id: string;
  /** `all`: every member; `leaders`: leading cadres only. */
  audience: 'all' | 'leaders';
}

/** What the summary is measured against. */
export interface SummaryContext {
  roles: readonly RoleInfo[];
  documents: readonly DocumentInfo[];
}

/** One member's figures for the period. */
export interface MemberRow {
  /** Duplicate key (name and role), unique in the table. */
  key: string;
  /** The file the figures come from. */
  file: string;
  name: string;
  /** Role id from the file. */
  roleId?: string;
  /** The role's name from the site configuration, or the id itself if this site has no such role. */
  roleName?: string;
  /** When the file was exported (ISO instant) and its Beijing day. */
  exportedAt: string;
  exportedDay: string;
  /** True when the file was exported before the period's last day: later study is not in it. */
  exportedEarly: boolean;
  /** Seconds of study on the period's days. */
  studySeconds: number;
  /** Documents for the role marked learned by the end of the period, and how many there are. */
  docsDone: number;
  docsTotal: number;
  /** Monthly tasks ticked done within the period. */
  tasksDone: number;
  /** Days in the period with the 每日一练 done: 学习考勤. */
  attendanceDays: number;
  /** The best exam score (percent) finished within the period; null when none was taken. */
  examBest: number | null;
  /** Exams finished within the period. */
  examCount: number;
  /** Whether a 党性体检 was submitted on a day in the period. */
  selfcheckDone: boolean;
  /** 整改 items open and past their deadline at the end of the period. */
  overdue: number;
  /** Summary domains the file does not have (counted as nothing done). */
  missing: SummaryDomain[];
}

const ALL_DOMAINS: readonly SummaryDomain[] = ['activity', 'reading', 'quiz', 'plan', 'selfcheck', 'rectify'];

/** Seconds of study on the period's days. */
export function studySeconds(days: Readonly<Record<string, number>>, period: Period): number {
  let total = 0;
  for (const [day, seconds] of Object.entries(days)) if (dayInPeriod(day, period)) total += seconds;
  return total;
}

/** The role's documents, and how many of them were marked learned by the end of the period. */
export function documentsDone(learned: Readonly<Record<string, string>>, track: RoleInfo['track'], documents: readonly DocumentInfo[], period: Period): { done: number; total: number } {
  const mine = documents.filter((d) => d.audience === 'all' || track === 'leaders');
  const done = mine.filter((d) => Object.hasOwn(learned, d.id) && instantByPeriodEnd(learned[d.id], period)).length;
  return { done, total: mine.length };
}

/** The best exam score within the period (null when none) and how many exams were finished in it. */
export function examInPeriod(exams: MemberFacts['exams'], period: Period): { best: number | null; count: number } {
  let best: number | null = null;
  let count = 0;
  for (const exam of exams) {
    if (!instantInPeriod(exam.finishedAt, period)) continue;
    count += 1;
    if (best === null || exam.percent > best) best = exam.percent;
  }
  return { best, count };
}

/**
 * What a 整改 item looked like at `ms` (an instant after its creation): each later change records
 * the value before it, so the earliest change after `ms` tells the status (and the deadline) then.
 */
export function rectifyAt(item: RectifyFact, ms: number): { status: RectifyStatus; deadline?: string } {
  let status = item.status;
  let deadline = item.deadline;
  let statusFound = false;
  let deadlineFound = false;
  for (const change of item.changes) {
    if (Date.parse(change.at) < ms) continue;
    if (change.kind === 'status' && !statusFound) {
      status = change.from;
      statusFound = true;
    } else if (change.kind === 'deadline' && !deadlineFound) {
      deadline = change.before;
      deadlineFound = true;
    }
  }
  return deadline === undefined ? { status } : { status, deadline };
}

/**
 * 整改 items overdue at the end of the period, judged on `referenceDay` (the period's last day,
 * or the export day if the file is older: the file cannot say what happened after): items that
 * existed then, were still open, and whose deadline had passed, as the item stood on that day.
 */
export function overdueAt(items: readonly RectifyFact[], referenceDay: string): number {
  const endMs = beijingDayStartMs(referenceDay) + 86_400_000;
  let n = 0;
  for (const item of items) {
    if (!(Date.parse(item.createdAt) < endMs)) continue;
    const then = rectifyAt(item, endMs);
    if (then.deadline !== undefined && then.deadline < referenceDay && OPEN_STATUSES.includes(then.status)) n += 1;
  }
  return n;
}

/** One member's row for the period. */
export function summarizeMember(member: LoadedMember, period: Period, context: SummaryContext): MemberRow {
  const { facts } = member;
  const role = member.role === undefined ? undefined : context.roles.find((r) => r.id === member.role);
  const track = role?.track ?? 'all';
  const exportedMs = Date.parse(member.exportedAt);
  const exportedDay = beijingDayOfMs(exportedMs);
  const docs = documentsDone(facts.learned, track, context.documents, period);
  const exam = examInPeriod(facts.exams, period);
  const referenceDay = exportedDay < period.lastDay ? exportedDay : period.lastDay;
  const row: MemberRow = {
    key: member.key,
    file: member.file,
    name: member.name,
    exportedAt: member.exportedAt,
    exportedDay,
    exportedEarly: exportedDay < period.lastDay,
    studySeconds: studySeconds(facts.studyDays, period),
    docsDone: docs.done,
    docsTotal: docs.total,
    tasksDone: facts.tasksDone.filter((at) => instantInPeriod(at, period)).length,
    attendanceDays: facts.dailyDays.filter((day) => dayInPeriod(day, period)).length,
    examBest: exam.best,
    examCount: exam.count,
    selfcheckDone: facts.selfcheckDays.some((day) => dayInPeriod(day, period)),
    overdue: overdueAt(facts.rectify, referenceDay),
    missing: ALL_DOMAINS.filter((d) => !facts.present.includes(d)),
  };
  if (member.role !== undefined) {
    row.roleId = member.role;
    row.roleName = role?.name ?? member.role;
  }
  return row;
}
