/**
 * 模拟考试: the paper (how many questions from each document) and the result. Apart from the clock
 * in ./exam.ts so the exam page loads it only when an exam starts or is handed in. Pure.
 */
import type { Question } from '../../schemas/question.ts';
import { mulberry32, sample, seedFromString, shuffled } from './random.ts';
import { isCorrect, type Answer } from './scoring.ts';

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
