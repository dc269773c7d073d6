
/** Upgrades stored data written by version `from` to version `from + 1`. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** What decoding needs of a schema; both zod and zod/mini schemas fit. */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/** How to read one domain's stored JSON: its current schema, version and the steps up to it. */
export interface VersionedFormat<T> {
  /** The version written today; stored data carries it in a `version` field. */
  version: number;
  /** Validates data of the current version. */
  schema: Validator<T>;
  /** `migrations[n]` turns version n into version n + 1. */
  migrations?: Record<number, Migration>;
}

/** The result of reading stored JSON: the value, or why it could not be used. */
export type DecodeResult<T> =
  | {
      ok: true;
      value: T;
      migratedFrom?: number;
      /**
       * With `salvage`: how many single items (an entry of a list or of a keyed record) were
       * unreadable and left out, the rest kept. Absent when nothing was left out.
       */
      setAside?: number;
    }
  | { ok: false; reason: string };

/** Options for {@link decodeVersioned}. */
export interface DecodeOptions {
  /**
   * Keep the good items when only some are bad: an entry of a top-level list or keyed record that
   * fails validation is left out and the rest is used. Off for imported files, which are
   * accepted whole or not at all; on for the member's own stored data, where one bad 整改 item
   * must not reset the whole list.
   */
  salvage?: boolean;
}

/** Most passes of leaving bad items out; each pass removes every item the last validation named. */
const SALVAGE_PASSES = 5;

/**
 * Leaves out of `record` the items named by validation issues: `path[0]` is a top-level field
 * and `path[1]` the list index or record key of the bad item. Returns how many were removed
 * (0 when an issue is not inside such an item, so nothing can be salvaged).
 */
function dropBadItems(record: Record<string, unknown>, paths: readonly (readonly PropertyKey[])[]): number {
  const bad = new Map<string, Set<PropertyKey>>();
  for (const path of paths) {
    if (path.length < 2 || typeof path[0] !== 'string') return 0;
    const container = record[path[0]];
    if (typeof container !== 'object' || container === null) return 0;
    const items = bad.get(path[0]) ?? new Set<PropertyKey>();
    items.add(path[1]!);
    bad.set(path[0], items);
  }
  let removed = 0;
  for (const [field, items] of bad) {
    const container = record[field];
    if (Array.isArray(container)) {
      const kept = container.filter((_, i) => !items.has(i));
      removed += container.length - kept.length;
      record[field] = kept;
    } else {
      const copy = { ...(container as Record<string, unknown>) };
      for (const key of items) {
        if (typeof key === 'string' && Object.hasOwn(copy, key)) {
          delete copy[key];
          removed += 1;
        }
      }
      record[field] = copy;
    }
  }
  return removed;
}

/**
 * Parses, migrates and validates a stored string. Never throws: the caller decides what to do with
 * data it cannot use (keep it aside and tell the member), so nothing is lost silently.
 */
export function decodeVersioned<T>(raw: string, format: VersionedFormat<T>, options: DecodeOptions = {}): DecodeResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: '不是有效的 JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: '不是对象' };
  }
  let record = data as Record<string, unknown>;
  const stored = record.version;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
    return { ok: false, reason: '缺少版本号' };
  }
  if (stored > format.version) {
    // Written by a newer site; downgrading would drop fields we do not know.
    return { ok: false, reason: `版本 ${stored} 比本站支持的版本 ${format.version} 新` };
  }
  for (let v = stored; v < format.version; v++) {
    const step = format.migrations?.[v];
    if (!step) return { ok: false, reason: `无法从版本 ${v} 升级` };
    try {
      record = { ...step(record), version: v + 1 };
    } catch {
      return { ok: false, reason: `从版本 ${v} 升级失败` };
    }
  }
  let parsed = format.schema.safeParse(record);
  let setAside = 0;
  if (!parsed.success && options.salvage) {
    const first = parsed;
    // A shallow copy is enough: dropBadItems replaces each list or record it changes.
    const salvaged = { ...record };
    for (let pass = 0; pass < SALVAGE_PASSES && !parsed.success; pass++) {
      const removed = dropBadItems(salvaged, parsed.error.issues.map((i) => i.path));
      if (removed === 0) break;
      setAside += removed;
      parsed = format.schema.safeParse(salvaged);
    }
    if (!parsed.success) {
      parsed = first;
      setAside = 0;
    }
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `字段 ${issue?.path.map(String).join('.') || '(根)'} 不合要求` };
  }
  return {
    ok: true,
    value: parsed.data,
    ...(stored === format.version ? {} : { migratedFrom: stored }),
    ...(setAside > 0 ? { setAside } : {}),
  };
}
