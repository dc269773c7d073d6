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
