/**
 * The 查摆 checklists as members use them: which checklist a role sees first, and the rules for a
 * member's note on one question. Pure: the store and the islands call these.
 */

/** What ordering needs of a checklist. */
export interface OrderableChecklist {
  /** Checklist id. */
  id: string;
  /** Role ids that see it first. */
  roles: readonly string[];
}

/** Longest note kept for one question; the same as a 整改 problem, so a note can become one unchanged. */
export const NOTE_MAX = 500;

/**
 * The checklists in the order a role should meet them: those meant for the role first, the most
 * specific (fewest roles) before the general ones, then the rest in the file's order. Without a
 * role the file's order stands (callers pass the site's first role, its default suggestion).
 */
export function orderChecklists<T extends OrderableChecklist>(lists: readonly T[], roleId: string | undefined): T[] {
  const ranked = lists.map((list, index) => ({ list, index, own: roleId !== undefined && list.roles.includes(roleId) }));
  ranked.sort((a, b) => {
    if (a.own !== b.own) return a.own ? -1 : 1;
    if (a.own && a.list.roles.length !== b.list.roles.length) return a.list.roles.length - b.list.roles.length;
    return a.index - b.index;
  });
  return ranked.map((r) => r.list);
}

/** Why a note cannot be saved: too long. Empty is fine (it clears the answer). */
export function noteProblem(note: string): { code: 'tooLong'; max: number; length: number } | undefined {
  const length = note.trim().length;
  return length > NOTE_MAX ? { code: 'tooLong', max: NOTE_MAX, length } : undefined;
}

/** One stored answer. */
export interface ChabaiAnswer {
  /** The member's note, trimmed. */
  note: string;
  /** When the question was first answered (ISO instant). */
  answeredAt: string;
  /** When the note last changed (ISO instant). */
  updatedAt: string;
}

/** Answers per checklist id, then question id. */
export type ChabaiAnswers = Record<string, Record<string, ChabaiAnswer>>;

/**
 * The answers with one note set: a new note is stamped now; a changed one keeps when it was first
 * answered; an unchanged one changes nothing (same object back); an empty one removes the answer.
 * Callers check `noteProblem` first.
 */
export function setAnswer(answers: ChabaiAnswers, listId: string, questionId: string, note: string, now: Date): ChabaiAnswers {
  const text = note.trim();
  const list = answers[listId] ?? {};
  const before = list[questionId];
  if (!text) {
    if (!before) return answers;
    const { [questionId]: _removed, ...rest } = list;
    return { ...answers, [listId]: rest };
  }
  if (before?.note === text) return answers;
  const at = now.toISOString();
  return { ...answers, [listId]: { ...list, [questionId]: { note: text, answeredAt: before?.answeredAt ?? at, updatedAt: at } } };
}
