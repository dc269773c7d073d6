/**
 * Checks a 学习笔记 before it is saved: the member sees why a note was refused next to the box,
 * and the store never holds an empty or over-long note (the stored schema would reject it).
 */
import { NOTE_MAX_LENGTH } from '../../schemas/notes.ts';

export { NOTE_MAX_LENGTH };

/** Why a note cannot be saved. */
export type NoteProblem = 'empty' | 'tooLong';

/** A note's text ready to store, or why not. */
export type NoteTextResult = { ok: true; text: string } | { ok: false; problem: NoteProblem };

/**
 * The text to store for what the member typed: line endings made `\n` and blank space trimmed at
 * both ends (inner line breaks stay, they are the member's layout). Empty or only spaces is refused,
 * and so is anything over {@link NOTE_MAX_LENGTH} characters after trimming.
 */
export function validateNoteText(input: string): NoteTextResult {
  const text = input.replace(/\r\n?/g, '\n').trim();
  if (text.length === 0) return { ok: false, problem: 'empty' };
  if (text.length > NOTE_MAX_LENGTH) return { ok: false, problem: 'tooLong' };
  return { ok: true, text };
}

/** Characters still free in a note box holding `input` (negative when over the limit). */
export function charactersLeft(input: string): number {
  return NOTE_MAX_LENGTH - input.replace(/\r\n?/g, '\n').trim().length;
}
