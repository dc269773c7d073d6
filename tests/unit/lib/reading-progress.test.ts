import { describe, expect, it } from 'vitest';
import { docProgress, EMPTY_READING, learnedCount, recordPosition, recordRead, setLearned } from '../../../src/lib/reading-progress.ts';
import { readingStateSchema } from '../../../src/schemas/reading.ts';

const now = new Date('2026-11-28T01:00:00.000Z');
const later = new Date('2026-11-28T02:00:00.000Z');

describe('reading progress', () => {
  it('adds read units without duplicates and remembers the last document', () => {
    const a = recordRead(EMPTY_READING, 'plan', ['p-1', 'p-2'], now);
    const b = recordRead(a, 'plan', ['p-2', 'p-3'], later);
    expect(b.docs.plan?.read).toEqual(['p-1', 'p-2', 'p-3']);
    expect(b.docs.plan?.visitedAt).toBe(later.toISOString());
    expect(b.last).toBe('plan');
    expect(readingStateSchema.parse(b)).toEqual(b);
  });

  it('returns the same state when nothing new was read, so stores do not write', () => {
    const a = recordRead(EMPTY_READING, 'plan', ['p-1'], now);
    expect(recordRead(a, 'plan', ['p-1'], later)).toBe(a);
    const b = recordPosition(a, 'plan', 'p-1', now);
    expect(recordPosition(b, 'plan', 'p-1', later)).toBe(b);
  });

  it('marks and unmarks a document as learned', () => {
    const learned = setLearned(EMPTY_READING, 'dangzhang', true, now);
    expect(learned.docs.dangzhang?.learnedAt).toBe(now.toISOString());
    const undone = setLearned(learned, 'dangzhang', false, later);
    expect(undone.docs.dangzhang).not.toHaveProperty('learnedAt');
    expect(learnedCount(learned, ['dangzhang', 'plan'])).toBe(1);
    expect(learnedCount(undone, ['dangzhang', 'plan'])).toBe(0);
  });

  it('counts only units that still exist in the document', () => {
    const state = recordRead(EMPTY_READING, 'plan', ['p-1', 'p-2', 'p-99'], now);
    expect(docProgress(state.docs.plan, ['p-1', 'p-2', 'p-3'])).toEqual({ read: 2, total: 3, percent: 66 });
    expect(docProgress(undefined, ['p-1'])).toEqual({ read: 0, total: 1, percent: 0 });
    expect(docProgress(undefined, [])).toEqual({ read: 0, total: 0, percent: 0 });
  });
});
