import { describe, expect, it } from 'vitest';
import { diffReading, mergeReading, mergeReadingDoc, readingDomain } from '../../../../../src/lib/archive/domains/reading.ts';
import type { ReadingDoc, ReadingState } from '../../../../../src/schemas/reading.ts';

const at = (h: number) => new Date(Date.UTC(2026, 10, 28, h)).toISOString();
const doc = (read: string[], visitedH: number, extra: Partial<ReadingDoc> = {}): ReadingDoc => ({ read, visitedAt: at(visitedH), ...extra });
const state = (docs: Record<string, ReadingDoc>, last?: string): ReadingState => (last ? { version: 1, docs, last } : { version: 1, docs });

describe('reading merge rules', () => {
  it('reads: the union of units read on either device, this device’s order first', () => {
    expect(mergeReadingDoc(doc(['p-1', 'p-3'], 1), doc(['p-2', 'p-3'], 2)).read).toEqual(['p-1', 'p-3', 'p-2']);
  });

  it('position and visit time come from the newer visit', () => {
    const older = doc(['p-1'], 1, { position: 'p-1' });
    const newer = doc(['p-1'], 5, { position: 'p-9' });
    expect(mergeReadingDoc(older, newer)).toMatchObject({ position: 'p-9', visitedAt: at(5) });
    expect(mergeReadingDoc(newer, older)).toMatchObject({ position: 'p-9', visitedAt: at(5) });
  });

  it('the older position stands in when the newer visit has none', () => {
    expect(mergeReadingDoc(doc([], 1, { position: 'p-4' }), doc([], 5)).position).toBe('p-4');
  });

  it('learned if either side marked it, at the earlier time', () => {
    expect(mergeReadingDoc(doc([], 1), doc([], 2, { learnedAt: at(2) })).learnedAt).toBe(at(2));
    expect(mergeReadingDoc(doc([], 3, { learnedAt: at(3) }), doc([], 2, { learnedAt: at(2) })).learnedAt).toBe(at(2));
    expect(mergeReadingDoc(doc([], 3), doc([], 2)).learnedAt).toBeUndefined();
  });

  it('keeps documents read on one side only, and `last` follows the newer visit', () => {
    const here = state({ plan: doc(['p-1'], 1) }, 'plan');
    const file = state({ dangzhang: doc(['art-1'], 4) }, 'dangzhang');
    const merged = mergeReading(here, file);
    expect(Object.keys(merged.docs).sort()).toEqual(['dangzhang', 'plan']);
    expect(merged.last).toBe('dangzhang');
    expect(mergeReading(file, here).last).toBe('dangzhang');
    expect(mergeReading(state({}), here).last).toBe('plan');
    expect(mergeReading(here, state({})).last).toBe('plan');
  });

  it('the domain plugs in with the same rules', () => {
    expect(readingDomain.key).toBe('reading');
    expect(readingDomain.merge).toBe(mergeReading);
    expect(readingDomain.empty).toEqual({ version: 1, docs: {} });
  });
});

describe('reading merge laws', () => {
  const a = state({ plan: doc(['p-1', 'p-2'], 1, { position: 'p-2', learnedAt: at(1) }), dangzhang: doc(['art-1'], 3) }, 'dangzhang');
  const b = state({ plan: doc(['p-3'], 2, { position: 'p-3' }), zhunze: doc(['art-2'], 4, { learnedAt: at(4) }) }, 'zhunze');

  it('is idempotent: merge(a, a) is a itself, and merging b twice is merging it once', () => {
    expect(mergeReading(a, a)).toBe(a);
    const once = mergeReading(a, b);
    expect(mergeReading(once, b)).toEqual(once);
    expect(mergeReading(once, b)).toBe(once);
    expect(mergeReading(once, a)).toEqual(once);
  });

  it('is commutative for documents that do not overlap', () => {
    const left = state({ plan: doc(['p-1'], 1, { learnedAt: at(1) }) }, 'plan');
    const right = state({ dangzhang: doc(['art-1'], 2, { position: 'art-1' }) }, 'dangzhang');
    expect(mergeReading(left, right)).toEqual(mergeReading(right, left));
  });
});

describe('reading diff', () => {
  it('counts documents added and documents changed', () => {
    const here = state({ plan: doc(['p-1'], 1), dangzhang: doc(['art-1'], 1) });
    const file = state({
      plan: doc(['p-1', 'p-2'], 2), // a unit more: changed
      dangzhang: doc(['art-1'], 0), // nothing new: unchanged
      zhunze: doc(['art-1'], 1), // new document: added
    });
    expect(diffReading(here, file)).toEqual({ added: 1, changed: 1 });
  });

  it('is zero once the file has been merged', () => {
    const here = state({ plan: doc(['p-1'], 1) });
    const file = state({ plan: doc(['p-2'], 2, { learnedAt: at(2) }), zhunze: doc([], 1) });
    expect(diffReading(here, file)).toEqual({ added: 1, changed: 1 });
    expect(diffReading(mergeReading(here, file), file)).toEqual({ added: 0, changed: 0 });
    expect(diffReading(state({}), state({}))).toEqual({ added: 0, changed: 0 });
  });
});
