import { describe, expect, it } from 'vitest';
import { fontLimits, readerView } from '../../../src/lib/reader-view.ts';

const visitedAt = '2026-11-28T01:00:00.000Z';
const units = ['p-1', 'p-2', 'p-3', 'p-4'];

describe('reader view', () => {
  it('starts at 0 % with nothing read before the first visit', () => {
    expect(readerView(undefined, units)).toEqual({ learned: false, percent: 0, allRead: false });
  });

  it('counts only current units, rounding down, and suggests marking once all are read', () => {
    expect(readerView({ read: ['p-1', 'old-7'], visitedAt }, units)).toEqual({ learned: false, percent: 25, allRead: false });
    expect(readerView({ read: ['p-1', 'p-2', 'p-3'], visitedAt }, units).percent).toBe(75);
    expect(readerView({ read: [...units], visitedAt }, units)).toEqual({ learned: false, percent: 100, allRead: true });
  });

  it('shows 100 % once learned, read or not, with the time it was marked', () => {
    const learnedAt = '2026-11-29T02:00:00.000Z';
    expect(readerView({ read: ['p-1'], visitedAt, learnedAt }, units)).toEqual({ learned: true, learnedAt, percent: 100, allRead: false });
  });

  it('never suggests marking a document without reading units', () => {
    expect(readerView({ read: [], visitedAt }, [])).toEqual({ learned: false, percent: 0, allRead: false });
  });
});

describe('font limits', () => {
  it('stops at the smallest and the largest of the sizes', () => {
    expect(fontLimits(0, 5)).toEqual({ smaller: false, larger: true });
    expect(fontLimits(2, 5)).toEqual({ smaller: true, larger: true });
    expect(fontLimits(4, 5)).toEqual({ smaller: true, larger: false });
  });
});
