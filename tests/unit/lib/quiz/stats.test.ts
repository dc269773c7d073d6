import { describe, expect, it } from 'vitest';
import { quizStats, type AttemptRecord } from '../../../../src/lib/quiz/stats.ts';

const documents: Record<string, string> = { 'plan-001': 'plan', 'plan-002': 'plan', 'dangzhang-001': 'dangzhang' };
const documentOf = (id: string) => documents[id];
const at = (q: string, ok: boolean, m: AttemptRecord['m'] = 'practice'): AttemptRecord => ({ q, t: '2026-03-01T02:00:00Z', ok, m });

describe('quizStats', () => {
  it('is empty, with no accuracy, before any answer', () => {
    expect(quizStats([], documentOf)).toEqual({ answered: 0, distinct: 0, correct: 0, accuracy: null, byDocument: {} });
  });

  it('counts attempts, distinct questions and accuracy per document', () => {
    const stats = quizStats(
      [at('plan-001', false), at('plan-001', true, 'wrong'), at('plan-002', true, 'daily'), at('dangzhang-001', false, 'exam')],
      documentOf,
    );
    expect(stats).toEqual({
      answered: 4,
      distinct: 3,
      correct: 2,
      accuracy: 0.5,
      byDocument: { plan: { answered: 3, correct: 2 }, dangzhang: { answered: 1, correct: 0 } },
    });
  });

  it('keeps the history of removed questions under the empty key', () => {
    const stats = quizStats([at('plan-001', true), at('old-001', true), at('old-002', false)], documentOf);
    expect(stats.answered).toBe(3);
    expect(stats.correct).toBe(2);
    expect(stats.accuracy).toBeCloseTo(2 / 3);
    expect(stats.byDocument['']).toEqual({ answered: 2, correct: 1 });
  });
});
