/**
 * Progressive checking of search candidates. Pagefind answers a query with candidate pages
 * (see index-query.ts); each costs a fragment download before exact search can tell whether it
 * really holds the query. At 2,000 documents a common word has hundreds of candidates, so checking
 * them all before showing anything is slow and heavy. Instead candidates are checked in Pagefind's
 * order only until a screen of results is found; more are checked when the member asks.
 * Pure: the pages come through the `data()` functions it is given; no DOM, no storage.
 */

/** Results on the first screen, and added by every 加载更多. */
export const SCREEN_RESULTS = 20;
/** Most candidate pages fetched at once. */
export const MAX_WINDOW = 16;
/** Fewest candidate pages fetched at once while results are still wanted, when nothing tells what each holds. */
export const MIN_WINDOW = 4;
/**
 * Results a candidate page is assumed to give before any was checked. Most candidates do hold the
 * query (character pairs are selective), and a matching page usually has one or two matching
 * sections; assuming 2 fetches about half a screen's worth of pages first.
 */
export const PRIOR_RESULTS_PER_PAGE = 2;

/** What the window sizing looks at. */
export interface WindowInput {
  /** Results wanted in all (the screen being filled). */
  want: number;
  /** Results found among the pages checked so far. */
  found: number;
  /** Candidate pages checked so far. */
  checked: number;
  /**
   * Results each unchecked candidate is expected to give, in order from the first unchecked one
   * (at least the next {@link MAX_WINDOW}); without it every page is expected to give
   * {@link PRIOR_RESULTS_PER_PAGE}.
   */
  ahead?: readonly number[];
  /** What the checked candidates were expected to give, in all; with `ahead`. */
  expectedChecked?: number;
}

/**
 * How many candidate pages should be in flight to fill the screen; 0 once `found` reaches `want`,
 * never more than {@link MAX_WINDOW}. With `ahead`, exactly the pages whose expected results make
 * up what is missing, each page's expectation scaled by how the checked pages turned out against
 * their own (found ÷ expected): the index's estimate is good enough that pages fetched beyond it
 * are mostly bytes for nothing, and a page that falls short costs one more, smaller round. Without
 * it, the rate seen so far (results per checked page; {@link PRIOR_RESULTS_PER_PAGE} before any),
 * and at least {@link MIN_WINDOW} so a few requests overlap. A scale or rate of zero (nothing
 * matched yet) fetches the most at once, as many more pages may be needed.
 *
 * @example fetchWindow({ want: 20, found: 0, checked: 0 }) // 10
 * @example fetchWindow({ want: 20, found: 18, checked: 6 }) // 4: one page is likely enough, but a few overlap
 * @example fetchWindow({ want: 20, found: 0, checked: 0, ahead: [6, 6, 6, 6, 6, 6] }) // 4
 */
export function fetchWindow({ want, found, checked, ahead, expectedChecked = 0 }: WindowInput): number {
  if (found >= want) return 0;
  if (!ahead) {
    // (missing × checked) ÷ found rather than missing ÷ (found ÷ checked): the rate rounded first
    // made 42 ÷ 2.8 come to 15.000000000000002, one page too many.
    const pagesNeeded = checked > 0 ? ((want - found) * checked) / found : (want - found) / PRIOR_RESULTS_PER_PAGE;
    return Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, Number.isFinite(pagesNeeded) ? Math.ceil(pagesNeeded) : MAX_WINDOW));
  }
  const scale = checked > 0 && expectedChecked > 0 ? found / expectedChecked : 1;
  if (scale <= 0) return MAX_WINDOW;
  let missing = want - found;
  let pages = 0;
  // Fractions of a result left by rounding (5 pages × 0.2 leaves 5.6e-17) are not a result missing.
  while (missing > 1e-9 && pages < ahead.length && pages < MAX_WINDOW) missing -= ahead[pages++]! * scale;
  return Math.max(1, pages);
}

/** A candidate page: its record loads on demand (Pagefind's result `data()`). */
export interface Candidate<P> {
  data(): Promise<P>;
  /**
   * Results the page is expected to give, known before it is loaded (from the index: how often
   * the query's words occur on it); {@link PRIOR_RESULTS_PER_PAGE} when absent.
   */
  expected?: number;
}

/** Progress of a {@link CandidateChecker}, as reported after each batch. */
export interface CheckProgress<R> {
  /** Verified results, in candidate order. */
  results: R[];
  /** Candidates checked (loaded and verified) so far: always a prefix of the candidate list. */
  checked: number;
  /** Candidates in all. */
  candidates: number;
  /** Sum of the results' weights (e.g. the hits of page groups). */
  found: number;
}

const expectedOf = (candidate: Candidate<unknown>) => candidate.expected ?? PRIOR_RESULTS_PER_PAGE;

/**
 * Checks candidates in order, each loaded with `data()` and turned into a result (or null) by
 * `verify`. {@link fill} checks until the results weigh at least a given amount or every candidate
 * is checked; pages are fetched ahead in a window sized by {@link fetchWindow} from what each is expected to give, and pages fetched
 * ahead but not yet checked are kept for the next `fill`, never fetched twice. Results are always
 * those of a prefix of the candidates, in their order, so what is shown never changes order as
 * more arrive, and the full list, once every candidate is checked, is exactly the verified ones.
 */
export class CandidateChecker<P, R> {
  private readonly pending: Promise<P>[] = [];
  private readonly found: R[] = [];
  private weight = 0;
  private position = 0;
  /** What the checked candidates were expected to give, in all. */
  private expectedChecked = 0;
  private running: Promise<void> = Promise.resolve();

  /**
   * @param candidates Candidate pages in the order results are to be shown.
   * @param verify The result for a loaded page, or null when it does not match.
   * @param weigh How many results one verified result counts for (default 1).
   */
  constructor(
    private readonly candidates: readonly Candidate<P>[],
    private readonly verify: (page: P) => R | null,
    private readonly weigh: (result: R) => number = () => 1,
  ) {}

  /** Candidates checked so far. */
  get checked(): number {
    return this.position;
  }

  /** True once every candidate is checked: the results are then the full list. */
  get complete(): boolean {
    return this.position >= this.candidates.length;
  }

  /** Candidate pages whose download was started, checked or not. */
  get fetched(): number {
    return this.pending.length;
  }

  /** The current progress. */
  progress(): CheckProgress<R> {
    return { results: [...this.found], checked: this.position, candidates: this.candidates.length, found: this.weight };
  }

  /**
   * Checks candidates until the results weigh at least `want` or all are checked, calling
   * `onProgress` whenever a page adds results and after the last page of the call. Calls run one
   * after another: a second `fill` while one runs continues from where the first stopped. Rejects
   * when a page cannot be loaded; the checker then stays at that page, so a later call retries it.
   */
  fill(want: number, onProgress?: (p: CheckProgress<R>) => void): Promise<void> {
    const run = this.running.catch(() => undefined).then(() => this.fillNow(want, onProgress));
    this.running = run;
    return run;
  }

  private startFetches(want: number): void {
    const ahead = this.candidates.slice(this.position, this.position + MAX_WINDOW).map(expectedOf);
    const window = fetchWindow({ want, found: this.weight, checked: this.position, ahead, expectedChecked: this.expectedChecked });
    const until = Math.min(this.candidates.length, this.position + window);
    while (this.pending.length < until) {
      const page = this.candidates[this.pending.length]!.data();
      // Awaited in order; one failing while an earlier one is awaited must not surface as unhandled.
      page.catch(() => undefined);
      this.pending.push(page);
    }
  }

  private async fillNow(want: number, onProgress?: (p: CheckProgress<R>) => void): Promise<void> {
    let reported = true;
    while (this.weight < want && !this.complete) {
      this.startFetches(want);
      let page: P;
      try {
        page = await this.pending[this.position]!;
      } catch (error) {
        // Fetched again on the next call: a failed download is not a page without the query.
        this.pending.length = this.position;
        throw error;
      }
      this.expectedChecked += expectedOf(this.candidates[this.position]!);
      this.position += 1;
      reported = false;
      const result = this.verify(page);
      if (result !== null) {
        this.found.push(result);
        this.weight += this.weigh(result);
        onProgress?.(this.progress());
        reported = true;
      }
    }
    if (!reported) onProgress?.(this.progress());
  }
}

/** How the result count reads: `atLeast` while candidates are unchecked, `exact` once all are. */
export interface ResultCount {
  kind: 'atLeast' | 'exact' | 'none';
  /** Results found. */
  count: number;
}

/**
 * The count to show: "at least" the results found while unchecked candidates remain, the exact
 * count when all are checked, and "none" only when all are checked and none matched (an unchecked
 * candidate may still hold the query).
 *
 * @example resultCount(20, false) // { kind: 'atLeast', count: 20 }
 * @example resultCount(0, true)   // { kind: 'none', count: 0 }
 */
export function resultCount(found: number, complete: boolean): ResultCount {
  if (!complete) return { kind: 'atLeast', count: found };
  return { kind: found > 0 ? 'exact' : 'none', count: found };
}
