/**
 * The 学习通报: a printable notice with a title, the period, the main figures, the table, and a
 * paragraph the secretary writes. Title and paragraph are templates with {占位符} that are
 * filled with the period's figures; everything else the secretary types stays exactly as typed
 * (the page shows it as text, so `<b>` is printed as the characters `<b>`).
 */
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { formatDuration, oneDecimal } from './format.ts';
import { periodLabel, type Period } from './period.ts';
import type { BranchReport, Rate } from './report.ts';

const t = translator(archiveStrings);

/** The placeholders a template may use, in the order the help lists them. */
export const NOTICE_PLACEHOLDERS = [
  '支部',
  '期间',
  '人数',
  '总学时',
  '人均学时',
  '考勤人数',
  '考勤率',
  '考试人数',
  '平均最高分',
  '体检人数',
  '体检率',
  '任务人数',
  '逾期整改人数',
  '未达标人数',
  '未达标名单',
  '达标情况',
] as const;
export type NoticePlaceholder = (typeof NOTICE_PLACEHOLDERS)[number];

/** Longest title and paragraph kept (characters); the settings schema uses the same limits. */
export const NOTICE_TITLE_MAX = 200;
export const NOTICE_TEMPLATE_MAX = 4000;

/** What a placeholder stands for, for the help list. */
export function placeholderHelp(name: NoticePlaceholder): string {
  return t(`archive.branch.ph.${name}` as keyof typeof archiveStrings);
}

/** The title used until the secretary writes one. */
export function defaultNoticeTitle(): string {
  return t('archive.branch.notice.defaultTitle');
}

/** The paragraph used until the secretary writes one. */
export function defaultNoticeTemplate(): string {
  return t('archive.branch.notice.defaultTemplate');
}

const PLACEHOLDER = /\{([^{}\s]{1,20})\}/g;

function rateText(rate: Rate): string {
  return `${rate.percent}%`;
}

/** The sentence on who fell short: names them, says everyone met the standards, or that none were set. */
function standingSentence(report: BranchReport): string {
  if (!report.standardsSet) return t('archive.branch.notice.standingUnset');
  if (report.below.length === 0) return t('archive.branch.notice.standingAllMet');
  return t('archive.branch.notice.standingBelow', {
    count: report.below.length,
    names: report.below.map((r) => r.name).join(t('archive.branch.notice.namesSeparator')),
  });
}

/** Each placeholder's text for a report. */
export function noticeValues(report: BranchReport, period: Period, branch: string): Record<NoticePlaceholder, string> {
  const { totals } = report;
  return {
    支部: branch,
    期间: periodLabel(period),
    人数: String(totals.members),
    总学时: formatDuration(totals.studySeconds),
    人均学时: formatDuration(totals.averageStudySeconds),
    考勤人数: String(totals.rates.attendance.count),
    考勤率: rateText(totals.rates.attendance),
    考试人数: String(totals.examTakers),
    平均最高分: totals.averageExamBest === null ? t('archive.branch.cell.noExam') : oneDecimal(totals.averageExamBest),
    体检人数: String(totals.selfchecks),
    体检率: rateText(totals.rates.selfcheck),
    任务人数: String(totals.rates.tasks.count),
    逾期整改人数: String(totals.rates.overdue.count),
    // Without standards nobody was assessed: a count of zero would read as "everyone passed".
    未达标人数: report.standardsSet ? String(report.below.length) : t('archive.branch.notice.notAssessed'),
    未达标名单: !report.standardsSet
      ? t('archive.branch.notice.notAssessed')
      : report.below.length
        ? report.below.map((r) => r.name).join(t('archive.branch.notice.namesSeparator'))
        : t('archive.branch.notice.namesNone'),
    达标情况: standingSentence(report),
  };
}

/** The template with every known {占位符} replaced; anything else, unknown placeholders included, stays as typed. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/** Placeholders in a template this page does not know, once each, in order of appearance. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(NOTICE_PLACEHOLDERS);
  const out: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const whole = m[0];
    if (!known.has(m[1]!) && !out.includes(whole)) out.push(whole);
  }
  return out;
}

/** One figure printed in the notice. */
export interface NoticeFigure {
  label: string;
  value: string;
}

/** The notice as printed. */
export interface NoticeModel {
  title: string;
  /** The period in words. */
  period: string;
  figures: NoticeFigure[];
  /** The paragraph with placeholders filled. */
  paragraph: string;
  /** The issuing branch and the day, for the foot of the notice. */
  issued: string;
}

/** A rate as 12 / 20 人（60%）. */
export function rateFigure(rate: Rate): string {
  return t('archive.branch.figures.rate', { count: rate.count, total: rate.total, percent: rate.percent });
}

/** The summary figures, in the order the page shows them. */
export function noticeFigures(report: BranchReport): NoticeFigure[] {
  const { totals } = report;
  const figures: NoticeFigure[] = [
    { label: t('archive.branch.figures.members'), value: t('archive.branch.figures.membersValue', { count: totals.members }) },
    { label: t('archive.branch.figures.studyTotal'), value: formatDuration(totals.studySeconds) },
    { label: t('archive.branch.figures.studyAverage'), value: formatDuration(totals.averageStudySeconds) },
    { label: t('archive.branch.figures.attendanceAverage'), value: t('archive.branch.cell.days', { count: oneDecimal(totals.averageAttendanceDays) }) },
    {
      label: t('archive.branch.figures.examAverage'),
      value: totals.averageExamBest === null ? t('archive.branch.cell.noExam') : t('archive.branch.cell.score', { score: oneDecimal(totals.averageExamBest) }),
    },
    { label: t('archive.branch.rate.study'), value: rateFigure(totals.rates.study) },
    { label: t('archive.branch.rate.attendance'), value: rateFigure(totals.rates.attendance) },
    { label: t('archive.branch.rate.exam'), value: rateFigure(totals.rates.exam) },
    { label: t('archive.branch.rate.selfcheck'), value: rateFigure(totals.rates.selfcheck) },
    { label: t('archive.branch.rate.tasks'), value: rateFigure(totals.rates.tasks) },
    { label: t('archive.branch.rate.overdue'), value: rateFigure(totals.rates.overdue) },
  ];
  return figures;
}

/**
 * The notice for a report: the secretary's title and paragraph (or the defaults when empty),
 * filled with the period's figures.
 *
 * @param issuedOn the day of issue, already in words (e.g. 2026年7月1日)
 */
export function buildNotice(input: { report: BranchReport; period: Period; branch: string; title?: string; template?: string; issuedOn: string }): NoticeModel {
  const values = noticeValues(input.report, input.period, input.branch);
  const title = input.title?.trim() ? input.title : defaultNoticeTitle();
  const template = input.template?.trim() ? input.template : defaultNoticeTemplate();
  return {
    title: fillTemplate(title, values),
    period: periodLabel(input.period),
    figures: noticeFigures(input.report),
    paragraph: fillTemplate(template, values),
    issued: t('archive.branch.notice.issued', { branch: input.branch, date: input.issuedOn }),
  };
}
