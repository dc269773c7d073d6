import { describe, expect, it } from 'vitest';
import { studyPlanSchema } from '../../../../src/schemas/study-plan.ts';
import { toClientPlan, toHomePlan, type Describer } from '../../../../src/lib/plan/client-plan.ts';
import { homeSummary, monthView, openingMonth, stepMonth } from '../../../../src/lib/plan/month-view.ts';
import { validPlan } from './fixture-plan.ts';

const describe_: Describer = { title: (id) => ({ plan: '实施方案', zhangcheng: '章程', tiaoli: '条例' })[id] ?? id, place: (_id, anchor) => `〔${anchor}〕` };
const plan2026 = toClientPlan(studyPlanSchema.parse(validPlan()), describe_);
const next = validPlan();
next.year = 2027;
const plan2027 = toClientPlan(studyPlanSchema.parse(JSON.parse(JSON.stringify(next).replaceAll('2026-', '2027-'))), describe_);
const plans = [plan2026, plan2027];

describe('toClientPlan', () => {
  it('resolves reading, practice and basis to links and words', () => {
    const task = plan2026.tasks.find((t) => t.id === '2026-01-plan')!;
    expect(task.read).toEqual([{ href: '/documents/plan/#sec-4', label: '实施方案 〔sec-4〕' }]);
    expect(task.quiz).toEqual({ href: '/quiz/practice/plan/', label: '实施方案' });
    expect(task.basis).toEqual({ href: '/documents/plan/#p-20', label: '实施方案 〔p-20〕' });
    expect(plan2026.tasks.find((t) => t.id === '2026-02-tiaoli')!.read).toEqual([{ href: '/documents/tiaoli/', label: '条例' }]);
  });

  it('keeps only titles and dates for the home page', () => {
    const home = toHomePlan(plan2026);
    expect(home.tasks[0]).toEqual({ id: '2026-01-plan', title: '读方案', due: '2026-01-31', month: 1, audience: 'all', read: [] });
    expect(new Set(home.events.map((e) => e.kind))).toEqual(new Set(['meeting', 'activity-day']));
    expect(home.duties).toHaveLength(2);
  });
});

describe('monthView', () => {
  it('counts done, left and overdue by Beijing day', () => {
    const view = monthView(plans, 2026, 1, 'all', { '2026-01-plan': '2026-01-10T02:00:00.000Z' }, '2026-01-25');
    expect(view.tasks.map((r) => [r.task.id, Boolean(r.doneAt), r.overdue, r.dueToday])).toEqual([
      ['2026-01-zhangcheng', false, true, false],
      ['2026-01-plan', true, false, false],
    ]);
    expect([view.total, view.done, view.left, view.overdue]).toEqual([2, 1, 1, 1]);
  });

  it('does not call a task due today overdue', () => {
    const view = monthView(plans, 2026, 1, 'all', {}, '2026-01-20');
    expect(view.tasks[0]).toMatchObject({ overdue: false, dueToday: true });
  });

  it('shows the month’s 党员活动日 with its theme, and its 三会一课', () => {
    const view = monthView(plans, 2026, 1, 'all', {}, '2026-01-07');
    expect(view.activity).toEqual({ date: '2026-01-07', theme: '第 1 月主题', detail: undefined, isToday: true, isPast: false });
    expect(view.meetings.map((e) => e.id)).toEqual(['2026-committee-01', '2026-congress-q1']);
  });

  it('shows leaders’ tasks and events to leaders only', () => {
    expect(monthView(plans, 2026, 2, 'all', {}, '2026-02-01').total).toBe(0);
    expect(monthView(plans, 2026, 2, 'leaders', {}, '2026-02-01').total).toBe(1);
    expect(monthView(plans, 2026, 12, 'all', {}, '2026-12-01').others.map((e) => e.id)).toEqual(['2026-appraisal']);
    expect(monthView(plans, 2026, 12, 'leaders', {}, '2026-12-01').others.map((e) => e.id)).toEqual(['2026-appraisal', '2026-democratic-life']);
  });

  it('still gives the 7th for a month without a plan', () => {
    const view = monthView(plans, 2028, 3, 'all', {}, '2028-03-01');
    expect(view.plan).toBeUndefined();
    expect(view.activity.date).toBe('2028-03-07');
    expect(view.activity.theme).toBeUndefined();
  });
});

describe('month navigation', () => {
  it('opens on this month, kept inside the planned years', () => {
    expect(openingMonth(plans, '2026-12-01')).toEqual({ year: 2026, month: 12 });
    expect(openingMonth(plans, '2025-06-01')).toEqual({ year: 2026, month: 1 });
    expect(openingMonth(plans, '2029-06-01')).toEqual({ year: 2027, month: 12 });
  });

  it('steps across the year end and stops at the ends', () => {
    expect(stepMonth(plans, 2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(stepMonth(plans, 2027, 1, -1)).toEqual({ year: 2026, month: 12 });
    expect(stepMonth(plans, 2026, 1, -1)).toBeUndefined();
    expect(stepMonth(plans, 2027, 12, 1)).toBeUndefined();
  });
});

describe('homeSummary', () => {
  it('gives what is left this month, earlier overdue tasks, and the next dates', () => {
    const s = homeSummary(plans, 'leaders', {}, '2026-02-10');
    expect(s.month.left).toBe(1);
    expect(s.overdueEarlier.map((r) => r.task.id)).toEqual(['2026-01-zhangcheng', '2026-01-plan']);
    expect(s.nextActivity).toEqual({ date: '2026-03-07', theme: '第 3 月主题', isToday: false });
    expect(s.nextMeeting?.id).toBe('2026-lecture-q2');
  });

  it('crosses into the next year’s plan for the next dates', () => {
    const s = homeSummary(plans, 'all', {}, '2026-12-08');
    expect(s.nextActivity).toEqual({ date: '2027-01-07', theme: '第 1 月主题', isToday: false });
    expect(s.nextMeeting?.id).toBe('2027-committee-01');
  });

  it('counts a ticked task as done', () => {
    const s = homeSummary(plans, 'all', { '2026-01-zhangcheng': '2026-01-12T00:00:00Z' }, '2026-01-12');
    expect([s.month.left, s.month.done]).toEqual([1, 1]);
  });
});
