/**
 * Pagefind files the search page asks the browser to fetch while it is still parsing, so that
 * when Pagefind starts (after the page's modules have loaded) nothing it needs is still on the
 * network. Pure: no DOM, no file system.
 *
 * Two kinds. {@link SEARCH_PRELOADS}, whose names never change with the content, are written into
 * the page by Astro: Pagefind's script and its WebAssembly (named after the index's stemming
 * language; `unknown` is the one for Chinese). {@link indexPreloads}, whose addresses Pagefind
 * only writes after Astro has built the page, are added to the built page by scripts/pagefind.mjs
 * with {@link withIndexPreloads}: the entry file and the meta file. The build fails when one of
 * these files is missing from the written index, so a Pagefind upgrade that renames one cannot
 * leave the page fetching something unused.
 */

/** One preloaded file. */
export interface SearchPreload {
  /** Address on the site. */
  href: string;
  /** `script` for a module (modulepreload), `fetch` for what Pagefind fetches itself. */
  as: 'script' | 'fetch';
}

export const SEARCH_PRELOADS: readonly SearchPreload[] = [
  { href: '/pagefind/pagefind.js', as: 'script' },
  { href: '/pagefind/wasm.unknown.pagefind', as: 'fetch' },
];

/** The attribute on the entry file's preload that carries the cache tag (see search-pagefind.ts). */
export const CACHE_TAG_ATTRIBUTE = 'data-pagefind-cache-tag';

/** What this module reads of Pagefind's `pagefind-entry.json`. */
export interface PagefindEntry {
  /** Per language: the hash naming its meta file, `pagefind.<hash>.pf_meta`. */
  languages: Record<string, { hash: string }>;
}

/**
 * The entry and meta files of a written index, and the tag that makes the entry's address fixed.
 * Pagefind fetches its entry file as `pagefind-entry.json?ts=<now>` (a new address on every visit,
 * which nothing can preload) unless given `metaCacheTag`; the meta file's hash changes whenever the
 * index does, so it serves as that tag and a new build is never answered with a stale entry.
 * Null when the entry names no language, or several (the page could not know which one it needs).
 *
 * @example indexPreloads({ languages: { 'zh-cn': { hash: 'zh-cn_79867e' } } })
 * // { tag: 'zh-cn_79867e', files: [{ href: '/pagefind/pagefind-entry.json?ts=zh-cn_79867e', … }, { href: '/pagefind/pagefind.zh-cn_79867e.pf_meta', … }] }
 */
export function indexPreloads(entry: PagefindEntry): { tag: string; files: SearchPreload[] } | null {
  const languages = Object.values(entry.languages ?? {});
  if (languages.length !== 1 || !/^[\w-]+$/.test(languages[0]!.hash)) return null;
  const tag = languages[0]!.hash;
  return {
    tag,
    files: [
      { href: `/pagefind/pagefind-entry.json?ts=${tag}`, as: 'fetch' },
      { href: `/pagefind/pagefind.${tag}.pf_meta`, as: 'fetch' },
    ],
  };
}

/** The `<link>` for one preload; `extra` is added to it verbatim (attributes). */
export function preloadLink(p: SearchPreload, extra = ''): string {
  return p.as === 'script'
    ? `<link rel="modulepreload" href="${p.href}"${extra}>`
    : `<link rel="preload" href="${p.href}" as="fetch" crossorigin="anonymous"${extra}>`;
}

/** Index preloads an earlier indexing run added (the entry's and the meta file's). */
const INDEX_PRELOAD = /<link rel="preload" href="\/pagefind\/(?:pagefind-entry\.json\?|pagefind\.[\w-]+\.pf_meta")[^>]*>/g;

/**
 * The built search page with the index preloads added right after the page's own preloads (before
 * its stylesheet, so they start first), replacing those of an earlier run (the site can be indexed
 * again). The entry's link carries {@link CACHE_TAG_ATTRIBUTE}, from which the page tells Pagefind
 * the tag. Throws when the page has no Pagefind preload to put them after.
 */
export function withIndexPreloads(html: string, preloads: { tag: string; files: SearchPreload[] }): string {
  html = html.replace(INDEX_PRELOAD, '');
  const last = SEARCH_PRELOADS.at(-1)!;
  const anchor = preloadLink(last);
  const at = html.indexOf(anchor);
  if (at < 0) throw new Error(`the search page has no ${last.href} preload to put the index preloads after`);
  const links = preloads.files.map((p, i) => preloadLink(p, i === 0 ? ` ${CACHE_TAG_ATTRIBUTE}="${preloads.tag}"` : '')).join('');
  return html.slice(0, at + anchor.length) + links + html.slice(at + anchor.length);
}
