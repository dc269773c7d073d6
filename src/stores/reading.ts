import type { ReadingState } from '../schemas/reading.ts';
import { recordPosition, recordRead, setLearned } from '../lib/reading-progress.ts';
import { $reading, READING_FORMAT, READING_KEY } from './reading-atom.ts';

export { $reading, READING_FORMAT, READING_KEY };

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
