// zod/mini: validated in the browser whenever the 党性体检 store loads; see reading.ts.
import { z } from 'zod/mini';
import { tombstonesSchema } from './tombstones.ts';

/**
 * How well an item is met, the same three steps for both lists; the words differ per list
 * (正面清单: 做到 / 基本做到 / 有差距; 负面清单: 无 / 偶有 / 存在) and live in zh-CN.ts as
 * `selfcheck.rating.<list>.<rating>`. One scale lets scores and comparisons treat both alike.
 */
export const RATINGS = ['ok', 'partly', 'gap'] as const;
export type Rating = (typeof RATINGS)[number];

/** The two lists of the 双十条. */
export const LISTS = ['positive', 'negative'] as const;
export type ListKind = (typeof LISTS)[number];

/** Longest note kept with an item in a submitted check (characters); the form says so first. */
export const NOTE_MAX = 500;
/**
 * Longest note a draft holds. Longer than {@link NOTE_MAX} so that a member who types past the
 * limit sees the message and can shorten their own words instead of having them cut; the draft
 * cannot be submitted until they do.
 */
export const DRAFT_NOTE_MAX = 2000;

const instant = z.iso.datetime({ offset: true });
const itemId = z.string().check(z.regex(/^(pos|neg)-[1-9][0-9]*$/));
const rating = z.enum(RATINGS);

/** What the member has entered for one item so far. */
export const draftAnswerSchema = z.object({
  /** The rating chosen; absent until one is. */
  rating: z.optional(rating),
  /** The note typed, possibly too long to submit yet. */
  note: z.optional(z.string().check(z.maxLength(DRAFT_NOTE_MAX))),
});
export type DraftAnswer = z.infer<typeof draftAnswerSchema>;

/** A self-check being filled in, kept so nothing is lost when the page closes. */
export const selfcheckDraftSchema = z.object({
  /** When the first answer was given (ISO instant). */
  startedAt: instant,
  /** When the draft last changed (ISO instant). */
  updatedAt: instant,
  /** Answers by item id. */
  answers: z.record(itemId, draftAnswerSchema),
});
export type SelfcheckDraft = z.infer<typeof selfcheckDraftSchema>;

/**
 * One item as it stood in a submitted check. The item's wording is copied in, so an old record
 * still reads right after the branch edits its lists.
 */
export const checkedItemSchema = z.object({
  /** Item id (`pos-3`, `neg-7`). */
  id: itemId,
  /** Which list it belongs to. */
  list: z.enum(LISTS),
  /** The item's wording at the time of the check. */
  text: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The rating given. */
  rating,
  /** The member's note, if any. */
  note: z.optional(z.string().check(z.minLength(1), z.maxLength(NOTE_MAX))),
});
export type CheckedItem = z.infer<typeof checkedItemSchema>;

/** One submitted 党性体检. Never changed after submission; only deleted on request (with undo). */
export const selfcheckRecordSchema = z.object({
  /** Stable id; 整改清单 entries made from it refer to `<id>:<item id>`. */
  id: z.string().check(z.regex(/^[a-z0-9]{4,40}$/)),
  /** When it was submitted (ISO instant). */
  at: instant,
  /** The Beijing calendar day it was submitted (YYYY-MM-DD), the date shown and printed. */
  day: z.iso.date(),
  /** Every item of both lists with its rating, in list order. */
  items: z.array(checkedItemSchema).check(z.minLength(1)),
});
export type SelfcheckRecord = z.infer<typeof selfcheckRecordSchema>;

/** Everything stored under `lxyz:v1:selfcheck`, version 1. */
export const selfcheckStateSchema = z.object({
  /** Format version; see `src/stores/selfcheck.ts` for migrations. */
  version: z.literal(1),
  /** The check being filled in, or null when none is. */
  draft: z.nullable(selfcheckDraftSchema),
  /** Submitted checks, oldest first. */
  checks: z.array(selfcheckRecordSchema),
  /** Deletions remembered for merging (keys as in the domain's merge); absent when none. */
  deleted: tombstonesSchema,
});
export type SelfcheckState = z.infer<typeof selfcheckStateSchema>;
