import type { ReadingDoc, ReadingState } from '../schemas/reading.ts';

/** Reading state before the member has read anything. */
export const EMPTY_READING: ReadingState = { version: 1, docs: {} };

function touch(state: ReadingState, docId: string, now: Date, change: (doc: ReadingDoc) => ReadingDoc): ReadingState {
  const before = state.docs[docId] ?? { read: [], visitedAt: now.toISOString() };
  const doc = change({ ...before, visitedAt: now.toISOString() });
  return { ...state, docs: { ...state.docs, [docId]: doc }, last: docId };
}

/** Adds units the member has had on screen; returns the same object when nothing is new. */
export function recordRead(state: ReadingState, docId: string, unitIds: readonly string[], now: Date): ReadingState {
  const known = new Set(state.docs[docId]?.read ?? []);
  const fresh = unitIds.filter((id) => !known.has(id));
  if (fresh.length === 0 && state.docs[docId]) return state;
  return touch(state, docId, now, (doc) => ({ ...doc, read: [...doc.read, ...fresh] }));
}

/** Remembers the unit at the top of the screen, so "continue reading" lands there. */
export function recordPosition(state: ReadingState, docId: string, unitId: string, now: Date): ReadingState {
  if (state.docs[docId]?.position === unitId && state.last === docId) return state;
  return touch(state, docId, now, (doc) => ({ ...doc, position: unitId }));
}

/** Marks a document as learned, or takes the mark back. */
export function setLearned(state: ReadingState, docId: string, learned: boolean, now: Date): ReadingState {
  return touch(state, docId, now, (doc) => {
    const { learnedAt: _dropped, ...rest } = doc;
    return learned ? { ...rest, learnedAt: now.toISOString() } : rest;
  });
}

/** How much of a document's current units have been read. Ids of units that no longer exist are ignored. */
export function docProgress(doc: ReadingDoc | undefined, unitIds: readonly string[]): { read: number; total: number; percent: number } {
  const read = new Set(doc?.read ?? []);
  const count = unitIds.filter((id) => read.has(id)).length;
  const total = unitIds.length;
  return { read: count, total, percent: total === 0 ? 0 : Math.floor((count / total) * 100) };
}

/** How many of the given documents the member has marked as learned. */
export function learnedCount(state: ReadingState, docIds: readonly string[]): number {
  return docIds.filter((id) => state.docs[id]?.learnedAt).length;
}
