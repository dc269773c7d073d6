// zod/mini: validated in the browser on every document and quiz page.
import { z } from 'zod/mini';

/** Seconds in a day: no day can hold more study time than this. */
export const SECONDS_PER_DAY = 86_400;

/** Study time, version 1: the basis of 学习考勤. */
export const activityStateSchema = z.object({
  /** Format version; see `src/lib/activity/state.ts` for migrations. */
  version: z.literal(1),
  /**
   * Seconds of active study per Beijing calendar day (`YYYY-MM-DD`), counted while a document or
   * quiz page was on screen and the member had read, scrolled or typed in the minute before.
   */
  days: z.record(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    z.number().check(z.int(), z.minimum(0), z.maximum(SECONDS_PER_DAY)),
  ),
});
export type ActivityState = z.infer<typeof activityStateSchema>;
