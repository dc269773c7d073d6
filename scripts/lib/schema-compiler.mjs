// Turns zod schemas into calls of the builders in src/lib/compiled-schema.ts, so the browser validates
// with the same rules without loading zod. Only the zod features our stored-data schemas use are
// supported; anything else stops the build with the schema's name instead of being approximated.

/** Builder names the generated code uses, all exported by src/lib/compiled-schema.ts. */
export const BUILDERS = ['str', 'num', 'bool', 'any', 'oneOf', 'optional', 'nullable', 'array', 'object', 'record', 'union', 'schema'];

const def = (s) => s._zod.def;
const checksOf = (s) => (def(s).checks ?? []).map((c) => c._zod.def);

function unsupported(where, what) {
  throw new Error(`schema-compiler: ${where}: ${what} is not supported; extend src/lib/compiled-schema.ts and this compiler`);
}

/** JavaScript source for a JSON-like value, a RegExp, or a nesting of them. */
export function literal(value, where = 'value') {
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return `[${value.map((v, i) => literal(v, `${where}[${i}]`)).join(',')}]`;
  if (value === undefined) return 'undefined';
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) unsupported(where, 'a class instance');
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${literal(v, `${where}.${k}`)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  if (['string', 'number', 'boolean'].includes(typeof value) || value === null) return JSON.stringify(value);
  return unsupported(where, `a ${typeof value}`);
}

function lengths(s, where) {
  let min = 0;
  let max = Infinity;
  const patterns = [];
  for (const check of checksOf(s)) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum);
    else if (check.check === 'max_length') max = Math.min(max, check.maximum);
    else if (check.check === 'string_format' && check.format === 'regex') patterns.push(check.pattern);
    else unsupported(where, `the check ${check.check}${check.format ? `/${check.format}` : ''}`);
  }
  return { min, max, patterns };
}

function args(list) {
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return list.map((a) => (a === undefined ? 'undefined' : a)).join(',');
}

/**
 * Source of an expression that builds a parser equivalent to `s`.
 *
 * @param s a zod (or zod/mini) schema
 * @param where its name, for error messages
 * @param named variables already declared: schemas by identity and expressions by source text; the
 *   expressions this call creates are added (declare them in insertion order, see `declarations`)
 */
export function compileSchema(s, where, named = new Map()) {
  if (!named.has(s)) named.set(s, share(named, build(s, where, named)));
  return named.get(s);
}

/** Long expressions built twice get one variable (kept in `named` under their source text). */
function share(named, expr) {
  if (expr.length < 24) return expr;
  if (!named.has(expr)) named.set(expr, `$${named.size}`);
  return named.get(expr);
}

function build(s, where, named) {
  const d = def(s);
  const at = (k) => `${where}.${k}`;
  switch (d.type) {
    case 'string': {
      const { min, max, patterns } = lengths(s, where);
      if (d.format) {
        if (!['datetime', 'date', 'time', 'regex'].includes(d.format) || !(d.pattern instanceof RegExp)) unsupported(where, `the string format ${d.format}`);
        patterns.unshift(d.pattern);
      }
      return `str(${args([min || undefined, max === Infinity ? undefined : max, patterns.length ? literal(patterns) : undefined])})`;
    }
    case 'number': {
      let int = d.format === 'safeint';
      if (d.format && !int) unsupported(where, `the number format ${d.format}`);
      const bounds = [];
      for (const check of checksOf(s)) {
        if (check.check === 'number_format' && check.format === 'safeint') int = true;
        else if (check.check === 'greater_than' || check.check === 'less_than') bounds.push([check.value, check.inclusive, check.check === 'greater_than']);
        else unsupported(where, `the check ${check.check}`);
      }
      return `num(${args([int ? '1' : undefined, bounds.length ? literal(bounds) : undefined])})`;
    }
    case 'boolean':
      if (checksOf(s).length) unsupported(where, 'checks on a boolean');
      return 'bool';
    case 'unknown':
    case 'any':
      return 'any';
    case 'literal':
      return `oneOf(${literal(d.values)})`;
    case 'enum':
      return `oneOf(${literal(Object.values(d.entries))})`;
    case 'optional':
      return `optional(${compileSchema(d.innerType, where, named)})`;
    case 'nullable':
      return `nullable(${compileSchema(d.innerType, where, named)})`;
    case 'array': {
      const { min, max, patterns } = lengths(s, where);
      if (patterns.length) unsupported(where, 'a pattern on an array');
      return `array(${args([compileSchema(d.element, `${where}[]`, named), min || undefined, max === Infinity ? undefined : max])})`;
    }
    case 'object': {
      if (d.catchall) unsupported(where, 'a loose or strict object');
      if (checksOf(s).length) unsupported(where, 'checks on an object');
      const shape = Object.entries(d.shape).map(([k, v]) => `${JSON.stringify(k)}:${compileSchema(v, at(k), named)}`);
      return `object({${shape.join(',')}})`;
    }
    case 'record': {
      if (d.mode === 'loose') unsupported(where, 'a loose record');
      if (checksOf(s).length) unsupported(where, 'checks on a record');
      const keyValues = def(d.keyType).type === 'enum' ? Object.values(def(d.keyType).entries) : undefined;
      if (keyValues && !d.partial) unsupported(where, 'a record that needs every key of an enum');
      if (!keyValues && def(d.keyType).type !== 'string') unsupported(where, `record keys of type ${def(d.keyType).type}`);
      const key = keyValues ? 'any' : compileSchema(d.keyType, `${where}{key}`, named);
      return `record(${args([key, compileSchema(d.valueType, `${where}{}`, named), keyValues ? literal(keyValues) : undefined])})`;
    }
    case 'union': {
      // zod reports a union's miss inside an option when that option failed only a check; we
      // report it at the union, which is the same only for check-free options.
      for (const option of d.options) assertCheckFree(option, `${where}|`);
      if (d.discriminator || d.inclusive === false) unsupported(where, 'a discriminated or exclusive union');
      return `union([${d.options.map((o, i) => compileSchema(o, `${where}|${i}`, named)).join(',')}])`;
    }
    default:
      return unsupported(where, `the zod type ${d.type}`);
  }
}

function assertCheckFree(s, where) {
  const d = def(s);
  if (checksOf(s).length || (d.type === 'string' && d.format)) unsupported(where, 'a union option with checks');
  for (const inner of [d.innerType, d.element, d.valueType, ...Object.values(d.shape ?? {}), ...(d.options ?? [])]) {
    if (inner) assertCheckFree(inner, where);
  }
}

/** True for a zod schema object. */
export const isZodSchema = (value) => typeof value === 'object' && value !== null && typeof value._zod?.def?.type === 'string';

/**
 * A whole module's source: each exported schema becomes `schema(<parser>)` and each other export
 * keeps its value. Exported schemas nested in others are referenced, not copied.
 *
 * @param exports the schema module's exports (`import * as`)
 * @param runtime import specifier of src/lib/compiled-schema.ts
 * @param reexports `export … from` statements copied from the source (kept as they are)
 * @param skip names those statements export
 */
export function compileModule(exports, runtime, reexports = [], skip = new Set()) {
  const entries = Object.entries(exports).filter(([name]) => !skip.has(name));
  // Smaller schemas first, so a schema exported on its own and nested in a bigger one is built once.
  const schemas = entries.filter(([, v]) => isZodSchema(v)).sort(([, a], [, b]) => size(a) - size(b));
  const named = new Map();
  const parsers = new Map(schemas.map(([name, value]) => [name, compileSchema(value, name, named)]));
  const lines = [`import { ${BUILDERS.join(', ')} } from ${JSON.stringify(runtime)};`, ...reexports, ...declarations(named)];
  for (const [name, value] of entries) {
    if (typeof value === 'function') unsupported(name, 'an exported function in a schema module');
    lines.push(isZodSchema(value) ? `export const ${name} = /* @__PURE__ */ schema(${parsers.get(name)});` : `export const ${name} = ${literal(value, name)};`);
  }
  return `${lines.join('\n')}\n`;
}

/** `const` statements for the shared expressions `compileSchema` recorded, in dependency order. */
export function declarations(named) {
  return [...named].filter(([key]) => typeof key === 'string').map(([expr, name]) => `const ${name} = /* @__PURE__ */ ${expr};`);
}

/** How many schema nodes `s` has, counting nested ones. */
function size(s) {
  const d = def(s);
  const inner = [d.innerType, d.element, d.keyType, d.valueType, ...Object.values(d.shape ?? {}), ...(d.options ?? [])].filter(Boolean);
  return 1 + inner.reduce((sum, i) => sum + size(i), 0);
}
