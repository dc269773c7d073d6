// @vitest-environment node
// The browser validates stored and imported data with compiled copies of our zod schemas
// (scripts/lib/schema-compiler.mjs → src/lib/compiled-schema.ts). Here both judge the same data:
// valid values generated from each schema and from a year of realistic member data, and thousands of
// damaged variants. They must agree on the verdict, the parsed value and the first failing path.
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import * as runtime from '../../../src/lib/compiled-schema.ts';
import { BUILDERS, compileModule, compileSchema, declarations, literal } from '../../../scripts/lib/schema-compiler.mjs';
import { memberData, randomSource } from '../../../scripts/lib/member-archives.mjs';
import * as activity from '../../../src/schemas/activity.ts';
import * as archiveSnapshot from '../../../src/schemas/archive-snapshot.ts';
import * as branch from '../../../src/schemas/branch.ts';
import * as notes from '../../../src/schemas/notes.ts';
import * as planProgress from '../../../src/schemas/plan-progress.ts';
import * as profile from '../../../src/schemas/profile.ts';
import * as quizState from '../../../src/schemas/quiz-state.ts';
import * as reading from '../../../src/schemas/reading.ts';
import * as rectify from '../../../src/schemas/rectify.ts';
import * as selfcheck from '../../../src/schemas/selfcheck.ts';
import * as settings from '../../../src/schemas/settings.ts';

type Zod = z.core.$ZodType & { safeParse(data: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } } };
type Compiled = ReturnType<typeof runtime.schema>;
type Rng = ReturnType<typeof randomSource>;

/** Every schema module the browser loads (stores, archive import, 支部汇总). */
const MODULES = { activity, archiveSnapshot, branch, notes, planProgress, profile, quizState, reading, rectify, selfcheck, settings };

/** Compiles one schema into a live parser, the way the build does. */
function compile(schema: unknown): Compiled {
  const named = new Map();
  const expr = compileSchema(schema, 'test', named);
  const body = `${declarations(named).join('\n')}\nreturn schema(${expr});`;
  const builders = BUILDERS.map((name: string) => (runtime as Record<string, unknown>)[name]);
  return new Function(...BUILDERS, body)(...builders) as Compiled;
}

const isZod = (v: unknown): v is Zod => typeof v === 'object' && v !== null && '_zod' in v;
const schemas = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, v]) => isZod(v))
    .map(([name, v]) => ({ name: `${module}.${name}`, zod: v as Zod, compiled: compile(v) })),
);

// Strings a generated value may use; each schema's string rules pick the ones that fit.
const STRINGS = [
  'plan', 'a', 'dangzhang', 'plan-001', 'p-12', 'art-10', 'sec-3-1', 'member', 'leader', '学习体会', '联系本职工作。',
  '2026-12-01', '2024-02-29', '2026-12-01T08:00:00.000Z', '2026-12-01T16:30:00+08:00', '2026-12', '2026-Q4', '2026', '12:30',
  'n1a2b3', 'pos-1', 'neg-10', 'lxyz:v1:quiz', 'x'.repeat(120), '',
];

/** A valid value for `schema`, or throws naming what it could not make. */
function sample(schema: Zod, rng: Rng, depth = 0): unknown {
  const d = schema._zod.def as Record<string, any>;
  const ok = (v: unknown) => schema.safeParse(v).success;
  switch (d.type) {
    case 'string': {
      const fits = STRINGS.filter(ok);
      if (!fits.length) throw new Error(`no sample string fits ${String(d.format ?? '')} ${JSON.stringify((d.checks ?? []).map((c: any) => String(c._zod.def.pattern ?? c._zod.def.check)))}`);
      return rng.pick(fits);
    }
    case 'number': {
      const fits = [0, 1, 3, 7, 60, 100, 2.5, 86400].filter(ok);
      return rng.pick(fits.length ? fits : [0]);
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'literal':
      return d.values[0];
    case 'enum':
      return rng.pick(Object.values(d.entries));
    case 'unknown':
    case 'any':
      return rng.pick([1, 'x', { due: '2026-12-01T08:00:00.000Z' }, [1, 2], null]);
    case 'optional':
      return rng.chance(0.3) ? undefined : sample(d.innerType, rng, depth);
    case 'nullable':
      return rng.chance(0.2) ? null : sample(d.innerType, rng, depth);
    case 'union':
      return sample(rng.pick(d.options), rng, depth);
    case 'array': {
      const min = Math.max(0, ...(d.checks ?? []).filter((c: any) => c._zod.def.check === 'min_length').map((c: any) => c._zod.def.minimum));
      return Array.from({ length: min + (depth > 3 ? 0 : rng.int(0, 3)) }, () => sample(d.element, rng, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(d.shape)) {
        const value = sample(inner as Zod, rng, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'record': {
      const keyDef = d.keyType._zod.def;
      const keys = keyDef.type === 'enum' ? Object.values(keyDef.entries).filter(() => rng.chance(0.6)) : Array.from({ length: depth > 3 ? 0 : rng.int(0, 3) }, () => sample(d.keyType, rng));
      return Object.fromEntries(keys.map((k) => [k, sample(d.valueType, rng, depth + 1)]));
    }
    default:
      throw new Error(`no sampler for zod type ${d.type}`);
  }
}

/** Every path into a JSON value, the root included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

const DAMAGE: ((v: unknown, rng: Rng) => unknown)[] = [
  () => undefined, // key removed
  () => null,
  () => '',
  () => 'x',
  () => '2026-13-45',
  () => -1,
  () => 1.5,
  () => 1e300,
  () => true,
  () => [],
  () => ({}),
  () => ['a', 1],
  (v) => (typeof v === 'string' ? `${v}!` : v),
  (v) => (typeof v === 'string' ? v.slice(1) : v),
  (v) => (typeof v === 'string' ? 'x'.repeat(5000) : v),
  (v) => (typeof v === 'number' ? v + 0.5 : v),
  (v) => (typeof v === 'number' ? -v - 1 : v),
  (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, unexpected: 1 } : v),
  (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, '': { a: 1 } } : v),
  (v) => (Array.isArray(v) ? [...v, v[0] ?? 1, 'extra'] : v),
  (v) => (Array.isArray(v) ? Object.fromEntries(v.map((x, i) => [i, x])) : v),
];

/** A copy of `value` with the node at `path` changed (undefined removes it). */
function damage(value: unknown, path: (string | number)[], change: (v: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const next = damage(copy[head], rest, change);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Both validators on the same (JSON round-tripped, as stored data always is) input. */
function expectSame(name: string, zod: Zod, compiled: Compiled, input: unknown): boolean {
  const data = input === undefined ? undefined : JSON.parse(JSON.stringify(input));
  const want = zod.safeParse(data);
  const got = compiled.safeParse(data);
  const where = `${name} on ${JSON.stringify(data)?.slice(0, 300)}`;
  expect(got.success, where).toBe(want.success);
  if (want.success && got.success) expect(got.data, where).toEqual(want.data);
  if (!want.success && !got.success) expect(got.error.issues[0]!.path, where).toEqual(want.error!.issues[0]!.path);
  return want.success;
}

describe('compiled schemas agree with zod', () => {
  it.each(schemas.map((s) => [s.name, s] as const))('%s, on generated and damaged values', (name, { zod, compiled }) => {
    const rng = randomSource(name.length * 7919 + name.charCodeAt(0));
    let valid = 0;
    let invalid = 0;
    for (let round = 0; round < 40; round++) {
      const value = sample(zod, rng);
      if (expectSame(name, zod, compiled, value)) valid++;
      const all = paths(value);
      for (let i = 0; i < 15; i++) {
        if (expectSame(name, zod, compiled, damage(value, rng.pick(all), (v) => rng.pick(DAMAGE)(v, rng)))) valid++;
        else invalid++;
      }
    }
    // The test only means something if both kinds of data were seen.
    expect(valid).toBeGreaterThan(40);
    expect(invalid).toBeGreaterThan(100);
  });

  it('agree on a year of realistic member data, whole and damaged', () => {
    const formats: Record<string, Zod> = {
      reading: reading.readingStateSchema, quiz: quizState.quizStateSchema, activity: activity.activityStateSchema, plan: planProgress.planProgressSchema,
      selfcheck: selfcheck.selfcheckStateSchema, rectify: rectify.rectifyStateSchema, notes: notes.notesStateSchema, settings: settings.settingsSchema,
    };
    for (let member = 0; member < 6; member++) {
      const rng = randomSource(100 + member);
      const data = memberData({ rng, year: 2026, until: '2026-11-30', role: member % 3 ? 'member' : 'leader', diligence: 0.3 + member / 10 }) as Record<string, unknown>;
      for (const [domain, zod] of Object.entries(formats)) {
        const compiled = compile(zod);
        expect(expectSame(domain, zod, compiled, data[domain]), domain).toBe(true);
        const all = paths(data[domain]);
        for (let i = 0; i < 60; i++) expectSame(domain, zod, compiled, damage(data[domain], rng.pick(all), (v) => rng.pick(DAMAGE)(v, rng)));
      }
    }
  }, 60_000); // a year of data: seconds on a quiet machine, longer when the machine is busy

  it('agree on every supported feature, including ones our schemas do not use yet', () => {
    const fixture = z.object({
      list: z.array(z.string()).check(z.minLength(2), z.maxLength(3)),
      range: z.number().check(z.gt(0), z.lt(10)),
      whole: z.optional(z.int()),
      maybe: z.nullable(z.union([z.literal('a'), z.array(z.boolean())])),
      byKind: z.partialRecord(z.enum(['x', 'y']), z.number()),
      byName: z.record(z.string().check(z.regex(/^[a-z]+$/)), z.iso.date()),
      any: z.unknown(),
    });
    const compiled = compile(fixture);
    const good = { list: ['a', 'b'], range: 5, whole: 3, maybe: [true], byKind: { x: 1 }, byName: { ab: '2026-02-28' }, any: 0 };
    expect(expectSame('fixture', fixture as Zod, compiled, good)).toBe(true);
    const bad: Record<string, unknown>[] = [
      { list: [1] }, { list: ['a', 'b', 'c', 'd'] }, { list: ['a', 2, 'c', 'd'] }, { range: 0 }, { range: 10 }, { range: 9.99 }, { whole: 1.5 }, { whole: 2 ** 60 },
      { maybe: null }, { maybe: 'b' }, { maybe: [1] }, { byKind: { z: 1 } }, { byKind: { x: 'no', z: 1 } }, { byKind: {} }, { byName: { AB: '2026-01-01' } },
      { byName: { ab: '2026-02-30' } }, { byName: { ab: '2024-02-29', cd: 5 } }, { any: undefined }, { extra: true },
    ];
    for (const change of bad) expectSame('fixture', fixture as Zod, compiled, { ...good, ...change });
  });

  it('agree on inputs that are not objects at all', () => {
    for (const { name, zod, compiled } of schemas) for (const input of [null, 0, 'text', [], true, [{}]]) expectSame(name, zod, compiled, input);
  });
});

describe('the schema compiler', () => {
  const fails = (schema: unknown, what: RegExp) => expect(() => compileSchema(schema, 'fixture')).toThrow(what);

  it('refuses what it cannot copy exactly, naming the schema', () => {
    fails(z.string().check(z.refine((s) => s.length > 2)), /fixture: the check custom/);
    fails(z._default(z.string(), 'x'), /fixture: the zod type default/);
    fails(z.looseObject({ a: z.string() }), /fixture: a loose or strict object/);
    fails(z.record(z.enum(['a', 'b']), z.string()), /fixture: a record that needs every key/);
    fails(z.union([z.string().check(z.minLength(2)), z.number()]), /a union option with checks/);
    fails(z.email(), /fixture: the string format email/);
    fails(z.number().check(z.multipleOf(2)), /fixture: the check multiple_of/);
  });

  it('writes a module: schemas wrapped, other exports kept as values, nested schemas shared', () => {
    const inner = z.object({ at: z.iso.datetime({ offset: true }) });
    const code = compileModule({ LIMIT: 5, KINDS: ['a', 'b'], PATTERN: /^x$/u, innerSchema: inner, outerSchema: z.object({ one: inner, many: z.array(inner) }) }, '/rt.ts');
    expect(code).toMatch(/^import \{ str, .* \} from "\/rt\.ts";/);
    expect(code).toContain('export const LIMIT = 5;');
    expect(code).toContain('export const KINDS = ["a","b"];');
    expect(code).toContain('export const PATTERN = /^x$/u;');
    expect(code).toContain('export const innerSchema = /* @__PURE__ */ schema(');
    expect(code).toContain('export const outerSchema = /* @__PURE__ */ schema(');
    // The datetime pattern appears once, however often the schema uses it.
    expect(code.split('02-29').length - 1).toBe(1);
    expect(() => compileModule({ helper: () => 1 }, '/rt.ts')).toThrow(/helper: an exported function/);
  });

  it('writes values back as the same values', () => {
    const value = { a: [1, 'two', null, true], b: { c: -0.5 }, d: /a\/b/g };
    expect(new Function(`return ${literal(value)}`)()).toEqual(value);
    expect(() => literal(new Date(0))).toThrow(/a class instance/);
  });
});
