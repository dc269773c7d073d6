import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../../src/lib/archive/branch/period.ts';
import { branchTotals, buildReport, type ReportRow } from '../../../../../src/lib/archive/branch/report.ts';
import type { SummaryContext } from '../../../../../src/lib/archive/branch/summary.ts';
import { member } from './helpers.ts';

const context: SummaryContext = { roles: [{ id: 'member', name: '普通党员', track: 'all' }], documents: [{ id: 'plan', audience: 'all' }] };
const march = parsePeriod('2026-03')!;
const activity = (seconds: number) => ({ version: 1, days: { '2026-03-02': seconds } });
const quiz = (days: string[], percents: number[]) => ({
  version: 1,
  attempts: [],
  wrong: {},
  mastered: {},
  starred: [],
  practice: {},
  daily: Object.fromEntries(days.map((d) => [d, { questions: [], answers: {}, correct: 0, doneAt: `${d}T02:00:00.000Z` }])),
  exams: percents.map((p, i) => ({ id: String(i), startedAt: '2026-03-10T02:00:00.000Z', finishedAt: '2026-03-10T02:30:00.000Z', minutes: 30, passPercent: 60, questions: [], answers: {}, correct: 0, total: 0, percent: p, passed: p >= 60, timedOut: false })),
});

describe('buildReport', () => {
  const members = [
    member('张三', { activity: activity(3600), quiz: quiz(['2026-03-01', '2026-03-02'], [80]) }),
    member('李四', { activity: activity(0), quiz: quiz([], []) }),
    member('王五', { activity: activity(1800), quiz: quiz(['2026-03-05'], [50, 70]) }),
  ];

  it('lists members by name in pinyin order, with each one’s shortfalls', () => {
    const report = buildReport(members, march, context, { studyMinutes: 45, flagOverdue: false });
    expect(report.rows.map((r) => r.name)).toEqual(['李四', '王五', '张三']);
    expect(report.below.map((r) => r.name)).toEqual(['李四', '王五']);
    expect(report.rows[0]!.shortfalls).toEqual([{ kind: 'study', need: 45 }]);
    expect(report.exportedEarly).toBe(0);
  });

  it('adds up totals, averages and participation rates', () => {
    const { totals } = buildReport(members, march, context, { flagOverdue: false });
    expect(totals).toMatchObject({
      members: 3,
      studySeconds: 5400,
      averageStudySeconds: 1800,
      attendanceDays: 3,
      averageAttendanceDays: 1,
      examTakers: 2,
      // Best scores 80 and 70.
      averageExamBest: 75,
      selfchecks: 0,
      below: 0,
    });
    expect(totals.rates.study).toEqual({ count: 2, total: 3, percent: 67 });
    expect(totals.rates.attendance).toEqual({ count: 2, total: 3, percent: 67 });
    expect(totals.rates.exam).toEqual({ count: 2, total: 3, percent: 67 });
    expect(totals.rates.selfcheck).toEqual({ count: 0, total: 3, percent: 0 });
  });

  it('gives zeros, not NaN, for nobody', () => {
    const totals = branchTotals([] as ReportRow[]);
    expect(totals).toMatchObject({ members: 0, averageStudySeconds: 0, averageAttendanceDays: 0, averageExamBest: null });
    expect(totals.rates.study).toEqual({ count: 0, total: 0, percent: 0 });
  });
});
