/**
 * The stored form of study time, shared by the store (src/stores/activity.ts) and the 学习档案
 * domain so both read it through the same validation and migrations.
 */
import { activityStateSchema, type ActivityState } from '../../schemas/activity.ts';
import type { VersionedFormat } from '../versioned.ts';

/** Stored format of study time. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const ACTIVITY_FORMAT: VersionedFormat<ActivityState> = { version: 1, schema: activityStateSchema };

/** No study time recorded yet. */
export const EMPTY_ACTIVITY: ActivityState = { version: 1, days: {} };
