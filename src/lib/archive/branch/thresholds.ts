/**
 * 达标标准 set by the secretary, and which members fall short of them. Every figure is optional:
 * an empty field means that figure is not assessed. Shortfalls are data (kind and numbers), put
 * into words by {@link shortfallText}, so the table can say *why* a member is highlighted rather
 * than rely on colour.
 */
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import type { MemberRow } from './summary.ts';

const t = translator(archiveStrings);

/** The numeric standards. */
export const THRESHOLD_FIELDS = ['studyMinutes', 'attendanceDays', 'examScore', 'docs'] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];

/** Largest value accepted per field: a quarter's minutes and days, a score, a document count. */
export const THRESHOLD_LIMITS: Readonly<Record<ThresholdField, number>> = { studyMinutes: 92 * 24 * 60, attendanceDays: 92, examScore: 100, docs: 100 };

/** The standards in force. */
export interface Thresholds {
  /** Minimum minutes of study in the period. */
  studyMinutes?: number;
  /** Minimum 每日一练 days in the period (学习考勤). */
  attendanceDays?: number;
  /** Minimum best exam score in the period (percent); a member with no exam falls short. */
  examScore?: number;
  /** Minimum documents of the member's role marked learned by the period's end. */
  docs?: number;
  /** Whether an overdue 整改 item makes a member fall short. */
  flagOverdue: boolean;
}

/** No standards: nobody is highlighted. */
export const NO_THRESHOLDS: Thresholds = { flagOverdue: false };

/** The form's fields as typed. */
export type ThresholdInput = Record<ThresholdField, string> & { flagOverdue: boolean };

/** Why a field was not accepted. */
export type ThresholdProblem = { code: 'notNumber' } | { code: 'range'; max: number };

/** The form's starting text for the standards in force. */
export function thresholdInput(thresholds: Thresholds): ThresholdInput {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    studyMinutes: text(thresholds.studyMinutes),
    attendanceDays: text(thresholds.attendanceDays),
    examScore: text(thresholds.examScore),
    docs: text(thresholds.docs),
    flagOverdue: thresholds.flagOverdue,
  };
}

/** Full-width digits (typed with a Chinese input method) as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Reads the form: each field empty (not assessed) or a whole number from 0 to its limit.
 * Returns the standards, or every field's problem.
 */
export function parseThresholds(input: ThresholdInput): { ok: true; value: Thresholds } | { ok: false; problems: Partial<Record<ThresholdField, ThresholdProblem>> } {
  const value: Thresholds = { flagOverdue: input.flagOverdue };
  const problems: Partial<Record<ThresholdField, ThresholdProblem>> = {};
  for (const field of THRESHOLD_FIELDS) {
    const text = asciiDigits(input[field].trim());
    if (text === '') continue;
    if (!/^\d+$/.test(text)) {
      problems[field] = { code: 'notNumber' };
      continue;
    }
    const n = Number(text);
    if (n > THRESHOLD_LIMITS[field]) problems[field] = { code: 'range', max: THRESHOLD_LIMITS[field] };
    else value[field] = n;
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, value };
}

/** Whether any standard is set. */
export function hasThresholds(thresholds: Thresholds): boolean {
  return thresholds.flagOverdue || THRESHOLD_FIELDS.some((f) => thresholds[f] !== undefined);
}

/** One way a member falls short. */
export type Shortfall =
  | { kind: 'study'; need: number }
  | { kind: 'attendance'; need: number }
  | { kind: 'exam'; need: number }
  | { kind: 'examNone'; need: number }
  | { kind: 'docs'; need: number }
  | { kind: 'overdue'; count: number };

/** Every standard `row` falls short of, in the table's column order. */
export function shortfalls(row: MemberRow, thresholds: Thresholds): Shortfall[] {
  const out: Shortfall[] = [];
  const { studyMinutes, attendanceDays, examScore, docs } = thresholds;
  // Seconds are compared, so 59 min 59 s is short of 60 minutes.
  if (studyMinutes !== undefined && row.studySeconds < studyMinutes * 60) out.push({ kind: 'study', need: studyMinutes });
  if (docs !== undefined && row.docsDone < docs) out.push({ kind: 'docs', need: docs });
  if (attendanceDays !== undefined && row.attendanceDays < attendanceDays) out.push({ kind: 'attendance', need: attendanceDays });
  if (examScore !== undefined) {
    if (row.examBest === null) {
      if (examScore > 0) out.push({ kind: 'examNone', need: examScore });
    } else if (row.examBest < examScore) out.push({ kind: 'exam', need: examScore });
  }
  if (thresholds.flagOverdue && row.overdue > 0) out.push({ kind: 'overdue', count: row.overdue });
  return out;
}

/** A shortfall in words, e.g. 考勤不足 4 天. */
export function shortfallText(s: Shortfall): string {
  switch (s.kind) {
    case 'study':
      return t('archive.branch.reason.study', { need: s.need });
    case 'attendance':
      return t('archive.branch.reason.attendance', { need: s.need });
    case 'exam':
      return t('archive.branch.reason.exam', { need: s.need });
    case 'examNone':
      return t('archive.branch.reason.examNone');
    case 'docs':
      return t('archive.branch.reason.docs', { need: s.need });
    case 'overdue':
      return t('archive.branch.reason.overdue', { count: s.count });
  }
}

/** A member's standing in words: 达标, or 未达标：… with every shortfall. */
export function standingText(list: readonly Shortfall[]): string {
  return list.length === 0
    ? t('archive.branch.cell.ok')
    : t('archive.branch.cell.below', { reasons: list.map(shortfallText).join(t('archive.branch.reason.separator')) });
}
