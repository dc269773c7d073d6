import './engine.ts';
import type { Note } from '../schemas/notes.ts';
import { addNote, editNote, EMPTY_NOTES, makeNoteId, NOTES_FORMAT, removeNote, restoreNote, type NewNote } from '../lib/notes/state.ts';
import { validateNoteText, type NoteProblem } from '../lib/notes/validate.ts';
import { $notes, NOTES_KEY } from './notes-atom.ts';
import { forgetDeletion, recordDeletion, tombstoneKey, withTombstones } from '../lib/archive/tombstones.ts';

export { $notes, EMPTY_NOTES, NOTES_FORMAT, NOTES_KEY };

/** A save that worked (with the note's id) or why it did not. */
export type NoteSave = { ok: true; id: string } | { ok: false; problem: NoteProblem | 'missing' };

function randomPair(): number[] {
  const random = new Uint32Array(2);
  globalThis.crypto.getRandomValues(random);
  return [...random];
}

/** Writes a new note on a heading; the text is checked first (empty or over 2,000 characters is refused). */
export function createNote(where: Omit<NewNote, 'text'>, input: string, now = new Date()): NoteSave {
  const checked = validateNoteText(input);
  if (!checked.ok) return checked;
  const id = makeNoteId(now, randomPair());
  $notes.set(addNote($notes.get(), id, { ...where, text: checked.text }, now));
  return { ok: true, id };
}

/** Changes a note's text; refused like a new note, or `missing` when it was deleted meanwhile (another tab). */
export function updateNote(id: string, input: string, now = new Date()): NoteSave {
  const checked = validateNoteText(input);
  if (!checked.ok) return checked;
  const before = $notes.get();
  if (!Object.hasOwn(before.notes, id)) return { ok: false, problem: 'missing' };
  const after = editNote(before, id, checked.text, now);
  if (after !== before) $notes.set(after);
  return { ok: true, id };
}

/** Deletes a note (after the member confirmed) and returns it, so `undoDelete` can put it back. */
export function deleteNote(id: string, now = new Date()): Note | undefined {
  const { state, removed } = removeNote($notes.get(), id);
  // Remembered, so importing an archive exported before today does not bring it back.
  if (removed) $notes.set({ ...state, deleted: recordDeletion(state.deleted, tombstoneKey.record(id), now) });
  return removed;
}

/** Puts a deleted note back exactly as it was. */
export function undoDelete(note: Note): void {
  const before = $notes.get();
  const after = restoreNote(before, note);
  if (after !== before) $notes.set(withTombstones(after, forgetDeletion(after.deleted, tombstoneKey.record(note.id))));
}
