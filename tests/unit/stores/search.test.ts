import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageData, SearchBackend } from '../../../src/lib/search/exact.ts';
import { initPagefind, type PagefindModule } from '../../../src/stores/search-pagefind.ts';

const plan: PageData = {
  url: '/documents/plan/',
  content: '推行“主题党日”制度。',
  meta: { title: '实施方案' },
  anchors: [],
};

describe('starting Pagefind', () => {
  it('runs on the page, reports a language Pagefind does not segment, and puts <html lang> back', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    const seen: string[] = [];
    const options: Record<string, unknown>[] = [];
    let ready = false;
    const pf: PagefindModule = {
      search: async () => ({ results: [] }),
      options: async (o) => {
        options.push(o);
        // The readiness probe waits, like Pagefind does, until the index is loaded.
        if ('ranking' in o) await vi.waitFor(() => expect(ready).toBe(true));
      },
      init: async () => {
        seen.push(document.documentElement.getAttribute('lang') ?? '');
      },
    };
    const started = initPagefind(pf);
    let settled = false;
    void started.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual(['und']);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(options[0]).toMatchObject({ noWorker: true, excerptLength: 24 });
    expect(settled).toBe(false);
    ready = true;
    await started;
  });
});

describe('search store', () => {
  let searches: string[];
  /** Pagefind files the next search "fails" to fetch; `null` makes Pagefind itself fail to load. */
  let missing: string[] | null;
  /** The candidate pages Pagefind answers with. */
  let pages: PageData[];
  let loaded: number;
  /** Candidate pages (by index) whose download fails, as offline for a page never fetched. */
  let unreachable: Set<number>;

  beforeEach(() => {
    unreachable = new Set();
    vi.resetModules();
    searches = [];
    missing = [];
    pages = [plan];
    loaded = 0;
    const backend: SearchBackend = {
      search: async (query) => {
        searches.push(query);
        return {
          results: pages.map((page, i) => ({
            id: String(i),
            data: async () => {
              if (unreachable.has(i)) throw new TypeError('Failed to fetch');
              loaded += 1;
              return page;
            },
          })),
        };
      },
    };
    vi.doMock('../../../src/stores/search-pagefind.ts', () => ({
      loadPagefind: async () => {
        if (missing === null) throw new TypeError('Failed to fetch');
        return backend;
      },
      takeMissedFiles: () => (searches.length ? (missing ?? []).splice(0) : []),
    }));
    vi.stubGlobal('fetch', async () => new Response('[]', { headers: { 'content-type': 'application/json' } }));
  });

  afterEach(() => {
    vi.doUnmock('../../../src/stores/search-pagefind.ts');
    vi.unstubAllGlobals();
  });

  it('joins a search for the same query and filters instead of starting it again', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    const first = runSearch('主题党日');
    const again = runSearch('主题党日');
    expect(again).toBe(first);
    await first;
    expect($search.get()).toMatchObject({ status: 'done', query: '主题党日' });
    expect($search.get().groups.map((g) => g.url)).toEqual(['/documents/plan/']);
    await runSearch('主题党日');
    expect(searches).toEqual(['主题 题党 党日']);
  });

  it('searches again with other filters, after the box was cleared, or after an error', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    await runSearch('主题党日');
    await runSearch('主题党日', { category: '本单位文件', audience: '', document: '' });
    await runSearch('');
    expect($search.get().status).toBe('idle');
    await runSearch('主题党日');
    expect(searches).toHaveLength(3);
    $search.set({ ...$search.get(), status: 'error' });
    await runSearch('主题党日');
    expect(searches).toHaveLength(4);
  });

  it('shows loading before a search that needs nothing new to load finishes', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    await runSearch('主题党日');
    await runSearch('');
    const states: string[] = [];
    const off = $search.subscribe((s) => states.push(s.status));
    const done = runSearch('主题党日');
    // Everything is loaded, so the search itself needs only microtasks; rendering, which runs
    // between tasks, must still find `loading` after all of them.
    for (let i = 0; i < 100; i++) await Promise.resolve();
    expect($search.get().status).toBe('loading');
    await done;
    off();
    expect(states.slice(-2)).toEqual(['loading', 'done']);
  });

  it('reports an error, not "nothing found", when an index file could not be fetched', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    missing = ['/pagefind/index/zh-cn_1.pf_index'];
    await runSearch('主题党日');
    expect($search.get()).toMatchObject({ status: 'error', failed: 'index', query: '主题党日' });
    await runSearch('主题党日');
    expect($search.get()).toMatchObject({ status: 'done', failed: null });
  });

  it('says when Pagefind itself could not be loaded', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    missing = null;
    await runSearch('主题党日');
    expect($search.get()).toMatchObject({ status: 'error', failed: 'program' });
  });

  it('shows a first screen, counts "at least" until 加载更多 has checked every candidate, then exactly', async () => {
    const { $search, runSearch, loadMoreResults } = await import('../../../src/stores/search.ts');
    const { SCREEN_RESULTS } = await import('../../../src/lib/search/progressive.ts');
    pages = Array.from({ length: 50 }, (_, i) => ({ ...plan, url: `/documents/d${i}/` }));
    await runSearch('主题党日');
    const first = $search.get();
    expect(first).toMatchObject({ status: 'done', complete: false, checked: SCREEN_RESULTS, candidates: 50 });
    expect(first.groups).toHaveLength(SCREEN_RESULTS);
    expect(loaded).toBeLessThan(50);
    await loadMoreResults();
    expect($search.get()).toMatchObject({ status: 'done', complete: false, loadingMore: false });
    expect($search.get().groups).toHaveLength(2 * SCREEN_RESULTS);
    await loadMoreResults();
    expect($search.get()).toMatchObject({ status: 'done', complete: true, checked: 50 });
    expect($search.get().groups.map((g) => g.url)).toEqual(pages.map((p) => p.url));
    // Nothing more to load: asking again changes nothing.
    await loadMoreResults();
    expect(loaded).toBe(50);
  });

  it('says none, with loose results, only after every candidate was checked', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    pages = Array.from({ length: 30 }, (_, i) => ({ ...plan, url: `/documents/d${i}/`, content: '主题。党日。' }));
    await runSearch('主题党日');
    expect($search.get()).toMatchObject({ status: 'done', complete: true, checked: 30, groups: [] });
    expect($search.get().related).toHaveLength(5);
  });

  it('drops a 加载更多 of a search that was replaced', async () => {
    const { $search, runSearch, loadMoreResults } = await import('../../../src/stores/search.ts');
    pages = Array.from({ length: 50 }, (_, i) => ({ ...plan, url: `/documents/d${i}/` }));
    await runSearch('主题党日');
    const more = loadMoreResults();
    const next = runSearch('党日');
    await Promise.all([more, next]);
    expect($search.get()).toMatchObject({ query: '党日', loadingMore: false });
    expect($search.get().groups).toHaveLength(20);
  });

  it('asks for quick jumps with every search, once, beside the index', async () => {
    const { $search, runSearch } = await import('../../../src/stores/search.ts');
    const fetched: string[] = [];
    const doc = { id: 'jilv-chufen-tiaoli', title: '中国共产党纪律处分条例', shortTitle: '纪律处分条例', aliases: [], fullText: false, anchors: [] };
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify([doc]), { headers: { 'content-type': 'application/json' } });
    });
    await runSearch('纪律处分条例');
    await vi.waitFor(() => expect($search.get().quick.map((q) => q.href)).toEqual(['/documents/jilv-chufen-tiaoli/']));
    expect(fetched).toHaveLength(1);
    // The same search again joins the one shown: nothing is asked twice.
    await runSearch('纪律处分条例');
    expect(fetched).toHaveLength(1);
  });

  it('keeps the results and offers to retry when 加载更多 cannot load a page, then resumes at it', async () => {
    const { $search, runSearch, loadMoreResults } = await import('../../../src/stores/search.ts');
    pages = Array.from({ length: 50 }, (_, i) => ({ ...plan, url: `/documents/d${i}/` }));
    await runSearch('主题党日');
    expect($search.get().groups).toHaveLength(20);
    unreachable = new Set([25]);
    await loadMoreResults();
    // The pages before the unreachable one are shown; the search itself did not fail.
    expect($search.get()).toMatchObject({ status: 'done', complete: false, loadingMore: false, moreFailed: true, failed: null, checked: 25 });
    expect($search.get().groups.map((g) => g.url)).toEqual(pages.slice(0, 25).map((p) => p.url));
    unreachable = new Set();
    await loadMoreResults();
    expect($search.get()).toMatchObject({ status: 'done', moreFailed: false });
    // Another screen on from what was shown: 25 + 20.
    expect($search.get().groups.map((g) => g.url)).toEqual(pages.slice(0, 45).map((p) => p.url));
  });
});
