// zod/mini: these schemas run in the browser on every quiz page.
import { z } from 'zod/mini';
import { tombstonesSchema } from './tombstones.ts';

const id = z.string().check(z.minLength(1));
const instant = z.iso.datetime({ offset: true });
const count = z.number().check(z.int(), z.nonnegative());
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A stored answer: a letter (单选), letters (多选), true/false (判断) or one text per blank (填空). */
export const answerSchema = z.union([z.string(), z.array(z.string()), z.boolean()]);

/** One answered question, kept forever as history (also for ids the bank has since dropped). */
export const attemptSchema = z.object({
  /** Question id. */
  q: id,
  /** When it was answered (ISO instant). */
  t: instant,
  /** Whether the answer was right. */
  ok: z.boolean(),
  /** Which mode it was answered in. */
  m: z.enum(['practice', 'random', 'daily', 'exam', 'wrong', 'starred']),
});

/** A question in the 错题本. */
export const wrongEntrySchema = z.object({
  /** When it first went wrong (ISO instant). */
  added: instant,
  /** When it is next due for review (ISO instant). */
  due: instant,
  /** Right answers in a row in review; at 3 it leaves the book. */
  streak: z.number().check(z.int(), z.nonnegative()),
  /** How many times it has been answered wrong. */
  lapses: z.number().check(z.int(), z.nonnegative()),
  /** The FSRS card (dates as ISO strings); absent until its first review. */
  card: z.optional(z.unknown()),
});

/** Where 章节练习 stopped, per document (and part). */
export const practicePositionSchema = z.object({
  /** Id of the question to resume at. */
  at: id,
  /** When the member last practised here. */
  t: instant,
});

/** The counted 每日一练 of one Beijing day. */
export const dailyRecordSchema = z.object({
  /** The day's question ids, in order. */
  questions: z.array(id),
  /** The answers given, by question id. */
  answers: z.record(z.string(), answerSchema),
  /** How many were right. */
  correct: z.number().check(z.int(), z.nonnegative()),
  /** When the member finished (ISO instant). */
  doneAt: instant,
});

/** A finished 模拟考试. */
export const examResultSchema = z.object({
  /** Exam id (its start time in ms, as text). */
  id,
  /** Start and finish instants. */
  startedAt: instant,
  finishedAt: instant,
  /** The settings it ran with. */
  minutes: z.number(),
  passPercent: z.number(),
  /** Question ids in order, and the answers given. */
  questions: z.array(id),
  answers: z.record(z.string(), answerSchema),
  /** Score as computed at submit time (kept even if the bank changes later). */
  correct: z.number().check(z.int(), z.nonnegative()),
  total: z.number().check(z.int(), z.nonnegative()),
  percent: z.number(),
  passed: z.boolean(),
  /** True when the timer ran out and the paper was handed in automatically. */
  timedOut: z.boolean(),
});

/** Everything stored under the quiz key, version 1. */
export const quizStateSchema = z.object({
  /** Format version; see `src/stores/quiz.ts` for migrations. */
  version: z.literal(1),
  /** Every answer ever given, oldest first. */
  attempts: z.array(attemptSchema),
  /** 错题本, by question id. */
  wrong: z.record(z.string(), wrongEntrySchema),
  /** Questions mastered out of the 错题本 (or removed by hand), with when; for the record. */
  mastered: z.record(z.string(), instant),
  /** 收藏: starred question ids, newest last. */
  starred: z.array(id),
  /** 章节练习 positions, keyed `<document>` or `<document>#<part>`. */
  practice: z.record(z.string(), practicePositionSchema),
  /** 每日一练 by Beijing day. */
  daily: z.record(z.string(), dailyRecordSchema),
  /** Finished exams, oldest first. */
  exams: z.array(examResultSchema),
  /**
   * Older answers folded into counts (src/lib/quiz/history.ts): Beijing month (`YYYY-MM`) →
   * question id → `[answers, right]`. Absent until the history first outgrows its cap.
   */
  summary: z.optional(z.record(z.string().check(z.regex(/^\d{4}-\d{2}$/)), z.record(z.string(), z.array(count).check(z.minLength(2), z.maxLength(2))))),
  /** Deletions remembered for merging: `star:<question id>` for a removed 收藏; absent when none. */
  deleted: tombstonesSchema,
});
export type QuizState = z.infer<typeof quizStateSchema>;
export type ExamResult = z.infer<typeof examResultSchema>;

/** The 模拟考试 in progress: one record, so a reload or a closed tab resumes it where it was. */
export const examStateSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** The exam under way, or null when none is. */
  current: z.nullable(
    z.object({
      /** Exam id (start time in ms, as text). */
      id,
      /** Start instant in ms since the epoch; the deadline is derived from it, so reloads cannot reset the clock. */
      startedAt: z.number(),
      /** Time limit and pass mark. */
      minutes: z.number(),
      passPercent: z.number(),
      /** Question ids, in order. */
      questions: z.array(id),
      /** Answers so far, by question id. */
      answers: z.record(z.string(), answerSchema),
      /** Index of the question on screen. */
      index: z.number().check(z.int(), z.nonnegative()),
    }),
  ),
});
export type ExamState = z.infer<typeof examStateSchema>;
export type ExamInProgress = NonNullable<ExamState['current']>;

/** Stored days for 每日一练 keys. */
export const dailyDaySchema = day;
