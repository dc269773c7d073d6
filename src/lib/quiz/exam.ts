/**
 * 模拟考试: the paper (how many questions from each document), the clock and the result.
 * Pure: the page keeps the start time and the answers, and passes `now` in.
 */
import type { Question } from '../../schemas/question.ts';
import { mulberry32, sample, seedFromString, shuffled } from './random.ts';
import { isCorrect, type Answer } from './scoring.ts';

/** What a member may set before starting an exam. */
export interface ExamSettings {
  /** Number of questions on the paper. */
  count: number;
  /** Time allowed, in minutes. */
  minutes: number;
  /** Lowest score that passes, as a whole percentage. */
  passPercent: number;
}

/** The settings a first exam starts with: 50 questions, 45 minutes, 60% to pass. */
export const DEFAULT_EXAM: ExamSettings = { count: 50, minutes: 45, passPercent: 60 };

/** Inclusive range allowed for each setting. */
export const EXAM_LIMITS: Readonly<Record<keyof ExamSettings, { min: number; max: number }>> = {
  count: { min: 5, max: 100 },
  minutes: { min: 5, max: 180 },
  passPercent: { min: 1, max: 100 },
};

const LABELS: Record<keyof ExamSettings, string> = { count: '题量', minutes: '考试时长（分钟）', passPercent: '及格线（%）' };

/** One Chinese message per setting that is not a whole number within {@link EXAM_LIMITS}; empty when all are fine. */
export function validateExamSettings(s: ExamSettings): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(EXAM_LIMITS) as (keyof ExamSettings)[]) {
    const { min, max } = EXAM_LIMITS[key];
    const value = s[key];
    if (!Number.isInteger(value) || value < min || value > max) errors.push(`${LABELS[key]}应为 ${min} 到 ${max} 之间的整数`);
  }
  return errors;
}

/**
 * How many questions each document gets: its share of `count` in proportion to its questions in
 * the pool, whole numbers by the largest-remainder method (ties to the larger document, then by
 * id, so the split is the same everywhere), never more than the document has.
 */
export function allocateByDocument(sizes: ReadonlyMap<string, number>, count: number): Map<string, number> {
  const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const want = Math.max(0, Math.min(Math.floor(count), total));
  const rows = [...sizes].map(([doc, size]) => {
    const exact = total === 0 ? 0 : (want * size) / total;
    return { doc, size, seats: Math.min(size, Math.floor(exact)), remainder: exact - Math.floor(exact) };
  });
  let left = want - rows.reduce((sum, r) => sum + r.seats, 0);
  const byRemainder = [...rows].sort((a, b) => b.remainder - a.remainder || b.size - a.size || (a.doc < b.doc ? -1 : 1));
  // One pass is enough: every leftover seat comes from a fraction, and there is one per document at most.
  for (const row of byRemainder) {
    if (left <= 0) break;
    if (row.seats < row.size) {
      row.seats += 1;
      left -= 1;
    }
  }
  return new Map(rows.map((r) => [r.doc, r.seats]));
}

/**
 * The ids on an exam paper: `count` questions spread across documents in proportion to their
 * size (see {@link allocateByDocument}), sampled within each document and put in a shuffled
 * order, all from `seed` so a reload shows the same paper. The whole pool when it is smaller.
 */
export function pickExamQuestions(pool: readonly Question[], count: number, seed: string): string[] {
  const rand = mulberry32(seedFromString(seed));
  // Sorted, so the paper depends on the seed and the bank, not on the order questions loaded in.
  const byDoc = new Map<string, string[]>();
  for (const q of [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const ids = byDoc.get(q.document) ?? [];
    ids.push(q.id);
    byDoc.set(q.document, ids);
  }
  const docs = [...byDoc.keys()].sort();
  const seats = allocateByDocument(new Map(docs.map((d) => [d, byDoc.get(d)!.length])), count);
  const picked = docs.flatMap((d) => sample(byDoc.get(d)!, seats.get(d) ?? 0, rand));
  return shuffled(picked, rand);
}

/** The instant (ms since epoch) the exam ends. */
export function deadline(startedAt: number, minutes: number): number {
  return startedAt + minutes * 60_000;
}

/** Milliseconds left on the clock at `now`; never below 0. */
export function remainingMs(startedAt: number, minutes: number, now: number): number {
  return Math.max(0, deadline(startedAt, minutes) - now);
}

/**
 * When an exam counts as handed in: `now`, except that an exam whose time ran out (perhaps while
 * the page was closed) finished at its deadline, not when the page was opened again.
 */
export function finishInstant(startedAt: number, minutes: number, now: number): number {
  return Math.min(now, deadline(startedAt, minutes));
}

/** Whether the time is up at `now`. */
export function isTimedOut(startedAt: number, minutes: number, now: number): boolean {
  return remainingMs(startedAt, minutes, now) === 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The clock as `mm:ss`, or `h:mm:ss` from an hour up. Rounds up to whole seconds, so the clock
 * shows 00:00 only when the time is really out, never while a fraction of a second is left.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** Right and total for one group of questions. */
export interface Tally {
  /** Questions answered right. */
  correct: number;
  /** Questions on the paper. */
  total: number;
}

/** An exam's result. */
export interface ExamResult extends Tally {
  /** Score as a whole percentage, rounded down so a pass is never rounded into being. */
  percent: number;
  /** Whether `percent` reaches the pass mark. */
  passed: boolean;
  /** Right and total per document id, for "where to study next". */
  byDocument: Record<string, Tally>;
}

/** Marks a paper; an unanswered question counts as wrong. */
export function scoreExam(questions: readonly Question[], answers: Readonly<Record<string, Answer>>, passPercent: number): ExamResult {
  const byDocument: Record<string, Tally> = {};
  let correct = 0;
  for (const q of questions) {
    const tally = (byDocument[q.document] ??= { correct: 0, total: 0 });
    tally.total += 1;
    // Own-property lookup, so an id such as `constructor` can never pick up something inherited.
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (isCorrect(q, answer)) {
      tally.correct += 1;
      correct += 1;
    }
  }
  const total = questions.length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, percent, passed: total > 0 && percent >= passPercent, byDocument };
}
