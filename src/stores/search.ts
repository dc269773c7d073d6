import { atom } from 'nanostores';
import { startExactSearch, type ExactGroup, type ExactSession, type RelatedResult } from '../lib/search/exact.ts';
import { SCREEN_RESULTS, type CheckProgress } from '../lib/search/progressive.ts';
import { queryTerms } from '../lib/search/normalize.ts';
import type { QuickDoc, QuickTarget } from '../lib/search/quick-jump-types.ts';
import { loadPagefind, takeMissedFiles } from './search-pagefind.ts';

/** Filters the member set; empty strings mean "all". */
export interface SearchFilters {
  category: string;
  audience: string;
  /** Document id, filtered on the result URL. */
  document: string;
}

/** Everything the search panel shows. Not persisted: a search is not study data. */
export interface SearchState {
  /**
   * `idle` before a query; `loading` until the first screen of results is found (or every
   * candidate is checked); `done` from then on, also while more are loaded on request; `error`
   * when the index failed.
   */
  status: 'idle' | 'loading' | 'done' | 'error';
  /** The query as typed. */
  query: string;
  /** Exact hits grouped by page, in Pagefind's order: those of the candidates checked so far. */
  groups: ExactGroup[];
  /** Loose results, only when every candidate was checked and none matched exactly. */
  related: RelatedResult[];
  /** Direct jumps to a document or article. */
  quick: QuickTarget[];
  /** Where Enter goes instead of searching: the first quick jump, when the query names it or is a reference. */
  enter: string | null;
  /** Candidate pages checked so far, and how many there are. */
  checked: number;
  candidates: number;
  /** True once every candidate is checked: `groups` is then the full list and its count exact. */
  complete: boolean;
  /** True while 加载更多 is checking further candidates. */
  loadingMore: boolean;
  /**
   * True when the last 加载更多 could not load a candidate page (offline, and the page was never
   * fetched): the results shown stay, and 加载更多 can be asked again; it resumes at that page.
   */
  moreFailed: boolean;
  /** With `error`: whether Pagefind itself could not be loaded or the index files a query needs. */
  failed: 'program' | 'index' | null;
}

/** Filters with nothing selected. */
export const NO_FILTERS: SearchFilters = { category: '', audience: '', document: '' };
/** State before any query. */
export const IDLE_SEARCH: SearchState = { status: 'idle', query: '', groups: [], related: [], quick: [], enter: null, checked: 0, candidates: 0, complete: false, loadingMore: false, moreFailed: false, failed: null };

/** The current search. */
export const $search = atom<SearchState>(IDLE_SEARCH);

const QUICK_URL = '/search/quick.json';
const QUICK_SHARD_URL = (key: string) => `/search/quick/${key}.json`;
/**
 * Longest wait, once a search's first exact results are ready, for its quick jumps to be shown
 * first (they sit above the results: arriving after them, they would push them down). They are
 * asked for at once and are far smaller than the index, so they are nearly always there first.
 */
const QUICK_FIRST_MS = 1_500;
/** The quick-jump matcher and the choice of list a query needs. */
type QuickModule = Pick<typeof import('../lib/search/quick-jump.ts'), 'quickJump' | 'enterTarget'> & Pick<typeof import('../lib/search/quick-jump-shards.ts'), 'quickListFor'>;
/** The quick-jump matcher (it brings fuse.js), and the lists loaded so far by address. */
let quickModule: Promise<QuickModule> | null = null;
const quickLists = new Map<string, Promise<QuickDoc[]>>();
let generation = 0;
/** The candidates of the search shown, kept so 加载更多 can check further ones. */
let session: { generation: number; exact: ExactSession } | null = null;
/** The search now running or last finished: an identical request joins it instead of starting over. */
let latest: { key: string; done: Promise<void> } | null = null;

/** The quick-jump matcher; a failed load is forgotten so a later search tries again. */
function loadQuickModule(): Promise<QuickModule> {
  quickModule ??= Promise.all([import('../lib/search/quick-jump.ts'), import('../lib/search/quick-jump-shards.ts')])
    .then(([{ quickJump, enterTarget }, { quickListFor }]) => ({ quickJump, enterTarget, quickListFor }))
    .catch((error: unknown) => {
      quickModule = null;
      throw error;
    });
  return quickModule;
}

/** A quick-jump list, fetched once; a failed fetch is forgotten so a later search tries again. */
function loadQuickList(url: string): Promise<QuickDoc[]> {
  let list = quickLists.get(url);
  if (!list) {
    list = fetch(url).then((r) => (r.ok ? (r.json() as Promise<QuickDoc[]>) : Promise.reject(new Error(`${r.status}`))));
    list.catch(() => quickLists.delete(url));
    quickLists.set(url, list);
  }
  return list;
}

/**
 * Quick-jump suggestions for a query; never rejects. Only the list the query
 * needs is fetched: the full one for a reference, else the shard of its first character (see
 * `quickListFor`); a shard that cannot be loaded (offline: the service worker keeps only the full
 * list) falls back to the full list. Nothing when neither list nor the matcher can be loaded.
 */
async function quickSuggestions(query: string): Promise<Pick<SearchState, 'quick' | 'enter'>> {
  try {
    const module = await loadQuickModule();
    const which = module.quickListFor(query);
    if (which === null) return { quick: [], enter: null };
    const docs =
      which === 'full' ? await loadQuickList(QUICK_URL) : await loadQuickList(QUICK_SHARD_URL(which.shard)).catch(() => loadQuickList(QUICK_URL));
    const quick = module.quickJump(query, docs);
    return { quick, enter: module.enterTarget(query, quick) };
  } catch {
    return { quick: [], enter: null };
  }
}

/**
 * Starts loading the index, and the quick-jump matcher, before the member finishes typing. Once
 * the matcher is loading, every search asks it for suggestions at once (see `search`).
 */
export function warmUpSearch(): void {
  void loadPagefind().catch(() => undefined);
  void loadQuickModule().catch(() => undefined);
}

/** Starts loading the index only: the box has focus, which may not be the member's doing (autofocus). */
export function warmUpIndex(): void {
  void loadPagefind().catch(() => undefined);
}

/**
 * Runs a search. A newer call supersedes an older one still running: its results are dropped.
 * The same query with the same filters as the search running or shown joins it (the search page
 * starts its ?q= search before the panel hydrates, and the panel asks again); after an error, or
 * once the box was cleared, it runs anew.
 */
export function runSearch(query: string, filters: SearchFilters = NO_FILTERS): Promise<void> {
  const key = JSON.stringify([query, filters]);
  const status = $search.get().status;
  if (latest?.key === key && (status === 'loading' || status === 'done')) return latest.done;
  const done = search(query, filters);
  latest = { key, done };
  return done;
}

async function search(query: string, filters: SearchFilters): Promise<void> {
  const mine = ++generation;
  session = null;
  const current = () => mine === generation;
  const terms = queryTerms(query);
  if (terms.length === 0) {
    $search.set({ ...IDLE_SEARCH, query });
    return;
  }
  const shown = $search.get();
  $search.set({ ...IDLE_SEARCH, status: 'loading', query, ...(shown.query === query ? { quick: shown.quick, enter: shown.enter } : {}) });
  // Asked beside the index, and shown before the exact results: the list sits above them, and
  // arriving after them it would push them down under the member's finger.
  const quickFirst = suggestQuickJumps();
  const pfFilters: Record<string, string[]> = {};
  if (filters.category) pfFilters.category = [filters.category];
  if (filters.audience) pfFilters.audience = [filters.audience];
  const accept = (g: ExactGroup) => !filters.document || g.url === `/documents/${filters.document}/`;
  try {
    // Once Pagefind and the candidate pages are loaded, a search runs entirely in microtasks and
    // would replace `loading` before the page ever showed it; one task boundary lets it show.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!current()) return;
    takeMissedFiles();
    const backend = await loadPagefind().catch((error: unknown) => {
      if (current()) $search.set({ ...$search.get(), status: 'error', failed: 'program' });
      throw error;
    });
    const exact = await startExactSearch(backend, terms, { filters: pfFilters, accept });
    if (!current()) return;
    session = { generation: mine, exact };
    await check(exact, SCREEN_RESULTS, current, Promise.race([quickFirst, new Promise((resolve) => setTimeout(resolve, QUICK_FIRST_MS))]));
  } catch {
    if (current() && $search.get().status !== 'error') $search.set({ ...$search.get(), status: 'error', failed: 'index' });
  }
}

/**
 * Asks for the quick-jump suggestions of the search shown. The promise settles once they are
 * shown (none, when they cannot be loaded) or the search was superseded; it never rejects.
 */
async function suggestQuickJumps(): Promise<void> {
  const mine = generation;
  const suggestions = await quickSuggestions($search.get().query);
  if (mine === generation) $search.set({ ...$search.get(), ...suggestions });
}

/**
 * Checks candidates until the results weigh `want` hits or all are checked, publishing results
 * as they are verified (none before `shownAfter` settles: checking goes on meanwhile), then marks
 * the search done. Throws when an index file or page is missing: the answer would be incomplete,
 * an error rather than "none".
 */
async function check(exact: ExactSession, want: number, current: () => boolean, shownAfter: Promise<unknown> = Promise.resolve()): Promise<void> {
  let showing = false;
  void shownAfter.then(() => (showing = true));
  const publish = (p: CheckProgress<ExactGroup>) => {
    if (showing && current()) $search.set({ ...$search.get(), groups: p.results, checked: p.checked, candidates: p.candidates });
  };
  await exact.checker.fill(want, publish);
  await shownAfter;
  if (takeMissedFiles().length) throw new Error('index files missing');
  if (!current()) return;
  const p = exact.checker.progress();
  const complete = exact.checker.complete;
  $search.set({
    ...$search.get(),
    groups: p.results,
    checked: p.checked,
    candidates: p.candidates,
    status: 'done',
    complete,
    loadingMore: false,
    related: complete && p.results.length === 0 ? exact.related() : [],
  });
}

/**
 * 加载更多: checks further candidates of the search shown until another screen of hits is
 * found or all are checked. Does nothing while a search or another load runs, or when the list is
 * already complete. A page that cannot be loaded does not end the search: the results found stay
 * (with those of the pages checked before it), `moreFailed` says so, and the next call retries it.
 */
export async function loadMoreResults(): Promise<void> {
  const state = $search.get();
  const mine = session;
  if (!mine || mine.generation !== generation || state.status !== 'done' || state.complete || state.loadingMore) return;
  const current = () => mine.generation === generation;
  const hits = state.groups.reduce((n, g) => n + g.hits.length, 0);
  $search.set({ ...state, loadingMore: true, moreFailed: false });
  try {
    takeMissedFiles();
    await check(mine.exact, hits + SCREEN_RESULTS, current);
  } catch {
    if (current()) $search.set({ ...$search.get(), loadingMore: false, moreFailed: true });
  }
}
