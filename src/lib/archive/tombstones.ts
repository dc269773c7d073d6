/**
 * Tombstones: deletions remembered, so that merging an archive exported before a deletion does not
 * bring the deleted item back. One mechanism for every domain that can delete (整改 items, 查摆
 * notes, 党性体检 records, 学习笔记, 收藏): the store records the deletion time under the item's key,
 * and the domain's merge drops every copy of an item that was last changed no later than its
 * tombstone. A copy changed *after* the deletion (edited on another device later) is kept: that
 * edit is newer than the deletion. Merging tombstones takes the later time per key, which is
 * commutative, associative and idempotent, so merges stay order-independent.
 *
 * Compaction: a tombstone is dropped {@link TOMBSTONE_DAYS} days after the deletion, when the store
 * records another deletion. Two years covers the yearly 年度档案 export cycle with a year to spare;
 * only a file exported more than two years before a deletion could still bring that item back.
 * A tombstone costs about 50 bytes, so even a thousand deletions stay under 50 KB. Pure.
 */
import { instantMs } from './domains/merge-helpers.ts';

/** Item key → when it was deleted (ISO instant). */
export type Tombstones = Readonly<Record<string, string>>;

/**
 * The tombstone key of each kind of item that can be deleted. Kept here, not in the domains, so
 * stores can record deletions without loading the archive code.
 */
export const tombstoneKey = {
  /** A 整改 item (rectify domain). */
  rectifyItem: (id: string) => `item:${id}`,
  /** A 查摆 note emptied (rectify domain). */
  chabai: (list: string, question: string) => `chabai:${list}/${question}`,
  /** A 收藏 star taken off (quiz domain). */
  star: (question: string) => `star:${question}`,
  /** A 党性体检 record (selfcheck domain) or a 学习笔记 (notes domain): the id itself. */
  record: (id: string) => id,
} as const;

/** How long a deletion is remembered, in days. */
export const TOMBSTONE_DAYS = 730;

const DAY_MS = 86_400_000;

/** Tombstones younger than the compaction period at `now`; the same object when none is dropped. */
export function compactTombstones(tombstones: Tombstones, now: Date): Tombstones {
  const horizon = now.getTime() - TOMBSTONE_DAYS * DAY_MS;
  const kept = Object.entries(tombstones).filter(([, at]) => instantMs(at) >= horizon);
  return kept.length === Object.keys(tombstones).length ? tombstones : Object.fromEntries(kept);
}

/** Records that `key` was deleted at `now` (compacting old tombstones on the way). */
export function recordDeletion(tombstones: Tombstones | undefined, key: string, now: Date): Tombstones {
  return { ...compactTombstones(tombstones ?? {}, now), [key]: now.toISOString() };
}

/** Forgets the deletion of `key` (its deletion was undone); the same object when there was none. */
export function forgetDeletion(tombstones: Tombstones | undefined, key: string): Tombstones | undefined {
  if (!tombstones || !Object.hasOwn(tombstones, key)) return tombstones;
  const { [key]: _forgotten, ...rest } = tombstones;
  return rest;
}

/** Both sides' tombstones, the later deletion time per key; `current` itself when `incoming` adds nothing. */
export function mergeTombstones(current: Tombstones | undefined, incoming: Tombstones | undefined): Tombstones | undefined {
  if (!incoming) return current;
  let out: Record<string, string> | undefined;
  for (const [key, at] of Object.entries(incoming)) {
    const mine = current && Object.hasOwn(current, key) ? current[key] : undefined;
    if (mine === undefined || instantMs(at) > instantMs(mine) || (instantMs(at) === instantMs(mine) && at > mine)) (out ??= { ...current })[key] = at;
  }
  return out ?? current;
}

/**
 * Whether a copy of item `key`, last changed at `changedAt`, stays deleted: there is a tombstone no
 * earlier than the change. An item without a change time (a 收藏 star) is deleted by any tombstone.
 */
export function isDeleted(tombstones: Tombstones | undefined, key: string, changedAt?: string): boolean {
  if (!tombstones || !Object.hasOwn(tombstones, key)) return false;
  return changedAt === undefined || instantMs(tombstones[key]) >= instantMs(changedAt);
}

/** `state` with its tombstones set, the field left out when there are none (so old data stays byte-identical). */
export function withTombstones<S extends object>(state: S, deleted: Tombstones | undefined): S {
  const { deleted: _old, ...rest } = state as S & { deleted?: Tombstones };
  return (deleted && Object.keys(deleted).length > 0 ? { ...rest, deleted } : rest) as S;
}

/** How many of the file's items stay deleted: keys the file has that the merged result does not. */
export function stayDeleted(incomingKeys: Iterable<string>, mergedKeys: ReadonlySet<string>): number {
  let n = 0;
  for (const key of incomingKeys) if (!mergedKeys.has(key)) n += 1;
  return n;
}
