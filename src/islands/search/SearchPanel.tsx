import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $search, IDLE_SEARCH, NO_FILTERS, loadMoreResults, runSearch, warmUpIndex, warmUpSearch, type SearchFilters } from '../../stores/search.ts';
import { resultCount } from '../../lib/search/progressive.ts';
import { translator } from '../../i18n/translator.ts';
import searchStrings from 'virtual:zh-CN/search';
import { ExactList, MoreResults, QuickList, RelatedList } from './ResultLists.tsx';
import { lazyDefault, useLazy } from '../common/lazy.ts';
import FilterBox from './FilterBox.tsx';

const t = translator(searchStrings);

interface Props {
  /** Query to run at once (from ?q= or the header box). */
  initialQuery?: string;
  /** Keep `?q=` in the address bar in step with the query (on the search page, not in the dialog). */
  syncUrl?: boolean;
  /** Prefix for element ids, so the page's panel and the dialog's can coexist. */
  idPrefix?: string;
}

const DEBOUNCE_MS = 180;

// The 离线下载 control, shown only when a search fails offline.
const loadOfflineDownload = lazyDefault(() => import('../offline/OfflineDownload.tsx'));

/** Moves focus among the result links with the arrow keys; the input is position −1. */
function moveFocus(root: HTMLElement, delta: number): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-search-nav]')];
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = at + delta;
  if (next < 0) input?.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/** The search box, filters, quick jumps and results. Searching itself lives in the search store. */
export default function SearchPanel({ initialQuery = '', syncUrl = false, idPrefix = 'search' }: Props) {
  const live = useStore($search);
  // The search page starts its ?q= search before this island hydrates. Preact's hydration adopts
  // the server's markup without patching attributes, so the first render must be the server's
  // (idle) one; the live state follows right after mount and is diffed like any update.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const state = hydrated ? live : IDLE_SEARCH;
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const root = useRef<HTMLDivElement>(null);
  // What was last searched; the first search (from ?q= or the header box) runs without waiting.
  const lastRun = useRef<string | null>(null);

  useEffect(() => {
    const fromUrl = syncUrl ? new URLSearchParams(location.search).get('q') ?? '' : '';
    const start = initialQuery || fromUrl;
    // A fresh panel must not show the previous search's results under an empty box.
    if (start) setQuery(start);
    else void runSearch('');
  }, []);

  useEffect(() => {
    if (lastRun.current === null && !query) return;
    const wait = lastRun.current === null ? 0 : DEBOUNCE_MS;
    lastRun.current = query;
    if (syncUrl) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    const timer = window.setTimeout(() => void runSearch(query, filters), wait);
    return () => window.clearTimeout(timer);
  }, [query, filters]);

  const submit = (e: Event) => {
    e.preventDefault();
    // An article reference or a document name is a request to go there, not to list matches.
    if (state.enter && state.query === query) location.href = state.enter;
    else void runSearch(query, filters);
  };
  // A file the service worker could not answer was neither saved on this device nor reachable, so
  // the search says which part is missing and offers the download (phones on a weak signal often
  // report being online). Without a service worker it is a network error like any other.
  const offlineLike = typeof navigator !== 'undefined' && (!navigator.onLine || Boolean(navigator.serviceWorker?.controller));
  const offlineError = state.status === 'error' && offlineLike;
  // 加载更多 failing the same way: the results shown stay, the download is offered below them.
  const offlineMore = state.moreFailed && !state.loadingMore && offlineLike;
  const OfflineDownload = useLazy(loadOfflineDownload, offlineError || offlineMore).value;
  const count = resultCount(state.groups.reduce((n, g) => n + g.hits.length, 0), state.complete);
  const status =
    state.status === 'idle' ? t('search.idle')
    : offlineError ? (state.failed === 'program' ? t('search.offlineProgram') : t('search.offlineIndex', { query: state.query }))
    : state.status === 'error' ? t('search.error')
    : state.status === 'loading' ? (state.candidates ? t('search.checking', { checked: state.checked, candidates: state.candidates }) : t('search.loading'))
    : state.loadingMore ? t('search.loadingMore')
    : count.kind === 'atLeast' ? t('search.countAtLeast', { count: count.count, checked: state.checked, candidates: state.candidates })
    : count.kind === 'exact' ? t('search.count', { count: count.count, pages: state.groups.length })
    : t('search.none', { query: state.query });

  return (
    <div
      ref={root}
      class="search-panel"
      data-search-root
      data-state={state.status}
      data-search-query={state.query}
      data-search-complete={state.status === 'done' ? String(state.complete) : undefined}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          moveFocus(root.current!, e.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      <form role="search" aria-label={t('search.label')} onSubmit={submit} class="search-form" action="/search/">
        <label for={`${idPrefix}-input`} class="visually-hidden">{t('search.label')}</label>
        <input
          id={`${idPrefix}-input`}
          name="q"
          type="search"
          data-search-input
          value={query}
          maxLength={200}
          autocomplete="off"
          // showModal() focuses the autofocus element; a focus() call from here would run too early.
          autofocus
          placeholder={t('search.placeholder')}
          aria-describedby={`${idPrefix}-keyboard`}
          // Focus may be the page's autofocus, not the member: only typing brings the quick-jump matcher.
          onFocus={warmUpIndex}
          onInput={(e) => {
            warmUpSearch();
            setQuery((e.currentTarget as HTMLInputElement).value);
          }}
        />
        <button type="submit" class="button">{t('search.submit')}</button>
      </form>
      <p id={`${idPrefix}-keyboard`} class="visually-hidden">{t('search.keyboard')}</p>
      <FilterBox filters={filters} onChange={setFilters} />
      {/* The status line first: the quick jumps and results that arrive below it never move it. */}
      <p class="search-status" role="status" data-search-status>
        {status}
        {state.status === 'error' && (
          <button type="button" class="button secondary small" onClick={() => void runSearch(query, filters)}>{t('search.retry')}</button>
        )}
      </p>
      <QuickList quick={state.quick} prefix={idPrefix} />
      {offlineError && OfflineDownload && <OfflineDownload headingLevel={3} />}
      <ExactList groups={state.groups} query={state.query} prefix={idPrefix} />
      <MoreResults
        show={state.status === 'done' && !state.complete}
        loading={state.loadingMore}
        failed={state.moreFailed}
        offline={offlineLike}
        onMore={() => void loadMoreResults()}
      />
      {offlineMore && OfflineDownload && <OfflineDownload headingLevel={3} />}
      <RelatedList related={state.related} query={state.query} prefix={idPrefix} />
    </div>
  );
}
