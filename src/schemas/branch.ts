// zod/mini: validated in the browser on the 支部汇总 page; see reading.ts.
import { z } from 'zod/mini';

/** A standard: a whole number from 0 to `max`. */
const limit = (max: number) => z.optional(z.int().check(z.minimum(0), z.maximum(max)));

/** The secretary's 达标标准; each figure absent when it is not assessed. Limits match `THRESHOLD_LIMITS`. */
export const branchThresholdsSchema = z.object({
  /** Minimum minutes of study in the period. */
  studyMinutes: limit(92 * 24 * 60),
  /** Minimum 每日一练 days in the period. */
  attendanceDays: limit(92),
  /** Minimum best exam score in the period (percent). */
  examScore: limit(100),
  /** Minimum documents of the member's role learned by the period's end. */
  docs: limit(100),
  /** Whether an overdue 整改 item counts as falling short. */
  flagOverdue: z.boolean(),
});

/** What the 支部汇总 page remembers in this browser (`lxyz:v1:branch`), version 1. Never any member's data. */
export const branchSettingsSchema = z.object({
  /** Format version; see `src/stores/branch.ts` for migrations. */
  version: z.literal(1),
  /** The standards last applied. */
  thresholds: branchThresholdsSchema,
  /** The 学习通报 title as the secretary wrote it (with placeholders); absent: the default. */
  title: z.optional(z.string().check(z.maxLength(200))),
  /** The 学习通报 paragraph as the secretary wrote it (with placeholders); absent: the default. */
  template: z.optional(z.string().check(z.maxLength(4000))),
});
export type BranchSettings = z.infer<typeof branchSettingsSchema>;
