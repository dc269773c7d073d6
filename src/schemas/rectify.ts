// zod/mini: validated in the browser whenever the 整改 store loads; see reading.ts.
import { z } from 'zod/mini';
import { tombstonesSchema } from './tombstones.ts';

/** 待整改 → 整改中 → 已完成 → 已销号, stored as ids; labels live in zh-CN.ts (`rectify.status.<id>`). */
export const RECTIFY_STATUSES = ['todo', 'doing', 'done', 'closed'] as const;
export type RectifyStatus = (typeof RECTIFY_STATUSES)[number];

/** Where a problem came from: 党性体检, 查摆问题, or typed in by hand. */
export const RECTIFY_ORIGINS = ['selfcheck', 'chabai', 'manual'] as const;
export type RectifyOrigin = (typeof RECTIFY_ORIGINS)[number];

/** Fields the member can edit after creating an item; edits name them in the history. */
export const RECTIFY_EDITABLE = ['problem', 'measures', 'responsible', 'deadline', 'evidence'] as const;
export type RectifyEditable = (typeof RECTIFY_EDITABLE)[number];

/** Longest text kept per field (characters). The form says so before a save fails. */
export const RECTIFY_LIMITS = { problem: 500, measures: 1000, responsible: 50, evidence: 1000, note: 500, originRef: 200 } as const;

const instant = z.iso.datetime({ offset: true });
const status = z.enum(RECTIFY_STATUSES);
const text = (max: number) => z.string().check(z.maxLength(max));
const filled = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** One event in an item's life. Entries are only ever appended, so the record shows every change. */
export const rectifyHistorySchema = z.object({
  /** When it happened (ISO instant). */
  at: instant,
  /** `created`: added to the list; `status`: status changed; `edited`: fields changed. */
  kind: z.enum(['created', 'status', 'edited']),
  /** Status before a change. */
  from: z.optional(status),
  /** Status after (for `created`, the first status). */
  to: z.optional(status),
  /** Fields an edit changed. */
  fields: z.optional(z.array(z.enum(RECTIFY_EDITABLE))),
  /** What the changed fields said before the edit, so an edit never silently replaces words. */
  before: z.optional(z.partialRecord(z.enum(RECTIFY_EDITABLE), text(RECTIFY_LIMITS.measures))),
  /** The completion evidence as it stood when the item was marked 已完成 or 已销号. */
  evidence: z.optional(text(RECTIFY_LIMITS.evidence)),
  /** The member's reason, e.g. why an item was reopened. */
  note: z.optional(text(RECTIFY_LIMITS.note)),
});
export type RectifyHistoryEntry = z.infer<typeof rectifyHistorySchema>;

/** One problem on the 整改清单 and what is being done about it. */
export const rectifyItemSchema = z.object({
  /** Stable random id; other tools (党性体检) keep it to link back. */
  id: filled(64),
  /** The problem found, in the member's words (or the self-check item's). */
  problem: filled(RECTIFY_LIMITS.problem),
  /** Where the problem came from. */
  origin: z.enum(RECTIFY_ORIGINS),
  /** What in the origin it came from: a 查摆 question id, or the 党性体检 item the other tool names. */
  originRef: z.optional(filled(RECTIFY_LIMITS.originRef)),
  /** 整改措施; empty until written. */
  measures: text(RECTIFY_LIMITS.measures),
  /** 责任人; empty until written. */
  responsible: text(RECTIFY_LIMITS.responsible),
  /** 整改时限, a Beijing calendar day (YYYY-MM-DD); absent when none is set. */
  deadline: z.optional(z.iso.date()),
  /** Where the item stands. */
  status,
  /** 完成情况 / 佐证: what was done and how it can be checked; required for 已完成 and 已销号. */
  evidence: text(RECTIFY_LIMITS.evidence),
  /** When it was added (ISO instant). */
  createdAt: instant,
  /** When anything about it last changed (ISO instant); the newer copy wins when archives merge. */
  updatedAt: instant,
  /** Every creation, status change and edit, oldest first. */
  history: z.array(rectifyHistorySchema).check(z.minLength(1)),
});
export type RectifyItem = z.infer<typeof rectifyItemSchema>;

/** The member's note on one 查摆 question. */
export const chabaiAnswerSchema = z.object({
  /** What the member found, in their words. */
  note: filled(RECTIFY_LIMITS.note),
  /** When the question was first answered (ISO instant). */
  answeredAt: instant,
  /** When the note last changed (ISO instant). */
  updatedAt: instant,
});

/** Everything stored under `lxyz:v1:rectify`, version 1. */
export const rectifyStateSchema = z.object({
  /** Format version; see `src/stores/rectify.ts` for migrations. */
  version: z.literal(1),
  /** 查摆 answers: checklist id → question id → note. */
  chabai: z.record(z.string(), z.record(z.string(), chabaiAnswerSchema)),
  /** The 整改清单, in the order items were added. */
  items: z.array(rectifyItemSchema),
  /** Deletions remembered for merging (keys as in the domain's merge); absent when none. */
  deleted: tombstonesSchema,
});
export type RectifyState = z.infer<typeof rectifyStateSchema>;
