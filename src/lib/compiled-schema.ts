/**
 * The browser's copy of our zod schemas. `scripts/lib/schema-compiler.mjs` turns each schema in
 * `src/schemas/` into calls of the builders below when the site is built, so pages validate stored
 * and imported data exactly as zod would (same verdict, same output, same first failing path) without
 * shipping zod itself (about 10 KB gzip on every page). Unit tests compare the two on generated data.
 *
 * A parser returns the parsed value or throws `Invalid` with the path of the first problem, which is
 * the only detail of zod's error the pages use.
 */

/** Parses one value at `path`; throws `Invalid` when it does not fit. */
export type Parser = ((input: unknown, path: PropertyKey[]) => unknown) & { optional?: true };

/** The first problem found, where zod's first issue would be. */
export class Invalid {
  /** Where in the input the problem is. */
  readonly path: PropertyKey[];
  constructor(path: PropertyKey[]) {
    this.path = [...path];
  }
}

function fail(path: PropertyKey[]): never {
  throw new Invalid(path);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's plain-object test for records: JSON objects pass, class instances do not. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** A string between `min` and `max` UTF-16 units long that matches every pattern. */
export function str(min = 0, max = Infinity, patterns: RegExp[] = []): Parser {
  return (v, path) => {
    if (typeof v !== 'string' || v.length < min || v.length > max) fail(path);
    for (const re of patterns) {
      re.lastIndex = 0;
      if (!re.test(v)) fail(path);
    }
    return v;
  };
}

/**
 * A finite number; `int` asks for a safe integer. Each bound is `[value, inclusive, lower]`:
 * `[0, true, true]` is ≥ 0, `[5, false, false]` is < 5.
 */
export function num(int = false, bounds: [number, boolean, boolean][] = []): Parser {
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (int && !Number.isSafeInteger(v))) fail(path);
    for (const [bound, inclusive, lower] of bounds) {
      const ok = lower ? (inclusive ? v >= bound : v > bound) : inclusive ? v <= bound : v < bound;
      if (!ok) fail(path);
    }
    return v;
  };
}

/** `true` or `false`. */
export const bool: Parser = (v, path) => (typeof v === 'boolean' ? v : fail(path));

/** Anything at all (zod's `unknown`). */
export const any: Parser = (v) => v;

/** One of the given values (zod's `literal` and `enum`). */
export function oneOf(values: readonly unknown[]): Parser {
  return (v, path) => (values.includes(v) ? v : fail(path));
}

/** The value may be absent (as an object property) or `undefined`. */
export function optional(inner: Parser): Parser {
  const parse: Parser = (v, path) => (v === undefined ? v : inner(v, path));
  parse.optional = true;
  return parse;
}

/** `null`, or a value `inner` accepts. */
export function nullable(inner: Parser): Parser {
  return (v, path) => (v === null ? v : inner(v, path));
}

/**
 * An array of `element`s, `min` to `max` long. As in zod, an array that is too long fails before
 * its elements are looked at, one that is too short only after them.
 */
export function array(element: Parser, min = 0, max = Infinity): Parser {
  return (v, path) => {
    if (!Array.isArray(v) || v.length > max) fail(path);
    const out = v.map((item, i) => element(item, [...path, i]));
    if (out.length < min) fail(path);
    return out;
  };
}

/** An object with exactly the keys of `shape` in the output; unknown keys are dropped, as in zod. */
export function object(shape: Record<string, Parser>): Parser {
  const keys = Object.keys(shape);
  return (v, path) => {
    if (!isObject(v)) fail(path);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const parse = shape[key]!;
      if (!(key in v)) {
        if (parse.optional) continue;
        fail([...path, key]);
      }
      out[key] = parse(v[key], [...path, key]);
    }
    return out;
  };
}

/**
 * A record. With `keys` (zod's `partialRecord` over an enum) only those keys may appear; otherwise
 * every key must pass `key`. Keys that are not allowed are reported after the values, as zod does.
 */
export function record(key: Parser, value: Parser, keys?: readonly string[]): Parser {
  return (v, path) => {
    if (!isPlainObject(v)) fail(path);
    const out: Record<string, unknown> = {};
    let unrecognized = false;
    for (const k of Object.keys(v)) {
      if (k === '__proto__') continue;
      if (keys) {
        if (!keys.includes(k)) {
          unrecognized = true;
          continue;
        }
      } else {
        key(k, [...path, k]);
      }
      out[k] = value(v[k], [...path, k]);
    }
    if (unrecognized) fail(path);
    return out;
  };
}

/** The first option that accepts the value; options are check-free, so a miss is reported at the union. */
export function union(options: Parser[]): Parser {
  return (v, path) => {
    for (const option of options) {
      try {
        return option(v, path);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
      }
    }
    return fail(path);
  };
}

/** What decoding gets from a schema: zod's `safeParse` result, reduced to what the site reads. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };

/** Wraps a parser in zod's `safeParse` interface. */
export function schema<T = unknown>(parse: Parser): { safeParse(data: unknown): SafeParseResult<T> } {
  return {
    safeParse(data) {
      try {
        return { success: true, data: parse(data, []) as T };
      } catch (error) {
        if (error instanceof Invalid) return { success: false, error: { issues: [{ path: error.path }] } };
        throw error;
      }
    },
  };
}
