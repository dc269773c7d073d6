/**
 * What answering writes into the quiz record: answers into the history, the 错题本, 收藏 and finished
 * exams. Kept apart from the atoms in ./quiz.ts because it needs the 错题本 rules, the history cap and
 * the tombstones, which a quiz page does not need until the member answers: ./quiz.ts loads this
 * module on first use. Storage-space trimming imports it directly.
 */
import type { ExamResult, QuizState } from '../schemas/quiz-state.ts';
import type { Answer } from '../lib/quiz/scoring.ts';
import type { AttemptRecord } from '../lib/quiz/stats.ts';
import { recordReview, recordWrong, removeWrong, type Scheduler } from '../lib/quiz/wrong-book.ts';
import { capAttempts } from '../lib/quiz/history.ts';
import { forgetDeletion, recordDeletion, tombstoneKey, withTombstones } from '../lib/archive/tombstones.ts';
import { $exam, $quiz } from './quiz.ts';

function update(change: (state: QuizState) => QuizState): void {
  $quiz.set(change($quiz.get()));
}

/**
 * The state with `fresh` answers added to the history, whole old months folded into counts once
 * the history passes its cap (src/lib/quiz/history.ts), so storage does not fill up over years.
 */
function withAttempts(s: QuizState, fresh: readonly QuizState['attempts'][number][], now: Date): Pick<QuizState, 'attempts' | 'summary'> {
  const capped = capAttempts([...s.attempts, ...fresh], s.summary, now);
  return capped.summary ? { attempts: [...capped.attempts], summary: capped.summary } : { attempts: [...capped.attempts] };
}

/** Records an answer; a wrong one lands in the 错题本 (or goes back to the start of its review). */
export function recordAnswer(questionId: string, ok: boolean, mode: AttemptRecord['m'], now = new Date()): void {
  update((s) => ({
    ...s,
    ...withAttempts(s, [{ q: questionId, t: now.toISOString(), ok, m: mode }], now),
    wrong: ok ? s.wrong : recordWrong(s.wrong, questionId, now),
  }));
}

/** Records a 错题本 review, scheduled by FSRS; after three right in a row the question leaves the book. */
export function recordWrongReview(questionId: string, ok: boolean, scheduler: Scheduler, now = new Date()): boolean {
  const s = $quiz.get();
  // Another tab may have mastered or removed it meanwhile: that review no longer applies.
  if (!s.wrong[questionId]) return false;
  const { book, mastered } = recordReview(s.wrong, questionId, ok, now, scheduler);
  $quiz.set({
    ...s,
    ...withAttempts(s, [{ q: questionId, t: now.toISOString(), ok, m: 'wrong' }], now),
    wrong: book,
    mastered: mastered ? { ...s.mastered, [questionId]: now.toISOString() } : s.mastered,
  });
  return mastered;
}

/** Takes a question out of the 错题本 by hand. */
export function dismissWrong(questionId: string, now = new Date()): void {
  if (!$quiz.get().wrong[questionId]) return;
  update((s) => ({ ...s, wrong: removeWrong(s.wrong, questionId), mastered: { ...s.mastered, [questionId]: now.toISOString() } }));
}

/**
 * Stars or unstars a question. Unstarring is remembered (a tombstone), so an older archive does
 * not star it again; starring again forgets that.
 */
export function toggleStar(questionId: string, now = new Date()): void {
  const key = tombstoneKey.star(questionId);
  update((s) =>
    s.starred.includes(questionId)
      ? { ...s, starred: s.starred.filter((q) => q !== questionId), deleted: recordDeletion(s.deleted, key, now) }
      : withTombstones({ ...s, starred: [...s.starred, questionId] }, forgetDeletion(s.deleted, key)),
  );
}

/**
 * Counts a day's 每日一练 once: a second completion of the same day changes nothing.
 * Its answers also go into history and the 错题本.
 */
export function completeDaily(
  day: string,
  questions: readonly string[],
  answers: Record<string, Answer>,
  results: Record<string, boolean>,
  now = new Date(),
): boolean {
  const s = $quiz.get();
  if (s.daily[day]) return false;
  let wrong = s.wrong;
  for (const q of questions) if (!results[q]) wrong = recordWrong(wrong, q, now);
  $quiz.set({
    ...s,
    ...withAttempts(s, questions.map((q) => ({ q, t: now.toISOString(), ok: results[q] === true, m: 'daily' as const })), now),
    wrong,
    daily: {
      ...s.daily,
      [day]: { questions: [...questions], answers, correct: questions.filter((q) => results[q]).length, doneAt: now.toISOString() },
    },
  });
  return true;
}

/**
 * Hands the exam in: the result joins the history, each answer the attempts and wrong ones the
 * 错题本, and only then is the exam record cleared, so a failure in between loses nothing.
 * `results` holds the answered questions only: one left empty scores nothing but is neither an
 * attempt nor a wrong answer for the 错题本.
 */
export function finishExam(result: ExamResult, results: Record<string, boolean>, now = new Date()): void {
  const s = $quiz.get();
  if (!s.exams.some((e) => e.id === result.id)) {
    let wrong = s.wrong;
    const answered = result.questions.filter((q) => q in results);
    for (const q of answered) if (!results[q]) wrong = recordWrong(wrong, q, now);
    $quiz.set({
      ...s,
      ...withAttempts(s, answered.map((q) => ({ q, t: now.toISOString(), ok: results[q] === true, m: 'exam' as const })), now),
      wrong,
      exams: [...s.exams, result],
    });
  }
  // A stale hand-in (say from another tab) must not throw away a different exam under way.
  if ($exam.get().current?.id === result.id) $exam.set({ version: 1, current: null });
}

/**
 * Folds every answer before this month into counts (the statistics stay exact), to make room when
 * storage is full. Returns how many raw answers were folded.
 */
export function compactAnswerHistory(now = new Date()): number {
  const s = $quiz.get();
  const capped = capAttempts(s.attempts, s.summary, now, 0);
  if (capped.attempts === s.attempts) return 0;
  $quiz.set({ ...s, attempts: [...capped.attempts], ...(capped.summary ? { summary: capped.summary } : {}) });
  return s.attempts.length - capped.attempts.length;
}
