import type { Role } from '../../schemas/site-config.ts';
import type { QuizBank, QuizQuestion } from './quiz-bank.ts';

/** The questions a role is asked: leading cadres all of them, other members those for everyone. */
export function questionsForRole(bank: QuizBank, roles: readonly Role[], roleId: string | undefined): QuizQuestion[] {
  const track = roles.find((r) => r.id === roleId)?.track ?? 'all';
  return bank.questions.filter((q) => track === 'leaders' || q.audience === 'all');
}

/** The documents a role studies. */
export function documentsForRole(bank: QuizBank, roles: readonly Role[], roleId: string | undefined): string[] {
  const asked = new Set(questionsForRole(bank, roles, roleId).map((q) => q.document));
  return bank.documents.filter((d) => asked.has(d.id)).map((d) => d.id);
}

/** What a role's exam draws from: how many questions, on which documents (short titles, in bank order). */
export interface ExamScope {
  /** Questions the role is asked. */
  count: number;
  /** Short titles of the documents those questions are on. */
  documents: string[];
}

/** The exam scope of a role (undefined: none chosen yet, which is asked what every member is). */
export function examScope(bank: QuizBank, roles: readonly Role[], roleId: string | undefined): ExamScope {
  const docs = new Set(documentsForRole(bank, roles, roleId));
  return {
    count: questionsForRole(bank, roles, roleId).length,
    documents: bank.documents.filter((d) => docs.has(d.id)).map((d) => d.shortTitle),
  };
}

/**
 * Exam scopes keyed by role id, `''` for no role chosen: the build works them out so the exam page
 * can show its set-up before the bank has downloaded. Read them with {@link scopeFor}.
 */
export function examScopes(bank: QuizBank, roles: readonly Role[]): Record<string, ExamScope> {
  return Object.fromEntries([['', examScope(bank, roles, undefined)], ...roles.map((r) => [r.id, examScope(bank, roles, r.id)] as const)]);
}

/** A role's scope from {@link examScopes}; a role no longer configured is asked what every member is. */
export function scopeFor(scopes: Readonly<Record<string, ExamScope>>, roleId: string | undefined): ExamScope {
  return (roleId !== undefined && Object.hasOwn(scopes, roleId) ? scopes[roleId] : scopes['']) ?? { count: 0, documents: [] };
}
