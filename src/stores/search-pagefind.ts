/**
 * Loading and starting Pagefind for the search store. Kept apart from the store, with no runtime
 * imports, so the search page can start it from a tiny script while the page is still hydrating.
 */
import type { SearchBackend } from '../lib/search/exact.ts';
import { CACHE_TAG_ATTRIBUTE } from '../lib/search/preloads.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';

/** The part of Pagefind's module this file drives. */
export interface PagefindModule extends SearchBackend {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/**
 * A language tag Pagefind does not segment. Pagefind splits queries with the browser's word
 * segmenter when the page's language is Chinese; exact search sends it character pairs that must
 * stay whole (see lib/search/index-query.ts), so it must take the query's words as given.
 */
const UNSEGMENTED_LANGUAGE = 'und';

/**
 * Pagefind waits for its index in steps of 50 ms: a search asked for before the index is ready
 * sleeps until the next step, 25 ms on average. Readiness is instead watched by this many cheap
 * probes started {@link PROBE_STAGGER_MS} apart, so the wait after the index is ready is at most
 * that stagger.
 */
const PROBES = 5;
const PROBE_STAGGER_MS = 10;

let pagefind: Promise<SearchBackend> | null = null;

/** Addresses of Pagefind files that could not be fetched since {@link takeMissedFiles} last ran. */
const missed = new Set<string>();
let watching = false;

/**
 * Notes every Pagefind file the page fails to fetch. Pagefind only logs an index chunk it cannot
 * fetch (offline, before the 离线下载) and answers without it as if the answer were complete;
 * the search store asks afterwards, so a member is told instead of shown "nothing found".
 */
function watchPagefindFetches(): void {
  if (watching) return;
  watching = true;
  const original = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    original(input, init).catch((error: unknown) => {
      const url = input instanceof Request ? input.url : String(input);
      if (new URL(url, location.href).pathname.startsWith('/pagefind/')) missed.add(url);
      throw error;
    });
}

/** The Pagefind files that failed to load since the last call, and forgets them. */
export function takeMissedFiles(): string[] {
  const files = [...missed];
  missed.clear();
  return files;
}
/** Failed loads so far; a failed load is forgotten so "retry" loads again. */
let failedLoads = 0;

/**
 * Starts Pagefind with the page's language reported as {@link UNSEGMENTED_LANGUAGE}. Pagefind
 * reads `<html lang>` only inside `init()`, synchronously, so the attribute is swapped for that
 * call and put back before anything else can run or render. With one language in the index,
 * Pagefind falls back to it. `noWorker`: the search runs on the page, which saves the worker
 * script's download and start-up, and lets Pagefind use the WebAssembly the search page preloads
 * (a worker would fetch it again); the CSP allows WebAssembly for this (astro.config.mjs).
 * On the search page, the build names the index's cache tag on the entry file's preload: given as
 * `metaCacheTag`, Pagefind fetches the very address the page preloaded instead of a new one
 * (lib/search/preloads.ts); elsewhere Pagefind's own cache-busting address is kept.
 */
export async function initPagefind(pf: PagefindModule): Promise<void> {
  const tag = document.querySelector(`link[${CACHE_TAG_ATTRIBUTE}]`)?.getAttribute(CACHE_TAG_ATTRIBUTE);
  await pf.options({ excerptLength: 24, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', UNSEGMENTED_LANGUAGE);
  let started: Promise<void>;
  try {
    started = pf.init();
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await started;
  // `ranking: {}` changes no weight but has to wait for the index, which makes it the probe.
  const probe = (delay: number) =>
    new Promise<void>((resolve) => setTimeout(resolve, delay)).then(() => pf.options({ ranking: {} }));
  const probes = Array.from({ length: PROBES }, (_, i) => probe(i * PROBE_STAGGER_MS));
  // A failed index fails every probe; the first failure is reported, the others are expected.
  for (const p of probes) p.catch(() => undefined);
  await Promise.race(probes);
}

/**
 * Pagefind, loaded and started on the first call, resolved once its index can answer a search.
 * Rejects when Pagefind cannot be loaded or started; the next call then tries again.
 */
export function loadPagefind(): Promise<SearchBackend> {
  watchPagefindFetches();
  // Browsers remember a module that failed to load; a retry needs an address not yet tried.
  pagefind ??= import(/* @vite-ignore */ failedLoads === 0 ? PAGEFIND_URL : `${PAGEFIND_URL}?retry=${failedLoads}`)
    .then(async (pf: PagefindModule) => {
      await initPagefind(pf);
      return pf as SearchBackend;
    })
    .catch((error: unknown) => {
      pagefind = null;
      failedLoads += 1;
      throw error;
    });
  return pagefind;
}
