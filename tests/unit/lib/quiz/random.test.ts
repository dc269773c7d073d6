import { describe, expect, it } from 'vitest';
import { mulberry32, sample, seedFromString, shuffled } from '../../../../src/lib/quiz/random.ts';

describe('seedFromString', () => {
  it('is FNV-1a 32-bit over UTF-8', () => {
    // Published FNV-1a test vectors.
    expect(seedFromString('')).toBe(0x811c9dc5);
    expect(seedFromString('a')).toBe(0xe40c292c);
    expect(seedFromString('foobar')).toBe(0xbf9cf968);
    expect(seedFromString('学习')).not.toBe(seedFromString('学'));
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    // Roughly uniform: the mean of 1000 draws is near 0.5.
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeGreaterThan(0.45);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeLessThan(0.55);
  });
});

describe('shuffled and sample', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('shuffles a copy, keeping every item', () => {
    const out = shuffled(items, mulberry32(1));
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(out).not.toEqual(items);
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, mulberry32(1))).toEqual(out);
  });

  it('samples distinct items, at most all of them', () => {
    const picked = sample(items, 5, mulberry32(7));
    expect(picked).toHaveLength(5);
    expect(new Set(picked).size).toBe(5);
    expect(picked.every((x) => items.includes(x))).toBe(true);
    expect(sample(items, 5, mulberry32(7))).toEqual(picked);
    expect(sample(items, 50, mulberry32(7)).sort((x, y) => x - y)).toEqual(items);
    expect(sample(items, 0, mulberry32(7))).toEqual([]);
    expect(sample(items, -3, mulberry32(7))).toEqual([]);
  });

  it('gives every item a fair chance', () => {
    const counts = new Array<number>(items.length).fill(0);
    const rand = mulberry32(99);
    for (let i = 0; i < 4000; i += 1) for (const x of sample(items, 5, rand)) counts[x]! += 1;
    // Expected 1000 each; a biased pick (e.g. always the first items) falls far outside.
    for (const c of counts) {
      expect(c).toBeGreaterThan(850);
      expect(c).toBeLessThan(1150);
    }
  });
});
