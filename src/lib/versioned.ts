
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
export type DecodeResult<T> = { ok: true; value: T; migratedFrom?: number } | { ok: false; reason: string };

/**
 * Parses, migrates and validates a stored string. Never throws: the caller decides what to do with
 * data it cannot use (keep it aside and tell the member), so nothing is lost silently.
 */
export function decodeVersioned<T>(raw: string, format: VersionedFormat<T>): DecodeResult<T> {
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
  const parsed = format.schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `字段 ${issue?.path.map(String).join('.') || '(根)'} 不合要求` };
  }
  return stored === format.version
    ? { ok: true, value: parsed.data }
    : { ok: true, value: parsed.data, migratedFrom: stored };
}
