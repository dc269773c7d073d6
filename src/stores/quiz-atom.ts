import './engine.ts';
import { quizStateSchema, type QuizState } from '../schemas/quiz-state.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

// The quiz record itself, apart from the actions of ./quiz.ts: home (今天's 每日一练) and the
// archive only read it, and should not download the question view and scoring with it.

/** Stored format of quiz history. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const QUIZ_FORMAT: VersionedFormat<QuizState> = { version: 1, schema: quizStateSchema };

/** Nothing answered yet. */
export const EMPTY_QUIZ: QuizState = { version: 1, attempts: [], wrong: {}, mastered: {}, starred: [], practice: {}, daily: {}, exams: [] };

/** Answers, 错题本, 收藏, practice positions, daily quizzes and finished exams. */
export const $quiz = versionedAtom<QuizState>(storageKey('quiz'), QUIZ_FORMAT, EMPTY_QUIZ);
