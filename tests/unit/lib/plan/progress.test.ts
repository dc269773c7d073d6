import { describe, expect, it } from 'vitest';
import { diffPlanProgress, EMPTY_PLAN_PROGRESS, mergePlanProgress, setTaskDone, setYearItem, tickedCount } from '../../../../src/lib/plan/progress.ts';
import { planProgressSchema } from '../../../../src/schemas/plan-progress.ts';

const T1 = '2026-03-01T01:00:00.000Z';
const T2 = '2026-03-05T01:00:00.000Z';

describe('plan ticks', () => {
  it('ticks and clears a task, keeping the first tick time', () => {
    const a = setTaskDone(EMPTY_PLAN_PROGRESS, '2026-03-a', true, T1);
    expect(a.tasks).toEqual({ '2026-03-a': T1 });
    expect(setTaskDone(a, '2026-03-a', true, T2)).toBe(a);
    const b = setTaskDone(a, '2026-03-a', false, T2);
    expect(b.tasks).toEqual({});
    expect(setTaskDone(b, '2026-03-a', false, T2)).toBe(b);
  });

  it('keeps 七一 and 三带头 ticks per year', () => {
    let s = setYearItem(EMPTY_PLAN_PROGRESS, 'qiyi', 2026, '2026-qiyi-oath', true, T1);
    s = setYearItem(s, 'duties', 2027, '2027-duty-lecture', true, T2);
    expect(s.qiyi).toEqual({ 2026: { '2026-qiyi-oath': T1 } });
    expect(s.duties).toEqual({ 2027: { '2027-duty-lecture': T2 } });
    expect(tickedCount(s, 'qiyi', 2026, ['2026-qiyi-oath', '2026-qiyi-visit'])).toBe(1);
    expect(tickedCount(s, 'qiyi', 2027, ['2026-qiyi-oath'])).toBe(0);
    const cleared = setYearItem(s, 'qiyi', 2026, '2026-qiyi-oath', false, T2);
    expect(cleared.qiyi).toEqual({ 2026: {} });
    expect(setYearItem(cleared, 'qiyi', 2026, '2026-qiyi-oath', false, T2)).toBe(cleared);
    expect(planProgressSchema.safeParse(s).success).toBe(true);
  });

  it('merges two copies without losing a tick; the earlier time wins; merging twice changes nothing', () => {
    const here = setYearItem(setTaskDone(EMPTY_PLAN_PROGRESS, 'a', true, T2), 'qiyi', 2026, 'q', true, T1);
    const there = setYearItem(setTaskDone(setTaskDone(EMPTY_PLAN_PROGRESS, 'a', true, T1), 'b', true, T2), 'duties', 2026, 'd', true, T2);
    const merged = mergePlanProgress(here, there);
    expect(merged).toEqual({ version: 1, tasks: { a: T1, b: T2 }, qiyi: { 2026: { q: T1 } }, duties: { 2026: { d: T2 } } });
    expect(mergePlanProgress(merged, there)).toBe(merged);
    expect(mergePlanProgress(there, here)).toEqual(merged);
    expect(diffPlanProgress(here, there)).toEqual({ added: 2, changed: 1 });
    expect(diffPlanProgress(merged, there)).toEqual({ added: 0, changed: 0 });
  });

  it('rejects stored data of the wrong shape', () => {
    expect(planProgressSchema.safeParse({ version: 1, tasks: { a: 'yesterday' }, qiyi: {}, duties: {} }).success).toBe(false);
    expect(planProgressSchema.safeParse({ version: 1, tasks: {}, qiyi: { '26': {} }, duties: {} }).success).toBe(false);
    expect(planProgressSchema.safeParse({ version: 1, tasks: {} }).success).toBe(false);
  });
});
