// The figures `npm run bench:synthetic` prints about a built synthetic site, and whether they meet
// issue 13's targets. Pure: scripts/make-synthetic-site.mjs measures the files and the clock and
// hands the numbers in, so the arithmetic and the verdicts are unit tested on their own
// (tests/unit/scripts/synthetic-figures.test.ts).

/**
 * Issue 13's targets for a site of 2,000 documents. The page target holds at any size; dist/ and
 * build time grow with the number of documents, so they are only judged at (or above) `docs`.
 */
export const TARGETS = Object.freeze({
  /** Documents the targets are stated for. */
  docs: 2000,
  /**
   * Largest raw HTML of one generated document page (3 KiB of text each), in KiB: what a page
   * costs beyond its own text at this many documents. The site's own documents are reported beside
   * it; their size is their text (the plan alone is ≈ 60 KiB at any number of documents).
   */
  docPageKiB: 40,
  /** All of dist/ (pagefind index included), in MiB. */
  distMiB: 100,
  /** Wall-clock `astro build`, in seconds, on a quiet 2-core machine. */
  buildSeconds: 45,
});

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * The median of a list of numbers (the mean of the middle two for an even count); NaN when empty.
 * @param {readonly number[]} values
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Whether the load average sampled during the build says other work competed with it. The build
 * itself keeps about one core busy, so a mean 1-minute load above the number of cores means
 * something else was running and the time is not comparable with a quiet machine's.
 * @param {readonly number[]} samples 1-minute load averages taken while the build ran
 * @param {number} cores logical cores of the machine
 */
export function loadSummary(samples, cores) {
  const mean = samples.length === 0 ? Number.NaN : samples.reduce((a, b) => a + b, 0) / samples.length;
  const max = samples.length === 0 ? Number.NaN : Math.max(...samples);
  return { mean, max, cores, busy: !(mean <= cores) };
}

/**
 * The figures of one synthetic build.
 * @param {{
 *   docs: number,              // synthetic documents generated
 *   distBytes: number,         // every file under dist/
 *   pagefindBytes: number,     // dist/pagefind/
 *   docPageBytes: readonly number[], // dist/documents/syn-<n>/index.html, one size per generated page
 *   otherDocPageBytes?: readonly number[], // the site's own document pages
 *   pages: number,             // HTML pages (index.html files) in dist/
 *   astroMs: number,           // wall-clock astro build
 *   astroCpuMs: number,        // CPU time (user + system) of the astro build process
 *   loadSamples: readonly number[], // 1-minute load averages sampled during the build
 *   cores: number,             // logical cores
 * }} input
 */
export function syntheticFigures(input) {
  const largestOf = (list) => (list.length === 0 ? Number.NaN : Math.max(...list));
  const largest = largestOf(input.docPageBytes);
  const other = input.otherDocPageBytes ?? [];
  const buildSeconds = input.astroMs / 1000;
  return {
    docs: input.docs,
    distMiB: input.distBytes / MIB,
    pagefindMiB: input.pagefindBytes / MIB,
    docPages: input.docPageBytes.length,
    largestDocPageKiB: largest / KIB,
    medianDocPageKiB: median(input.docPageBytes) / KIB,
    otherDocPages: other.length,
    largestOtherDocPageKiB: largestOf(other) / KIB,
    pages: input.pages,
    buildSeconds,
    secondsPer1000Pages: input.pages > 0 ? (buildSeconds / input.pages) * 1000 : Number.NaN,
    cpuSeconds: input.astroCpuMs / 1000,
    load: loadSummary(input.loadSamples, input.cores),
  };
}

/**
 * Each target with the measured value and its verdict: `met`, `NOT met`, or `not judged` (dist/ and
 * build time below the target's number of documents). `size` verdicts are what `--check` enforces;
 * the build time is reported but depends on the machine.
 * @param {ReturnType<typeof syntheticFigures>} figures
 * @param {typeof TARGETS} [targets]
 */
export function verdicts(figures, targets = TARGETS) {
  const atScale = figures.docs >= targets.docs;
  const judge = (value, limit, scaled) => {
    if (scaled && !atScale) return 'not judged';
    return value <= limit ? 'met' : 'NOT met';
  };
  return [
    { name: 'largest generated document page', kind: 'size', value: figures.largestDocPageKiB, unit: 'KiB', limit: targets.docPageKiB, verdict: judge(figures.largestDocPageKiB, targets.docPageKiB, false) },
    { name: 'dist/', kind: 'size', value: figures.distMiB, unit: 'MiB', limit: targets.distMiB, verdict: judge(figures.distMiB, targets.distMiB, true) },
    { name: 'astro build', kind: 'time', value: figures.buildSeconds, unit: 's', limit: targets.buildSeconds, verdict: judge(figures.buildSeconds, targets.buildSeconds, true) },
  ];
}

/**
 * Whether `--check` fails: a size target measured and missed (a page with no figure counts as missed).
 * @param {ReturnType<typeof verdicts>} list
 */
export function sizeTargetMissed(list) {
  return list.some((v) => v.kind === 'size' && v.verdict === 'NOT met');
}

const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/**
 * The report, one line each.
 * @param {ReturnType<typeof syntheticFigures>} figures
 * @param {ReturnType<typeof verdicts>} list
 * @param {typeof TARGETS} [targets]
 */
export function formatReport(figures, list, targets = TARGETS) {
  const { load } = figures;
  const lines = [
    `documents: ${figures.docs} synthetic; HTML pages: ${figures.pages}`,
    `dist/: ${fixed(figures.distMiB)} MiB (pagefind index ${fixed(figures.pagefindMiB)} MiB)`,
    `generated document pages (${figures.docPages}): largest ${fixed(figures.largestDocPageKiB)} KiB, median ${fixed(figures.medianDocPageKiB)} KiB of HTML`,
    `the site's own document pages (${figures.otherDocPages}): largest ${fixed(figures.largestOtherDocPageKiB)} KiB`,
    `astro build: ${fixed(figures.buildSeconds)} s, ${fixed(figures.secondsPer1000Pages)} s per 1,000 pages; CPU time ${fixed(figures.cpuSeconds)} s`,
    `load average during the build: mean ${fixed(load.mean, 2)}, max ${fixed(load.max, 2)} on ${load.cores} cores` +
      (load.busy ? ' — BUSY machine: the time is not a quiet-machine figure' : ' (quiet)'),
  ];
  for (const v of list) {
    const at =
      v.verdict === 'not judged'
        ? ` (target is for ${targets.docs.toLocaleString('en')} documents)`
        : v.kind === 'time' && load.busy
          ? ' (on a busy machine)'
          : '';
    lines.push(`target ${v.name} ≤ ${v.limit} ${v.unit}: ${fixed(v.value)} ${v.unit} — ${v.verdict}${at}`);
  }
  return lines;
}
