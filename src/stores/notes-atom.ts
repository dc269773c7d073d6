import './engine.ts';
import type { NotesState } from '../schemas/notes.ts';
import { EMPTY_NOTES, NOTES_FORMAT } from '../lib/notes/state.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

// The notes themselves, apart from the actions of ./notes.ts: a document page reads them at once to
// mark its headings, and only loads the actions (and the deletion records they keep) when the
// member opens a note.

/** Storage key of notes, `lxyz:v1:notes`. */
export const NOTES_KEY = storageKey('notes');

/** The member's 学习笔记 on headings of documents. */
export const $notes = versionedAtom<NotesState>(NOTES_KEY, NOTES_FORMAT, EMPTY_NOTES);
