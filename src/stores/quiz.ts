import { addStorageNotice, dismissStorageNotice, type StorageNotice } from './engine.ts';
import { examStateSchema, quizStateSchema, type ExamInProgress, type ExamResult, type ExamState, type QuizState } from '../schemas/quiz-state.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import type { Answer } from '../lib/quiz/scoring.ts';
import type { AttemptRecord } from '../lib/quiz/stats.ts';
import type { Scheduler } from '../lib/quiz/wrong-book.ts';
import { lazyModule } from '../lib/lazy-module.ts';
import { retryQueue } from '../lib/retry-queue.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

/** Stored format of quiz history. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const QUIZ_FORMAT: VersionedFormat<QuizState> = { version: 1, schema: quizStateSchema };
/** Stored format of the exam in progress. */
export const EXAM_FORMAT: VersionedFormat<ExamState> = { version: 1, schema: examStateSchema };

/** Nothing answered yet. */
export const EMPTY_QUIZ: QuizState = { version: 1, attempts: [], wrong: {}, mastered: {}, starred: [], practice: {}, daily: {}, exams: [] };

/** Answers, 错题本, 收藏, practice positions, daily quizzes and finished exams. */
export const $quiz = versionedAtom<QuizState>(storageKey('quiz'), QUIZ_FORMAT, EMPTY_QUIZ);
/** The exam under way, kept apart so each answer rewrites only this small record. */
export const $exam = versionedAtom<ExamState>(storageKey('exam'), EXAM_FORMAT, { version: 1, current: null });

/** Remembers where 章节练习 of a document (or one part of it) stopped. */
export function savePracticePosition(key: string, questionId: string, now = new Date()): void {
  const s = $quiz.get();
  $quiz.set({ ...s, practice: { ...s.practice, [key]: { at: questionId, t: now.toISOString() } } });
}

/** Starts an exam; replaces nothing if one is already under way (the caller resumes that one). */
export function startExam(exam: Omit<ExamInProgress, 'answers' | 'index'>): void {
  if ($exam.get().current) return;
  $exam.set({ version: 1, current: { ...exam, answers: {}, index: 0 } });
}

/** Saves an answer and the position in the exam under way. */
export function saveExamProgress(answers: Record<string, Answer>, index: number): void {
  const current = $exam.get().current;
  if (current) $exam.set({ version: 1, current: { ...current, answers, index } });
}

/** Abandons the exam under way without a result. */
export function abandonExam(): void {
  $exam.set({ version: 1, current: null });
}

type Recorder = typeof import('./quiz-record.ts');

// Recording an answer needs the 错题本 rules, the history cap and the tombstones (./quiz-record.ts),
// which no quiz page needs before the member answers: they load on the first answer, 收藏 or
// hand-in, so the first screen downloads less. A dropped connection is tried again after 1, 3 and
// 9 s; after that the member is told (the storage notices) and the changes wait, in order, for 重试.
// A failed download is asked for again under a fresh address (see lazyModule).
const loadRecorder: () => Promise<Recorder> = lazyModule(() => import('./quiz-record.ts'));

const notice: StorageNotice = { kind: 'record', retry: () => recorder.retry() };
const recorder = retryQueue<Recorder>({
  load: loadRecorder,
  delays: [1000, 3000, 9000],
  onStuck: () => addStorageNotice(notice),
  onResumed: () => dismissStorageNotice(notice),
});

/**
 * Runs `change` once the recorder has loaded, after every change asked for before it, so answers
 * given in quick succession land in the order given. The time is taken by the caller, when the
 * member acted, not when the recorder arrived.
 */
function withRecorder<T>(change: (r: Recorder) => T): Promise<T> {
  return recorder.run(change);
}

/** Records an answer; a wrong one lands in the 错题本 (or goes back to the start of its review). */
export function recordAnswer(questionId: string, ok: boolean, mode: AttemptRecord['m'], now = new Date()): Promise<void> {
  return withRecorder((r) => r.recordAnswer(questionId, ok, mode, now));
}

/** Records a 错题本 review (see ./quiz-record.ts); resolves to whether the question left the book. */
export function recordWrongReview(questionId: string, ok: boolean, scheduler: Scheduler, now = new Date()): Promise<boolean> {
  return withRecorder((r) => r.recordWrongReview(questionId, ok, scheduler, now));
}

/** Takes a question out of the 错题本 by hand. */
export function dismissWrong(questionId: string, now = new Date()): Promise<void> {
  return withRecorder((r) => r.dismissWrong(questionId, now));
}

/** Stars or unstars a question (unstarring leaves a tombstone, see ./quiz-record.ts). */
export function toggleStar(questionId: string, now = new Date()): Promise<void> {
  return withRecorder((r) => r.toggleStar(questionId, now));
}

/** Counts a day's 每日一练 once; resolves to false when that day was already counted. */
export function completeDaily(day: string, questions: readonly string[], answers: Record<string, Answer>, results: Record<string, boolean>, now = new Date()): Promise<boolean> {
  return withRecorder((r) => r.completeDaily(day, questions, answers, results, now));
}

/** Hands the exam in (see ./quiz-record.ts): the result joins the history, then the exam record is cleared. */
export function finishExam(result: ExamResult, results: Record<string, boolean>, now = new Date()): Promise<void> {
  return withRecorder((r) => r.finishExam(result, results, now));
}
