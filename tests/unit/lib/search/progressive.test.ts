import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CandidateChecker,
  fetchWindow,
  MAX_WINDOW,
  MIN_WINDOW,
  PRIOR_RESULTS_PER_PAGE,
  resultCount,
  type Candidate,
  type CheckProgress,
} from '../../../../src/lib/search/progressive.ts';

/** Candidates whose "page" is its weight (0 = no match), loading after a given delay. */
function candidates(weights: readonly number[], delays: readonly number[] = []) {
  const started: number[] = [];
  let inFlight = 0;
  let most = 0;
  const list: Candidate<{ i: number; w: number }>[] = weights.map((w, i) => ({
    data: async () => {
      started.push(i);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, delays[i % Math.max(1, delays.length)] ?? 0));
      inFlight--;
      return { i, w };
    },
  }));
  return { list, started, most: () => most };
}
const checkerOf = (list: Candidate<{ i: number; w: number }>[]) =>
  new CandidateChecker(list, (p) => (p.w > 0 ? p : null), (p) => p.w);

const weights = fc.array(fc.nat({ max: 4 }), { maxLength: 60 });
const delays = fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 7 });

describe('window sizing', () => {
  it('fetches nothing once the screen is full, and between the bounds otherwise', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), fc.nat({ max: 500 }), (want, found, checked) => {
        const n = fetchWindow({ want, found: checked === 0 ? 0 : found, checked });
        if (found >= want && checked > 0) expect(n).toBe(0);
        else if (want > 0) {
          expect(n).toBeGreaterThanOrEqual(MIN_WINDOW);
          expect(n).toBeLessThanOrEqual(MAX_WINDOW);
        }
      }),
    );
  });

  it('fetches about what the rate so far says is needed, and the most when nothing matched yet', () => {
    expect(fetchWindow({ want: 20, found: 0, checked: 0 })).toBe(10);
    expect(fetchWindow({ want: 20, found: 10, checked: 10 })).toBe(10);
    expect(fetchWindow({ want: 20, found: 18, checked: 6 })).toBe(MIN_WINDOW);
    expect(fetchWindow({ want: 20, found: 0, checked: 8 })).toBe(MAX_WINDOW);
  });
});

describe('window sizing from what each page is expected to give', () => {
  it('fetches the pages whose expected results fill the screen, at most the maximum', () => {
    expect(fetchWindow({ want: 20, found: 0, checked: 0, ahead: [6, 6, 6, 6, 6, 6] })).toBe(4);
    expect(fetchWindow({ want: 20, found: 19, checked: 3, expectedChecked: 19, ahead: [6, 6] })).toBe(1);
    expect(fetchWindow({ want: 20, found: 0, checked: 0, ahead: [1, 1, 1, 1, 1, 1, 1, 1, 1] })).toBe(9);
    expect(fetchWindow({ want: 20, found: 0, checked: 0, ahead: Array(40).fill(1) })).toBe(MAX_WINDOW);
    expect(fetchWindow({ want: 20, found: 0, checked: 0, ahead: [1, 1] })).toBe(2);
    expect(fetchWindow({ want: 20, found: 20, checked: 4, expectedChecked: 20, ahead: [1, 1] })).toBe(0);
  });

  it('scales the expectations by how the checked pages turned out', () => {
    // Checked pages gave half what they promised: 10 more results need 20 promised.
    expect(fetchWindow({ want: 20, found: 10, checked: 4, expectedChecked: 20, ahead: Array(20).fill(2) })).toBe(10);
    // None of what was promised: fetch the most.
    expect(fetchWindow({ want: 20, found: 0, checked: 4, expectedChecked: 8, ahead: Array(20).fill(2) })).toBe(MAX_WINDOW);
  });

  it('with every page expected to give the prior, fetches what the rate alone says, less the overlap minimum', () => {
    // Found by fast-check: 5 pages at 0.2 each must make up the 1 result missing, despite rounding.
    expect(fetchWindow({ want: 6, found: 5, checked: 25, ahead: Array(MAX_WINDOW).fill(PRIOR_RESULTS_PER_PAGE), expectedChecked: 25 * PRIOR_RESULTS_PER_PAGE })).toBe(fetchWindow({ want: 6, found: 5, checked: 25 }));
    // Found by fast-check: 42 ÷ (14 ÷ 5) rounded to 15.000000000000002 on the rate path.
    expect(fetchWindow({ want: 56, found: 14, checked: 5 })).toBe(15);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.nat({ max: 60 }), fc.nat({ max: 40 }), (want, found, checked) => {
        const f = checked === 0 ? 0 : found;
        const ahead = Array(MAX_WINDOW).fill(PRIOR_RESULTS_PER_PAGE);
        const n = fetchWindow({ want, found: f, checked, ahead, expectedChecked: checked * PRIOR_RESULTS_PER_PAGE });
        const byRate = fetchWindow({ want, found: f, checked });
        if (byRate === 0) expect(n).toBe(0);
        else if (byRate > MIN_WINDOW) expect(n).toBe(byRate);
        else expect(n).toBeLessThanOrEqual(MIN_WINDOW);
      }),
    );
  });

  it('fetches fewer pages for the first screen when the index says they hold many results', async () => {
    const { list, started } = candidates(Array(40).fill(5));
    const checker = checkerOf(list.map((c) => ({ ...c, expected: 5 })));
    await checker.fill(20);
    expect(checker.progress().found).toBe(20);
    expect(started.length).toBe(MIN_WINDOW);
  });
});

describe('checking candidates progressively', () => {
  it('stops once the results weigh enough, or all are checked; results are always a prefix, in order', async () => {
    await fc.assert(
      fc.asyncProperty(weights, delays, fc.integer({ min: 1, max: 30 }), async (ws, ds, want) => {
        const { list, started, most } = candidates(ws, ds);
        const checker = checkerOf(list);
        await checker.fill(want);
        const p = checker.progress();
        const prefix = ws.slice(0, p.checked);
        expect(p.results.map((r) => r.i)).toEqual(prefix.flatMap((w, i) => (w > 0 ? [i] : [])));
        expect(p.found).toBe(prefix.reduce((a, b) => a + b, 0));
        // Stopped at the first candidate that made the weight enough, or at the end.
        if (p.found >= want) expect(p.found - (ws[p.checked - 1] ?? 0)).toBeLessThan(want);
        else expect(checker.complete).toBe(true);
        // Never fetched a page twice, nor more than a window ahead.
        expect(new Set(started).size).toBe(started.length);
        expect(most()).toBeLessThanOrEqual(MAX_WINDOW);
        expect(checker.fetched).toBeLessThanOrEqual(Math.min(ws.length, p.checked + MAX_WINDOW));
      }),
      { numRuns: 60 },
    );
  });

  it('ends, after any sequence of asks (even overlapping ones), with exactly the matching candidates', async () => {
    await fc.assert(
      fc.asyncProperty(weights, delays, fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 5 }), async (ws, ds, asks) => {
        const { list, started } = candidates(ws, ds);
        const checker = checkerOf(list);
        const seen: CheckProgress<{ i: number }>[] = [];
        // Asked at once: each continues where the one before stopped.
        await Promise.all(asks.map((a, k) => checker.fill(a * (k + 1), (p) => seen.push(p))));
        await checker.fill(Infinity, (p) => seen.push(p));
        expect(checker.complete).toBe(true);
        expect(checker.progress().results.map((r) => r.i)).toEqual(ws.flatMap((w, i) => (w > 0 ? [i] : [])));
        expect([...started].sort((a, b) => a - b)).toEqual(ws.map((_, i) => i));
        // Progress only grows: what was shown is never taken back.
        for (let k = 1; k < seen.length; k++) {
          expect(seen[k]!.checked).toBeGreaterThanOrEqual(seen[k - 1]!.checked);
          expect(seen[k]!.results.slice(0, seen[k - 1]!.results.length)).toEqual(seen[k - 1]!.results);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('fetches few pages for a first screen when most candidates match', async () => {
    const { list, started } = candidates(Array.from({ length: 500 }, () => 1));
    const checker = checkerOf(list);
    await checker.fill(20);
    expect(checker.checked).toBe(20);
    expect(started.length).toBeLessThanOrEqual(20 + MAX_WINDOW);
  });

  it('stays at a page that failed to load, and loads it again on the next ask', async () => {
    let fail = true;
    const list: Candidate<number>[] = [1, 2, 3].map((n) => ({
      data: () => (n === 2 && fail ? Promise.reject(new Error('offline')) : Promise.resolve(n)),
    }));
    const checker = new CandidateChecker(list, (n) => n);
    await expect(checker.fill(10)).rejects.toThrow('offline');
    expect(checker.checked).toBe(1);
    expect(checker.complete).toBe(false);
    fail = false;
    await checker.fill(10);
    expect(checker.progress().results).toEqual([1, 2, 3]);
  });
});

describe('the count', () => {
  it('says "at least" while candidates remain, and "none" only when all were checked', () => {
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (found, complete) => {
        const c = resultCount(found, complete);
        expect(c.count).toBe(found);
        expect(c.kind).toBe(!complete ? 'atLeast' : found > 0 ? 'exact' : 'none');
      }),
    );
  });
});
