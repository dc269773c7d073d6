import './engine.ts';
import { selfcheckStateSchema, type Rating, type SelfcheckDraft, type SelfcheckRecord, type SelfcheckState } from '../schemas/selfcheck.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import {
  EMPTY_SELFCHECK,
  insertCheck,
  newCheckId,
  originRef,
  pendingGaps,
  removeCheck,
  setDraftNote,
  setDraftRating,
  submitDraft,
  type DraftProblems,
  type ListItem,
  type Outcome,
} from '../lib/action/selfcheck.ts';
import { $rectify, addRectification } from './rectify.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';
import { forgetDeletion, recordDeletion, tombstoneKey, withTombstones } from '../lib/archive/tombstones.ts';

/** Stored format of the 党性体检. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const SELFCHECK_FORMAT: VersionedFormat<SelfcheckState> = { version: 1, schema: selfcheckStateSchema };

/** Storage key: `lxyz:v1:selfcheck`. */
export const SELFCHECK_KEY = storageKey('selfcheck');

export { EMPTY_SELFCHECK };

/** The check being filled in and every submitted check. */
export const $selfcheck = versionedAtom<SelfcheckState>(SELFCHECK_KEY, SELFCHECK_FORMAT, EMPTY_SELFCHECK);

function update(change: (state: SelfcheckState) => SelfcheckState): void {
  const before = $selfcheck.get();
  const after = change(before);
  if (after !== before) $selfcheck.set(after);
}

/** Rates an item in the draft (the draft is saved at once, so closing the page loses nothing). */
export function rateItem(itemId: string, rating: Rating, now = new Date()): void {
  update((s) => setDraftRating(s, itemId, rating, now));
}

/** Saves an item's note in the draft as typed. */
export function writeNote(itemId: string, note: string, now = new Date()): void {
  update((s) => setDraftNote(s, itemId, note, now));
}

/** Throws the draft away and returns it, for undo. */
export function discardDraft(): SelfcheckDraft | null {
  const { draft } = $selfcheck.get();
  if (draft) $selfcheck.set({ ...$selfcheck.get(), draft: null });
  return draft;
}

/** Puts a discarded draft back (undo), unless a new one has been started meanwhile. */
export function restoreDraft(draft: SelfcheckDraft): void {
  update((s) => (s.draft ? s : { ...s, draft }));
}

/** Submits the draft as a dated check; returns it, or what must be fixed first (nothing changes then). */
export function submitSelfcheck(items: readonly ListItem[], now = new Date()): Outcome<SelfcheckRecord, DraftProblems> {
  const result = submitDraft($selfcheck.get(), items, now, newCheckId(now));
  if (!result.ok) return result;
  $selfcheck.set(result.value.state);
  return { ok: true, value: result.value.check };
}

/** Deletes a submitted check and returns it, for undo; undefined if it was already gone. */
export function deleteCheck(id: string, now = new Date()): SelfcheckRecord | undefined {
  const s = $selfcheck.get();
  const { checks, removed } = removeCheck(s.checks, id);
  // Remembered, so importing an archive exported before today does not bring it back.
  if (removed) $selfcheck.set({ ...s, checks, deleted: recordDeletion(s.deleted, tombstoneKey.record(id), now) });
  return removed;
}

/** Puts a deleted check back in its place in time (undo). */
export function restoreCheck(check: SelfcheckRecord): void {
  update((s) =>
    s.checks.some((c) => c.id === check.id) ? s : withTombstones({ ...s, checks: insertCheck(s.checks, check) }, forgetDeletion(s.deleted, tombstoneKey.record(check.id))),
  );
}

/** The `originRef`s already on the 整改清单, to offer each gap only once. */
export function sentRefs(items: readonly { originRef?: string }[] = $rectify.get().items): Set<string> {
  return new Set(items.flatMap((i) => (i.originRef ? [i.originRef] : [])));
}

/**
 * Puts gap items of a check on the 整改清单 as 待整改, each with `originRef` `<check id>:<item id>`
 * and the problem text the caller wrote for it. Items already there (sent earlier, perhaps from
 * another tab) and items without a gap are skipped. Returns the new 整改 item ids.
 */
export function sendGapsToRectify(check: SelfcheckRecord, problems: ReadonlyMap<string, string>, now = new Date()): string[] {
  const pending = pendingGaps(check, sentRefs());
  const created: string[] = [];
  for (const item of pending) {
    const problem = problems.get(item.id);
    if (!problem) continue;
    created.push(addRectification({ problem, origin: 'selfcheck', originRef: originRef(check.id, item.id) }, now));
  }
  return created;
}
