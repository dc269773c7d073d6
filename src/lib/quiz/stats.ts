/**
 * Totals over a member's answer history for the 我的练习 page. History is kept even for
 * questions since removed from the banks, so totals never shrink when a bank is edited.
 */
import { summaryByQuestion, type AttemptSummary } from './history.ts';

/** The mode a question was answered in. */
export type AttemptMode = 'practice' | 'random' | 'daily' | 'exam' | 'wrong' | 'starred';

/** One answer in the history; short keys because every attempt is stored on the device. */
export interface AttemptRecord {
  /** Question id. */
  q: string;
  /** When it was answered (ISO). */
  t: string;
  /** Whether it was right. */
  ok: boolean;
  /** Where it was answered. */
  m: AttemptMode;
}

/** Answers and right answers for one document. */
export interface DocumentTally {
  /** Attempts on the document's questions. */
  answered: number;
  /** Of which right. */
  correct: number;
}

/** Totals over a history. */
export interface QuizStats {
  /** Attempts, counting repeats. */
  answered: number;
  /** Distinct questions attempted. */
  distinct: number;
  /** Right attempts. */
  correct: number;
  /** correct / answered, 0..1; null when nothing has been answered (not 0%, which would read as failing). */
  accuracy: number | null;
  /** Per document id; questions no longer in any bank are under `''`. */
  byDocument: Record<string, DocumentTally>;
}

/**
 * Totals over `attempts` and the summary of older, folded months (src/lib/quiz/history.ts);
 * `documentOf` gives a question's document, or undefined when it no longer exists.
 */
export function quizStats(attempts: readonly AttemptRecord[], documentOf: (id: string) => string | undefined, summary?: AttemptSummary): QuizStats {
  const byDocument: Record<string, DocumentTally> = {};
  const seen = new Set<string>();
  let correct = 0;
  let answered = attempts.length;
  const add = (q: string, n: number, ok: number) => {
    seen.add(q);
    correct += ok;
    const tally = (byDocument[documentOf(q) ?? ''] ??= { answered: 0, correct: 0 });
    tally.answered += n;
    tally.correct += ok;
  };
  for (const attempt of attempts) add(attempt.q, 1, attempt.ok ? 1 : 0);
  for (const [q, [n, ok]] of summaryByQuestion(summary)) {
    add(q, n, ok);
    answered += n;
  }
  return { answered, distinct: seen.size, correct, accuracy: answered === 0 ? null : correct / answered, byDocument };
}
