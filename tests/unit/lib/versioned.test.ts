import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decodeVersioned, type VersionedFormat } from '../../../src/lib/versioned.ts';

// A format at version 3 whose history renamed a field (1→2) and split a name (2→3).
const schema = z.object({ version: z.literal(3), first: z.string(), last: z.string() });
const format: VersionedFormat<z.infer<typeof schema>> = {
  version: 3,
  schema,
  migrations: {
    1: (old) => ({ name: old.fullName }),
    2: (old) => {
      const [first, last] = String(old.name).split(' ');
      return { first, last };
    },
  },
};

describe('decodeVersioned', () => {
  it('accepts current data as is', () => {
    expect(decodeVersioned('{"version":3,"first":"a","last":"b"}', format)).toEqual({
      ok: true,
      value: { version: 3, first: 'a', last: 'b' },
    });
  });

  it('runs every migration step from an old version', () => {
    expect(decodeVersioned('{"version":1,"fullName":"张 三"}', format)).toEqual({
      ok: true,
      value: { version: 3, first: '张', last: '三' },
      migratedFrom: 1,
    });
  });

  it.each([
    ['not json {', '不是有效的 JSON'],
    ['[1,2]', '不是对象'],
    ['{"first":"a"}', '缺少版本号'],
    ['{"version":4}', '版本 4 比本站支持的版本 3 新'],
    ['{"version":3,"first":"a"}', '字段 last 不合要求'],
  ])('refuses %s with a reason', (raw, reason) => {
    expect(decodeVersioned(raw, format)).toEqual({ ok: false, reason });
  });

  it('refuses a version it has no migration for', () => {
    expect(decodeVersioned('{"version":1}', { ...format, migrations: {} })).toEqual({ ok: false, reason: '无法从版本 1 升级' });
  });

  it('reports a migration that throws instead of throwing', () => {
    const broken = { ...format, migrations: { ...format.migrations, 2: () => { throw new Error('x'); } } };
    expect(decodeVersioned('{"version":2,"name":"a b"}', broken)).toEqual({ ok: false, reason: '从版本 2 升级失败' });
  });
});

describe('decodeVersioned with salvage', () => {
  const itemSchema = z.object({ id: z.string(), n: z.number() });
  const listFormat: VersionedFormat<{ version: 1; items: { id: string; n: number }[]; byKey: Record<string, { id: string; n: number }>; name: string }> = {
    version: 1,
    schema: z.object({ version: z.literal(1), items: z.array(itemSchema), byKey: z.record(z.string(), itemSchema), name: z.string() }),
  };
  const good = { id: 'a', n: 1 };

  it('keeps the good items and leaves out only the bad ones, counting them', () => {
    const raw = JSON.stringify({ version: 1, items: [good, { id: 'b', n: 'x' }, { id: 'c', n: 3 }], byKey: { k1: good, k2: { id: 5 } }, name: 'x' });
    expect(decodeVersioned(raw, listFormat, { salvage: true })).toEqual({
      ok: true,
      value: { version: 1, items: [good, { id: 'c', n: 3 }], byKey: { k1: good }, name: 'x' },
      setAside: 2,
    });
    // Imports are all or nothing.
    expect(decodeVersioned(raw, listFormat).ok).toBe(false);
  });

  it('refuses as before when the problem is not inside one item', () => {
    const raw = JSON.stringify({ version: 1, items: [{ id: 'b', n: 'x' }], byKey: {}, name: 7 });
    expect(decodeVersioned(raw, listFormat, { salvage: true })).toEqual({ ok: false, reason: '字段 items.0.n 不合要求' });
  });
});
