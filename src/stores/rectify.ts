import './engine.ts';
import { rectifyStateSchema, type RectifyItem, type RectifyOrigin, type RectifyState, type RectifyStatus } from '../schemas/rectify.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { noteProblem, setAnswer } from '../lib/action/chabai.ts';
import {
  changeStatus,
  createItem,
  editItem,
  EMPTY_DRAFT,
  fitProblem,
  type DraftProblems,
  type ItemProblem,
  type Outcome,
  type RectifyDraft,
} from '../lib/action/rectify.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';
import { forgetDeletion, recordDeletion, tombstoneKey, withTombstones } from '../lib/archive/tombstones.ts';

/** Stored format of 查摆 answers and the 整改清单. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const RECTIFY_FORMAT: VersionedFormat<RectifyState> = { version: 1, schema: rectifyStateSchema };

/** Storage key: `lxyz:v1:rectify`. */
export const RECTIFY_KEY = storageKey('rectify');

/** Nothing answered or listed yet. */
export const EMPTY_RECTIFY: RectifyState = { version: 1, chabai: {}, items: [] };

/** The member's 查摆 answers and 整改清单. */
export const $rectify = versionedAtom<RectifyState>(RECTIFY_KEY, RECTIFY_FORMAT, EMPTY_RECTIFY);

/**
 * A new item id: time plus random digits, from `crypto.getRandomValues` because
 * `crypto.randomUUID` is missing on pages served over plain http (a branch's intranet server).
 */
function newId(now: Date): string {
  const random = new Uint32Array(2);
  globalThis.crypto.getRandomValues(random);
  return `zg-${now.getTime().toString(36)}-${[...random].map((n) => n.toString(36)).join('')}`;
}

function replaceItem(id: string, change: (item: RectifyItem) => RectifyItem): void {
  const s = $rectify.get();
  $rectify.set({ ...s, items: s.items.map((item) => (item.id === id ? change(item) : item)) });
}

/**
 * Puts a problem on the 整改清单 as 待整改 and returns the new item's id. For other tools (党性体检,
 * 查摆): the text is trimmed and, beyond 500 characters, cut with an ellipsis (the full text stays
 * where it came from). Throws on an empty problem, which is a caller's mistake.
 */
export function addRectification(input: { problem: string; origin: RectifyOrigin; originRef?: string }, now = new Date()): string {
  const problem = fitProblem(input.problem);
  if (!problem) throw new Error('addRectification: problem is empty');
  const id = newId(now);
  const made = createItem(id, { ...EMPTY_DRAFT, problem }, { origin: input.origin, originRef: input.originRef }, now);
  if (!made.ok) throw new Error(`addRectification: ${JSON.stringify(made.problems)}`);
  const s = $rectify.get();
  $rectify.set({ ...s, items: [...s.items, made.value] });
  return id;
}

/** Adds an item typed in by hand; returns its id, or the problems to show next to the fields. */
export function addManualRectification(draft: RectifyDraft, now = new Date()): Outcome<string, DraftProblems> {
  const made = createItem(newId(now), draft, { origin: 'manual' }, now);
  if (!made.ok) return made;
  const s = $rectify.get();
  $rectify.set({ ...s, items: [...s.items, made.value] });
  return { ok: true, value: made.value.id };
}

/** Saves an edit; the history records which fields changed and what they said. */
export function editRectification(id: string, draft: RectifyDraft, now = new Date()): Outcome<RectifyItem, DraftProblems | 'locked' | 'missing'> {
  const item = $rectify.get().items.find((i) => i.id === id);
  if (!item) return { ok: false, problems: 'missing' };
  const edited = editItem(item, draft, now);
  if (edited.ok && edited.value !== item) replaceItem(id, () => edited.value);
  return edited;
}

/** Moves an item to another status (with the evidence typed alongside, and an optional note). */
export function setRectificationStatus(
  id: string,
  to: RectifyStatus,
  options: { evidence?: string; note?: string } = {},
  now = new Date(),
): Outcome<RectifyItem, ItemProblem | 'missing'> {
  const item = $rectify.get().items.find((i) => i.id === id);
  if (!item) return { ok: false, problems: 'missing' };
  const moved = changeStatus(item, to, now, options);
  if (moved.ok) replaceItem(id, () => moved.value);
  return moved;
}

/** Removes an item; returns it and where it stood so `restoreRectification` can undo. */
export function deleteRectification(id: string, now = new Date()): { item: RectifyItem; index: number } | undefined {
  const s = $rectify.get();
  const index = s.items.findIndex((i) => i.id === id);
  if (index < 0) return undefined;
  const item = s.items[index]!;
  // Remembered, so importing an archive exported before today does not bring it back.
  $rectify.set({ ...s, items: s.items.filter((i) => i.id !== id), deleted: recordDeletion(s.deleted, tombstoneKey.rectifyItem(id), now) });
  return { item, index };
}

/** Puts a deleted item back where it was, unchanged (unless it is somehow there again). */
export function restoreRectification(item: RectifyItem, index: number): void {
  const s = $rectify.get();
  if (s.items.some((i) => i.id === item.id)) return;
  const items = [...s.items];
  items.splice(Math.min(index, items.length), 0, item);
  $rectify.set(withTombstones({ ...s, items }, forgetDeletion(s.deleted, tombstoneKey.rectifyItem(item.id))));
}

/** Saves the note on one 查摆 question (empty removes it); false when it is too long to keep. */
export function saveChabaiAnswer(listId: string, questionId: string, note: string, now = new Date()): boolean {
  if (noteProblem(note)) return false;
  const s = $rectify.get();
  const chabai = setAnswer(s.chabai, listId, questionId, note, now);
  if (chabai === s.chabai) return true;
  // An emptied note is a deletion: remembered, so an older archive does not bring the old text back.
  const removed = !chabai[listId]?.[questionId];
  $rectify.set(removed ? { ...s, chabai, deleted: recordDeletion(s.deleted, tombstoneKey.chabai(listId, questionId), now) } : { ...s, chabai });
  return true;
}
