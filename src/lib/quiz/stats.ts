/**
 * Totals over a member's answer history for the 我的练习 page. History is kept even for
 * questions since removed from the banks, so totals never shrink when a bank is edited.
 */

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

/** Totals over `attempts`; `documentOf` gives a question's document, or undefined when it no longer exists. */
export function quizStats(attempts: readonly AttemptRecord[], documentOf: (id: string) => string | undefined): QuizStats {
  const byDocument: Record<string, DocumentTally> = {};
  const seen = new Set<string>();
  let correct = 0;
  for (const attempt of attempts) {
    seen.add(attempt.q);
    if (attempt.ok) correct += 1;
    const tally = (byDocument[documentOf(attempt.q) ?? ''] ??= { answered: 0, correct: 0 });
    tally.answered += 1;
    if (attempt.ok) tally.correct += 1;
  }
  const answered = attempts.length;
  return { answered, distinct: seen.size, correct, accuracy: answered === 0 ? null : correct / answered, byDocument };
}
