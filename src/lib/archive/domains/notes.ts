/**
 * 学习笔记 in the 学习档案. Notes merge by id: a note on one side only is kept, a note on both
 * sides keeps the copy changed last. Nothing is dropped, so a note deleted here comes back if an
 * older file still has it (the member can delete it again; losing a note would be worse).
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { Note, NotesState } from '../../../schemas/notes.ts';
import { EMPTY_NOTES, NOTES_FORMAT } from '../../notes/state.ts';
import { translator } from '../../../i18n/translator.ts';
import notesStrings from 'virtual:zh-CN/notes';

const t = translator(notesStrings);

function ms(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}

/**
 * Which copy of one note stands: the one updated later. On a tie the copy with the larger text
 * (then `current`) wins, so the choice does not depend on which side is "current" when two
 * devices happened to save at the same millisecond — merge stays commutative.
 */
export function pickNote(current: Note, incoming: Note): Note {
  const a = ms(current.updated);
  const b = ms(incoming.updated);
  if (a !== b) return b > a ? incoming : current;
  const ka = JSON.stringify(current);
  const kb = JSON.stringify(incoming);
  return kb > ka ? incoming : current;
}

/** Union of both sides' notes by id, the later copy of each; `current` itself when nothing changes. */
export function mergeNotes(current: NotesState, incoming: NotesState): NotesState {
  let notes: Record<string, Note> | undefined;
  for (const [id, note] of Object.entries(incoming.notes)) {
    const mine = Object.hasOwn(current.notes, id) ? current.notes[id] : undefined;
    const winner = mine ? pickNote(mine, note) : note;
    if (winner !== mine) (notes ??= { ...current.notes })[id] = winner;
  }
  return notes ? { version: 1, notes } : current;
}

/** Notes the file adds, and notes here the file has a later copy of. */
export function diffNotes(current: NotesState, incoming: NotesState): DomainDiff {
  let added = 0;
  let changed = 0;
  for (const [id, note] of Object.entries(incoming.notes)) {
    const mine = Object.hasOwn(current.notes, id) ? current.notes[id] : undefined;
    if (!mine) added += 1;
    else if (pickNote(mine, note) !== mine) changed += 1;
  }
  return { added, changed };
}

/** 学习笔记 as an archive domain. */
export const notesDomain: ArchiveDomain<NotesState> = {
  key: 'notes',
  label: t('notes.domain'),
  format: NOTES_FORMAT,
  empty: EMPTY_NOTES,
  merge: mergeNotes,
  diff: diffNotes,
};
