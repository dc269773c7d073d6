import './engine.ts';
import { readingStateSchema, type ReadingState } from '../schemas/reading.ts';
import { EMPTY_READING, recordPosition, recordRead, setLearned } from '../lib/reading-progress.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

/** Stored format of reading progress. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const READING_FORMAT: VersionedFormat<ReadingState> = { version: 1, schema: readingStateSchema };

/** Storage key of reading progress. */
export const READING_KEY = storageKey('reading');

/** What the member has read, where they stopped and what they marked as learned, per document. */
export const $reading = versionedAtom<ReadingState>(READING_KEY, READING_FORMAT, EMPTY_READING);

function update(change: (state: ReadingState) => ReadingState): void {
  const before = $reading.get();
  const after = change(before);
  if (after !== before) $reading.set(after);
}

/** Records units of a document that have been on screen. */
export function markUnitsRead(docId: string, unitIds: readonly string[], now = new Date()): void {
  update((s) => recordRead(s, docId, unitIds, now));
}

/** Records the unit at the top of the screen. */
export function savePosition(docId: string, unitId: string, now = new Date()): void {
  update((s) => recordPosition(s, docId, unitId, now));
}

/** Marks a document as learned or not. */
export function markLearned(docId: string, learned: boolean, now = new Date()): void {
  update((s) => setLearned(s, docId, learned, now));
}
