import './engine.ts';
import { planProgressSchema, type PlanProgress } from '../schemas/plan-progress.ts';
import { EMPTY_PLAN_PROGRESS, setTaskDone, setYearItem } from '../lib/plan/progress.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

/** Stored format of the plan ticks. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const PLAN_PROGRESS_FORMAT: VersionedFormat<PlanProgress> = { version: 1, schema: planProgressSchema };

/** Storage key of the plan ticks, `lxyz:v1:plan`. */
export const PLAN_PROGRESS_KEY = storageKey('plan');

export { EMPTY_PLAN_PROGRESS };

/** Monthly tasks ticked done, 七一 checklist and 三带头 duties, per member. */
export const $planProgress = versionedAtom<PlanProgress>(PLAN_PROGRESS_KEY, PLAN_PROGRESS_FORMAT, EMPTY_PLAN_PROGRESS);

function update(change: (state: PlanProgress) => PlanProgress): void {
  const before = $planProgress.get();
  const after = change(before);
  if (after !== before) $planProgress.set(after);
}

/**
 * Ticks a monthly task done or clears it. `at` (ISO instant) is when it was done; undo passes
 * the original tick time back.
 */
export function markTaskDone(taskId: string, done: boolean, at = new Date().toISOString()): void {
  update((s) => setTaskDone(s, taskId, done, at));
}

/** Ticks or clears one of a year's 七一 activities. */
export function markQiyiDone(year: number, itemId: string, done: boolean, at = new Date().toISOString()): void {
  update((s) => setYearItem(s, 'qiyi', year, itemId, done, at));
}

/** Ticks or clears one of a year's 三带头 duties. */
export function markDutyDone(year: number, dutyId: string, done: boolean, at = new Date().toISOString()): void {
  update((s) => setYearItem(s, 'duties', year, dutyId, done, at));
}
