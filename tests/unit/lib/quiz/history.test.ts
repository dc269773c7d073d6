import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beijingMonth, capAttempts, foldMonths, mergeSummaries, summaryByQuestion, type AttemptSummary } from '../../../../src/lib/quiz/history.ts';
import { quizStats, type AttemptRecord } from '../../../../src/lib/quiz/stats.ts';
import { mergeQuiz, EMPTY_QUIZ_ARCHIVE } from '../../../../src/lib/archive/domains/quiz.ts';
import { canonicalJson } from '../../../../src/lib/archive/canonical-json.ts';

const at = (q: string, t: string, ok = true): AttemptRecord => ({ q, t, ok, m: 'practice' });

describe('answer history cap', () => {
  it('reads the month in Beijing time', () => {
    expect(beijingMonth('2026-01-31T16:30:00Z')).toBe('2026-02');
    expect(beijingMonth('2026-01-31T15:30:00Z')).toBe('2026-01');
  });

  it('folds whole old months, oldest first, until the cap holds, never the current month; statistics stay the same', () => {
    const attempts = [at('a', '2026-01-05T00:00:00Z'), at('a', '2026-01-06T00:00:00Z', false), at('b', '2026-02-01T00:00:00Z'), at('a', '2026-03-01T00:00:00Z'), at('b', '2026-03-02T00:00:00Z')];
    const now = new Date('2026-03-10T00:00:00Z');
    const capped = capAttempts(attempts, undefined, now, 3);
    expect(capped.attempts).toEqual(attempts.slice(2));
    expect(capped.summary).toEqual({ '2026-01': { a: [2, 1] } });
    const all = capAttempts(attempts, undefined, now, 0);
    expect(all.attempts).toEqual(attempts.slice(3));
    const doc = () => 'd';
    expect(quizStats(all.attempts, doc, all.summary)).toEqual(quizStats(attempts, doc));
    // Under the cap nothing changes, not even the objects.
    expect(capAttempts(attempts, undefined, now, 10).attempts).toBe(attempts);
  });

  it('a very active member stays bounded: a year of 200 answers a day keeps at most the cap plus one month raw', () => {
    const attempts: AttemptRecord[] = [];
    let summary: AttemptSummary | undefined;
    let kept: readonly AttemptRecord[] = [];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let day = 0; day < 365; day++) {
      const batch = Array.from({ length: 200 }, (_, i) => at(`q-${i % 500}`, new Date(start + day * 86_400_000 + i * 1000).toISOString(), i % 3 > 0));
      const next = capAttempts([...kept, ...batch], summary, new Date(start + day * 86_400_000 + 3_600_000));
      kept = next.attempts;
      summary = next.summary;
      attempts.push(...batch);
    }
    expect(kept.length).toBeLessThanOrEqual(2000 + 31 * 200);
    expect(quizStats(kept, () => 'd', summary)).toEqual(quizStats(attempts, () => 'd'));
  }, 60_000); // a year of answers: seconds on a quiet machine, longer when the machine is busy

  it('merges folded months: a month folded on one side folds the other side’s raw answers, never overcounting', () => {
    const a = { ...EMPTY_QUIZ_ARCHIVE, attempts: [at('x', '2026-03-01T00:00:00Z')], summary: { '2026-01': { x: [2, 1] as [number, number] } } };
    const b = { ...EMPTY_QUIZ_ARCHIVE, attempts: [at('x', '2026-01-03T00:00:00Z'), at('x', '2026-01-04T00:00:00Z'), at('x', '2026-01-05T00:00:00Z')] };
    const ab = mergeQuiz(a, b);
    expect(ab.attempts).toEqual([at('x', '2026-03-01T00:00:00Z')]);
    expect(ab.summary).toEqual({ '2026-01': { x: [3, 3] } });
    expect(canonicalJson(mergeQuiz(b, a))).toBe(canonicalJson(ab));
    expect(mergeQuiz(ab, ab)).toBe(ab);
    expect(mergeQuiz(ab, a)).toBe(ab);
  });

  it('summary merge is commutative and idempotent (property)', () => {
    const summary = fc.dictionary(fc.constantFrom('2026-01', '2026-02'), fc.dictionary(fc.constantFrom('a', 'b'), fc.tuple(fc.nat(5), fc.nat(5)), { minKeys: 1 }));
    fc.assert(
      fc.property(summary, summary, (x, y) => {
        const xy = mergeSummaries(x, y);
        return canonicalJson(xy) === canonicalJson(mergeSummaries(y, x)) && canonicalJson(mergeSummaries(xy, xy)) === canonicalJson(xy) && canonicalJson(mergeSummaries(xy, x)) === canonicalJson(xy);
      }),
    );
    expect(summaryByQuestion({ '2026-01': { a: [2, 1] }, '2026-02': { a: [1, 1] } }).get('a')).toEqual([3, 2]);
    expect(foldMonths([], undefined, new Set(['2026-01'])).summary).toBeUndefined();
  });
});
