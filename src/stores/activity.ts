import './engine.ts';
import type { ActivityState } from '../schemas/activity.ts';
import { ACTIVITY_FORMAT, EMPTY_ACTIVITY } from '../lib/activity/state.ts';
import { addSeconds } from '../lib/activity/accounting.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

export { ACTIVITY_FORMAT, EMPTY_ACTIVITY };

/** Storage key of study time, `lxyz:v1:activity`. */
export const ACTIVITY_KEY = storageKey('activity');

/** Seconds of active study per Beijing day: the basis of 学习考勤. */
export const $activity = versionedAtom<ActivityState>(ACTIVITY_KEY, ACTIVITY_FORMAT, EMPTY_ACTIVITY);

/**
 * Adds whole seconds of study to their days (each day capped at 24 hours). The store follows
 * other tabs through storage events, so adding to its current value never overwrites their time.
 */
export function recordStudySeconds(perDay: Readonly<Record<string, number>>): void {
  const before = $activity.get();
  const days = addSeconds(before.days, perDay);
  if (days !== before.days) $activity.set({ ...before, days });
}
