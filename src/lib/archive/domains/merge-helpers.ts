/**
 * Small pieces the archive domains share: comparing instants, merging keyed records and counting
 * what a merge added or changed. Pure.
 */
import type { DomainDiff } from '../domain.ts';
import { sameJson } from '../canonical-json.ts';

/** Milliseconds of an ISO instant; an unreadable one sorts as the oldest, so it never wins. */
export function instantMs(iso: string | undefined): number {
  if (iso === undefined) return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * Union of two records by key: a key on one side only is kept as it is; a key on both sides
 * goes to `pick(current, incoming)`. Returns `current` itself when nothing differs, so an
 * import that brings nothing new leaves the stored object untouched.
 */
export function mergeRecords<V>(
  current: Readonly<Record<string, V>>,
  incoming: Readonly<Record<string, V>>,
  pick: (current: V, incoming: V) => V,
): Record<string, V> {
  const out = new Map<string, V>(Object.entries(current));
  for (const [key, value] of Object.entries(incoming)) {
    out.set(key, Object.hasOwn(current, key) ? pick(current[key]!, value) : value);
  }
  const merged = Object.fromEntries(out);
  return sameJson(merged, current) ? (current as Record<string, V>) : merged;
}

/** Items in `after` and not in `before` (added), and items in both that differ or that `after` lost (changed). */
export function recordDiff(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): DomainDiff {
  let added = 0;
  let changed = 0;
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) added++;
    else if (!sameJson(before[key], value)) changed++;
  }
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) changed++;
  return { added, changed };
}

/** The diffs added up. */
export function addDiffs(...diffs: DomainDiff[]): DomainDiff {
  let added = 0;
  let changed = 0;
  let stayDeleted = 0;
  for (const d of diffs) {
    added += d.added;
    changed += d.changed;
    stayDeleted += d.stayDeleted ?? 0;
  }
  return stayDeleted ? { added, changed, stayDeleted } : { added, changed };
}

/** `current` followed by the items of `incoming` whose key it lacks; `current` itself when there are none. */
export function unionBy<V>(current: readonly V[], incoming: readonly V[], key: (item: V) => string): V[] {
  const seen = new Set(current.map(key));
  const fresh: V[] = [];
  for (const item of incoming) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      fresh.push(item);
    }
  }
  return fresh.length === 0 ? (current as V[]) : [...current, ...fresh];
}

/**
 * For a per-device value the file may fill in once (the role, the name): `current` with the file's
 * `field` when this device has none yet, otherwise `current` itself.
 */
export function fillIfMissing<S extends object, K extends keyof S>(current: S, incoming: S, field: K): S {
  if (current[field] !== undefined || incoming[field] === undefined) return current;
  return { ...current, [field]: incoming[field] };
}

/** One item added when {@link fillIfMissing} would fill the field in, else nothing. */
export function fillDiff<S extends object>(current: S, merged: S): DomainDiff {
  return { added: merged === current ? 0 : 1, changed: 0 };
}

