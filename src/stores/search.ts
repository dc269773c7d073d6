import { atom } from 'nanostores';
import { exactSearch, type ExactGroup, type RelatedResult, type SearchBackend } from '../lib/search/exact.ts';
import { queryTerms } from '../lib/search/normalize.ts';
import { quickJump, type QuickDoc, type QuickTarget } from '../lib/search/quick-jump.ts';

/** Filters the member set; empty strings mean "all". */
export interface SearchFilters {
  category: string;
  audience: string;
  /** Document id, filtered on the result URL. */
  document: string;
}

/** Everything the search panel shows. Not persisted: a search is not study data. */
export interface SearchState {
  /** `idle` before a query, `loading` while searching, `done`, or `error` when the index failed. */
  status: 'idle' | 'loading' | 'done' | 'error';
  /** The query as typed. */
  query: string;
  /** Exact hits grouped by page, in Pagefind's order. */
  groups: ExactGroup[];
  /** Loose results, only when there is no exact one. */
  related: RelatedResult[];
  /** Direct jumps to a document or article. */
  quick: QuickTarget[];
  /** Candidate pages checked so far, and how many there are. */
  checked: number;
  candidates: number;
}

/** Filters with nothing selected. */
export const NO_FILTERS: SearchFilters = { category: '', audience: '', document: '' };
/** State before any query. */
export const IDLE_SEARCH: SearchState = { status: 'idle', query: '', groups: [], related: [], quick: [], checked: 0, candidates: 0 };

/** The current search. */
export const $search = atom<SearchState>(IDLE_SEARCH);

const PAGEFIND_URL = '/pagefind/pagefind.js';
const QUICK_URL = '/search/quick.json';
let pagefind: Promise<SearchBackend> | null = null;
let quickDocs: Promise<QuickDoc[]> | null = null;
let generation = 0;

/** Pagefind, loaded on the first search only; a failed load is forgotten so "retry" loads again. */
let failedLoads = 0;

function loadPagefind(): Promise<SearchBackend> {
  // Browsers remember a module that failed to load; a retry needs an address not yet tried.
  pagefind ??= import(/* @vite-ignore */ failedLoads === 0 ? PAGEFIND_URL : `${PAGEFIND_URL}?retry=${failedLoads}`)
    .then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf as SearchBackend;
    })
    .catch((error: unknown) => {
      pagefind = null;
      failedLoads += 1;
      throw error;
    });
  return pagefind;
}

/** The quick-jump index (a small JSON built with the site); empty if it cannot be loaded. */
function loadQuickDocs(): Promise<QuickDoc[]> {
  quickDocs ??= fetch(QUICK_URL)
    .then((r) => (r.ok ? (r.json() as Promise<QuickDoc[]>) : []))
    .catch(() => {
      quickDocs = null;
      return [];
    });
  return quickDocs;
}

/** Starts loading the index before the member finishes typing. */
export function warmUpSearch(): void {
  void loadPagefind().catch(() => undefined);
  void loadQuickDocs();
}

/**
 * Runs a search. A newer call supersedes an older one still running: its results are dropped.
 * Quick-jump suggestions come first (they need only the small JSON), exact results follow.
 */
export async function runSearch(query: string, filters: SearchFilters = NO_FILTERS): Promise<void> {
  const mine = ++generation;
  const current = () => mine === generation;
  const terms = queryTerms(query);
  if (terms.length === 0) {
    $search.set({ ...IDLE_SEARCH, query });
    return;
  }
  $search.set({ ...IDLE_SEARCH, status: 'loading', query, quick: $search.get().query === query ? $search.get().quick : [] });
  void loadQuickDocs().then((docs) => {
    if (current()) $search.set({ ...$search.get(), quick: quickJump(query, docs) });
  });
  const pfFilters: Record<string, string[]> = {};
  if (filters.category) pfFilters.category = [filters.category];
  if (filters.audience) pfFilters.audience = [filters.audience];
  const inDocument = (g: ExactGroup) => !filters.document || g.url === `/documents/${filters.document}/`;
  try {
    const backend = await loadPagefind();
    const { groups, related } = await exactSearch(backend, terms, {
      filters: pfFilters,
      onProgress: (p) => {
        if (current()) $search.set({ ...$search.get(), groups: p.groups.filter(inDocument), checked: p.checked, candidates: p.candidates });
      },
    });
    if (current()) $search.set({ ...$search.get(), status: 'done', groups: groups.filter(inDocument), related });
  } catch {
    if (current()) $search.set({ ...$search.get(), status: 'error' });
  }
}
