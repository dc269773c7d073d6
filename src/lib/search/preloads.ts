/**
 * Pagefind files the search page asks the browser to fetch while it is still parsing. Only files
 * every search needs and whose names do not change with the content: Pagefind's script and its
 * WebAssembly (named after the index's stemming language; `unknown` is the one for Chinese).
 * The meta and entry files are named or fetched per build, so they are not listed. The build
 * (scripts/pagefind.mjs) fails when one of these files is missing from the written index, so a
 * Pagefind upgrade that renames one cannot leave the page fetching something unused.
 */
export const SEARCH_PRELOADS: readonly { href: string; as: 'script' | 'fetch' }[] = [
  { href: '/pagefind/pagefind.js', as: 'script' },
  { href: '/pagefind/wasm.unknown.pagefind', as: 'fetch' },
];
