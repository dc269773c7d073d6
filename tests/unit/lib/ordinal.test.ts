import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareOrdinal } from '../../../src/lib/ordinal.ts';

describe('compareOrdinal', () => {
  it('orders dates, times and ids as localeCompare does for ASCII codes', () => {
    const codes = ['2026-03-05', '2026-03-05T08:00', '2026-12-01', '2025-12-31', 'a-1', 'a-10', 'a-2', 'b', ''];
    expect([...codes].sort(compareOrdinal)).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
  });

  it('is a consistent order: antisymmetric, zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareOrdinal(a, b)) + Math.sign(compareOrdinal(b, a))).toBe(0);
        expect(compareOrdinal(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
