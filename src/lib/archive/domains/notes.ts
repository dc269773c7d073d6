/**
 * 学习笔记 in the 学习档案. Notes merge by id: a note on one side only is kept, a note on both
 * sides keeps the copy changed last. A deleted note is remembered (tombstone: its id), so an older
 * file does not bring it back; a copy edited after the deletion (on another device) stays.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { Note, NotesState } from '../../../schemas/notes.ts';
import { EMPTY_NOTES, NOTES_FORMAT } from '../../notes/state.ts';
import { isDeleted, mergeTombstones, stayDeleted, tombstoneKey, withTombstones } from '../tombstones.ts';
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
  const deleted = mergeTombstones(current.deleted, incoming.deleted);
  let notes: Record<string, Note> | undefined;
  for (const [id, note] of Object.entries(incoming.notes)) {
    const mine = Object.hasOwn(current.notes, id) ? current.notes[id] : undefined;
    const winner = mine ? pickNote(mine, note) : note;
    if (winner !== mine) (notes ??= { ...current.notes })[id] = winner;
  }
  for (const [id, note] of Object.entries(notes ?? current.notes)) {
    if (isDeleted(deleted, tombstoneKey.record(id), note.updated)) delete (notes ??= { ...current.notes })[id];
  }
  return notes || deleted !== current.deleted ? withTombstones({ version: 1, notes: notes ?? current.notes }, deleted) : current;
}

/** Notes the file adds, and notes here the file has a later copy of. */
export function diffNotes(current: NotesState, incoming: NotesState): DomainDiff {
  const merged = mergeNotes(current, incoming).notes;
  let added = 0;
  let changed = 0;
  for (const [id, note] of Object.entries(merged)) {
    const mine = Object.hasOwn(current.notes, id) ? current.notes[id] : undefined;
    if (!mine) added += 1;
    else if (note !== mine) changed += 1;
  }
  // A note here that the file's deletions remove changes too.
  for (const id of Object.keys(current.notes)) if (!Object.hasOwn(merged, id)) changed += 1;
  const gone = stayDeleted(Object.keys(incoming.notes), new Set(Object.keys(merged)));
  return gone ? { added, changed, stayDeleted: gone } : { added, changed };
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
