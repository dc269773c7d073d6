/**
 * Changes to a member's 学习笔记: adding, editing, removing and putting back. Pure; the store in
 * src/stores/notes.ts applies them. Every change returns the same object when nothing changes,
 * so the store writes nothing.
 */
import { notesStateSchema, type Note, type NotesState } from '../../schemas/notes.ts';
import type { VersionedFormat } from '../versioned.ts';

/**
 * Stored format of notes, shared by the store and the 学习档案 domain so both read the same way.
 * Version 1 is the first; add `migrations[1]` when version 2 comes.
 */
export const NOTES_FORMAT: VersionedFormat<NotesState> = { version: 1, schema: notesStateSchema };

/** No notes yet. */
export const EMPTY_NOTES: NotesState = { version: 1, notes: {} };

/** Where a new note goes and what it says (already checked by `validateNoteText`). */
export interface NewNote {
  /** Document id. */
  doc: string;
  /** Anchor id of the heading. */
  anchor: string;
  /** The heading's text as shown now. */
  heading: string;
  /** The note. */
  text: string;
}

/**
 * A new note id: time plus random digits. `random` gives two 32-bit numbers; the store passes
 * `crypto.getRandomValues`, since `crypto.randomUUID` is missing on pages served over plain http.
 */
export function makeNoteId(now: Date, random: readonly number[]): string {
  return `n-${now.getTime().toString(36)}-${random.map((n) => (n >>> 0).toString(36)).join('')}`;
}

/** The state with a new note under `id`, created and updated `now`. */
export function addNote(state: NotesState, id: string, note: NewNote, now: Date): NotesState {
  const at = now.toISOString();
  return { ...state, notes: { ...state.notes, [id]: { id, ...note, created: at, updated: at } } };
}

/** The state with note `id`'s text replaced; unchanged when the note is gone or says the same already. */
export function editNote(state: NotesState, id: string, text: string, now: Date): NotesState {
  const old = Object.hasOwn(state.notes, id) ? state.notes[id] : undefined;
  if (!old || old.text === text) return state;
  return { ...state, notes: { ...state.notes, [id]: { ...old, text, updated: now.toISOString() } } };
}

/** The state without note `id`, and the note that was removed (for undo). */
export function removeNote(state: NotesState, id: string): { state: NotesState; removed?: Note } {
  if (!Object.hasOwn(state.notes, id)) return { state };
  const { [id]: removed, ...notes } = state.notes;
  return { state: { ...state, notes }, removed };
}

/**
 * Puts a removed note back exactly as it was (undo). If a note with its id came back meanwhile
 * (another tab, an import), the newer of the two stays.
 */
export function restoreNote(state: NotesState, note: Note): NotesState {
  const there = Object.hasOwn(state.notes, note.id) ? state.notes[note.id] : undefined;
  if (there && Date.parse(there.updated) >= Date.parse(note.updated)) return state;
  return { ...state, notes: { ...state.notes, [note.id]: note } };
}
