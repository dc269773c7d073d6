// @vitest-environment node
// The figures and verdicts of `npm run bench:synthetic` (scripts/lib/synthetic-figures.mjs).
import { describe, expect, it } from 'vitest';
import { TARGETS, formatReport, loadSummary, median, sizeTargetMissed, syntheticFigures, verdicts } from '../../../scripts/lib/synthetic-figures.mjs';

const KIB = 1024;
const MIB = 1024 * 1024;

const base = {
  docs: 2000,
  distBytes: 80 * MIB,
  pagefindBytes: 20 * MIB,
  docPageBytes: [30 * KIB, 10 * KIB, 20 * KIB],
  // The site's own documents are reported, not judged: their size is their text.
  otherDocPageBytes: [62 * KIB, 5 * KIB],
  pages: 2500,
  astroMs: 40_000,
  astroCpuMs: 52_500,
  loadSamples: [1, 1.5, 2],
  cores: 2,
};

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, without reordering the input', () => {
    const odd = [3, 1, 2];
    expect(median(odd)).toBe(2);
    expect(odd).toEqual([3, 1, 2]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('loadSummary', () => {
  it('calls the machine busy when the mean load is above the number of cores', () => {
    expect(loadSummary([1, 2, 3], 2)).toEqual({ mean: 2, max: 3, cores: 2, busy: false });
    expect(loadSummary([2, 3, 4], 2).busy).toBe(true);
    // No samples (a build shorter than the first sample): not a figure to trust.
    expect(loadSummary([], 2).busy).toBe(true);
  });
});

describe('syntheticFigures', () => {
  it('converts sizes and times and works out the rate per 1,000 pages', () => {
    const f = syntheticFigures(base);
    expect(f.distMiB).toBe(80);
    expect(f.pagefindMiB).toBe(20);
    expect(f.largestDocPageKiB).toBe(30);
    expect(f.medianDocPageKiB).toBe(20);
    expect(f.docPages).toBe(3);
    expect(f.otherDocPages).toBe(2);
    expect(f.largestOtherDocPageKiB).toBe(62);
    expect(f.buildSeconds).toBe(40);
    expect(f.secondsPer1000Pages).toBe(16);
    expect(f.load.mean).toBe(1.5);
  });
});

describe('verdicts', () => {
  it('meets every target at their limits', () => {
    const f = syntheticFigures({ ...base, distBytes: 100 * MIB, docPageBytes: [40 * KIB], astroMs: 45_000 });
    const list = verdicts(f);
    expect(list.map((v) => v.verdict)).toEqual(['met', 'met', 'met']);
    expect(sizeTargetMissed(list)).toBe(false);
  });

  it('fails --check on a page or dist/ over its limit, not on build time', () => {
    const page = verdicts(syntheticFigures({ ...base, docPageBytes: [40 * KIB + 1] }));
    expect(page[0]!.verdict).toBe('NOT met');
    expect(sizeTargetMissed(page)).toBe(true);
    const dist = verdicts(syntheticFigures({ ...base, distBytes: 100 * MIB + 1 }));
    expect(dist[1]!.verdict).toBe('NOT met');
    expect(sizeTargetMissed(dist)).toBe(true);
    const slow = verdicts(syntheticFigures({ ...base, astroMs: 136_000 }));
    expect(slow[2]!.verdict).toBe('NOT met');
    expect(sizeTargetMissed(slow)).toBe(false);
  });

  it('judges dist/ and build time only at the targets’ number of documents, the page size always', () => {
    const list = verdicts(syntheticFigures({ ...base, docs: 200, distBytes: 500 * MIB, astroMs: 999_000, docPageBytes: [217 * KIB] }));
    expect(list.map((v) => v.verdict)).toEqual(['NOT met', 'not judged', 'not judged']);
    expect(sizeTargetMissed(list)).toBe(true);
  });

  it('counts a build without document pages as missing the page target', () => {
    expect(sizeTargetMissed(verdicts(syntheticFigures({ ...base, docPageBytes: [] })))).toBe(true);
  });
});

describe('formatReport', () => {
  it('prints every figure and flags a time taken on a busy machine', () => {
    const quiet = syntheticFigures(base);
    const text = formatReport(quiet, verdicts(quiet)).join('\n');
    expect(text).toContain('dist/: 80.0 MiB (pagefind index 20.0 MiB)');
    expect(text).toContain('largest 30.0 KiB, median 20.0 KiB');
    expect(text).toContain("the site's own document pages (2): largest 62.0 KiB");
    expect(text).toContain('astro build: 40.0 s, 16.0 s per 1,000 pages; CPU time 52.5 s');
    expect(text).toContain('(quiet)');
    expect(text).toContain(`target astro build ≤ ${TARGETS.buildSeconds} s: 40.0 s — met`);
    const busy = syntheticFigures({ ...base, loadSamples: [9] });
    const busyText = formatReport(busy, verdicts(busy)).join('\n');
    expect(busyText).toContain('BUSY machine');
    expect(busyText).toContain('— met (on a busy machine)');
  });
});
