/**
 * JSON with object keys in a fixed order, so the same data always gives the same text: the
 * archive checksum is computed over it, and merges compare values with it.
 */

/**
 * `value` as JSON with every object's keys sorted (by UTF-16 code units, as `Array.sort` does).
 * Follows `JSON.stringify` otherwise: `undefined` and functions are left out of objects and
 * become `null` in arrays, `toJSON` is honoured.
 */
export function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  }
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives undefined for undefined and functions; at the top level that is null.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (skipped(item) ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => !skipped(record[key]))
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Whether two JSON values are equal, whatever the order of their object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}
