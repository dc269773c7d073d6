// zod/mini: validated in the browser on the home page and /plan/, where full zod would triple the JS.
import { z } from 'zod/mini';

const instant = z.iso.datetime({ offset: true });
const itemId = z.string().check(z.minLength(1));
/** A plan year as a record key, e.g. "2026". */
const yearKey = z.string().check(z.regex(/^\d{4}$/));

/** What one member has ticked in the 学习计划, version 1. */
export const planProgressSchema = z.object({
  /** Format version; see `src/stores/plan-progress.ts` for migrations. */
  version: z.literal(1),
  /** Monthly tasks ticked done: task id → when (ISO instant). Ids stay valid after the plan changes. */
  tasks: z.record(itemId, instant),
  /** 七一 checklist ticks per plan year: year → activity id → when (ISO instant). */
  qiyi: z.record(yearKey, z.record(itemId, instant)),
  /** 三带头 duties ticked per plan year (leading cadres): year → duty id → when (ISO instant). */
  duties: z.record(yearKey, z.record(itemId, instant)),
});
/** Everything stored under `lxyz:v1:plan`. */
export type PlanProgress = z.infer<typeof planProgressSchema>;
