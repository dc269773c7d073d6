/**
 * Study time (学习考勤) in the 学习档案: seconds per Beijing day.
 *
 * Merging takes, per day, the LARGER of the two figures — not their sum. A file only says "this
 * many seconds on that day"; two devices' time for the same day cannot be told apart from the same
 * device's time exported twice (or an export imported back where it came from). Adding would count
 * such a day twice and make every repeated import inflate the record, so the merge would not be
 * idempotent. The maximum never inflates, never loses a day, and importing the same file again
 * changes nothing; the price is that a day studied on two devices shows the longer of the two.
 * The 学习档案 page says so to the member.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { ActivityState } from '../../../schemas/activity.ts';
import { ACTIVITY_FORMAT, EMPTY_ACTIVITY } from '../../activity/state.ts';
import { translator } from '../../../i18n/translator.ts';
import activityStrings from 'virtual:zh-CN/activity';

const t = translator(activityStrings);

/** Per day the larger figure of the two; `current` itself when the file adds nothing. */
export function mergeActivity(current: ActivityState, incoming: ActivityState): ActivityState {
  let days: Record<string, number> | undefined;
  for (const [day, seconds] of Object.entries(incoming.days)) {
    const mine = Object.hasOwn(current.days, day) ? current.days[day]! : undefined;
    if (mine === undefined || seconds > mine) (days ??= { ...current.days })[day] = seconds;
  }
  return days ? { version: 1, days } : current;
}

/** Days the file adds, and days where the file's figure is larger and would replace this one. */
export function diffActivity(current: ActivityState, incoming: ActivityState): DomainDiff {
  let added = 0;
  let changed = 0;
  for (const [day, seconds] of Object.entries(incoming.days)) {
    const mine = Object.hasOwn(current.days, day) ? current.days[day]! : undefined;
    if (mine === undefined) added += 1;
    else if (seconds > mine) changed += 1;
  }
  return { added, changed };
}

/** Study time as an archive domain. */
export const activityDomain: ArchiveDomain<ActivityState> = {
  key: 'activity',
  label: t('activity.domain'),
  format: ACTIVITY_FORMAT,
  empty: EMPTY_ACTIVITY,
  merge: mergeActivity,
  diff: diffActivity,
};
