import { describe, expect, it } from 'vitest';
import { addDiffs, instantMs, mergeRecords, recordDiff, unionBy } from '../../../../../src/lib/archive/domains/merge-helpers.ts';

describe('merge helpers', () => {
  it('instantMs: an unreadable or missing instant is the oldest', () => {
    expect(instantMs('2026-01-01T00:00:00.000Z')).toBe(Date.UTC(2026, 0, 1));
    expect(instantMs('2026-01-01T08:00:00+08:00')).toBe(Date.UTC(2026, 0, 1));
    expect(instantMs('nope')).toBe(Number.NEGATIVE_INFINITY);
    expect(instantMs(undefined)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('mergeRecords: union, pick on both sides, the same object when nothing changes', () => {
    const current = { a: 1, b: 5 };
    expect(mergeRecords(current, { b: 7, c: 3 }, Math.max)).toEqual({ a: 1, b: 7, c: 3 });
    expect(mergeRecords(current, { b: 2 }, Math.max)).toBe(current);
    // `__proto__` from parsed JSON stays a plain key and pollutes nothing.
    const evil = JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    const merged = mergeRecords<unknown>({}, evil, (x) => x);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('recordDiff: added, changed, and lost keys count as changed', () => {
    expect(recordDiff({ a: 1, b: { x: 1 }, gone: 1 }, { a: 1, b: { x: 2 }, c: 3 })).toEqual({ added: 1, changed: 2 });
    expect(recordDiff({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual({ added: 0, changed: 0 });
  });

  it('unionBy keeps this side first and returns it unchanged when nothing is new', () => {
    const here = ['a', 'b'];
    expect(unionBy(here, ['b', 'c', 'c'], (x) => x)).toEqual(['a', 'b', 'c']);
    expect(unionBy(here, ['a'], (x) => x)).toBe(here);
  });

  it('addDiffs sums', () => {
    expect(addDiffs({ added: 1, changed: 2 }, { added: 3, changed: 0 })).toEqual({ added: 4, changed: 2 });
    expect(addDiffs()).toEqual({ added: 0, changed: 0 });
  });
});
