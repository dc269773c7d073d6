/**
 * A few figures from an archive file for a read-only look at someone else's 学习档案 (只查看，
 * 不合并): how much study time, documents learned, answers, 每日一练 days, exams, notes,
 * self-checks and 整改 items it holds. Computed from the file's decoded domains only; nothing is
 * stored. Pure.
 */
import type { ActivityState } from '../../schemas/activity.ts';
import type { NotesState } from '../../schemas/notes.ts';
import type { QuizState } from '../../schemas/quiz-state.ts';
import type { ReadingState } from '../../schemas/reading.ts';
import type { RectifyState } from '../../schemas/rectify.ts';
import type { SelfcheckState } from '../../schemas/selfcheck.ts';

/** The figures shown; a figure is absent when the file has no data of that kind. */
export interface ArchiveOverview {
  studySeconds?: number;
  studyDays?: number;
  docsLearned?: number;
  answers?: number;
  dailyDays?: number;
  exams?: number;
  examBest?: number;
  notes?: number;
  selfchecks?: number;
  rectifyItems?: number;
}

/** Figures of a file's decoded domains (by domain key, as `previewImport` returns them). */
export function archiveOverview(decoded: Readonly<Record<string, unknown>>): ArchiveOverview {
  const out: ArchiveOverview = {};
  const activity = decoded.activity as ActivityState | undefined;
  if (activity) {
    const seconds = Object.values(activity.days);
    out.studySeconds = seconds.reduce((a, b) => a + b, 0);
    out.studyDays = seconds.filter((s) => s > 0).length;
  }
  const reading = decoded.reading as ReadingState | undefined;
  if (reading) out.docsLearned = Object.values(reading.docs).filter((d) => d.learnedAt !== undefined).length;
  const quiz = decoded.quiz as QuizState | undefined;
  if (quiz) {
    out.answers = quiz.attempts.length;
    out.dailyDays = Object.keys(quiz.daily).length;
    out.exams = quiz.exams.length;
    if (quiz.exams.length) out.examBest = Math.max(...quiz.exams.map((e) => e.percent));
  }
  const notes = decoded.notes as NotesState | undefined;
  if (notes) out.notes = Object.keys(notes.notes).length;
  const selfcheck = decoded.selfcheck as SelfcheckState | undefined;
  if (selfcheck) out.selfchecks = selfcheck.checks.length;
  const rectify = decoded.rectify as RectifyState | undefined;
  if (rectify) out.rectifyItems = rectify.items.length;
  return out;
}
