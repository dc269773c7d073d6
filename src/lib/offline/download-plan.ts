/**
 * What the 离线下载 fetches, decided at build time from the files in dist/: every document and
 * category page and the whole Pagefind index. The build writes the result to /offline.json, so
 * the size shown before downloading is the real one.
 */

/** A built file: its path inside dist/ (forward slashes) and its size on disk. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** One address the download fetches and the bytes it stores. */
export interface DownloadFile {
  url: string;
  bytes: number;
}

/** The download list the build writes to /offline.json. */
export interface DownloadPlan {
  /** Build id: names this build's caches (lib/offline/cache-names.ts). */
  build: string;
  /** Document and category pages, in path order. */
  pages: DownloadFile[];
  /** Pagefind's script, WebAssembly and every index, fragment and filter file. */
  search: DownloadFile[];
  /** Bytes of all of them together. */
  bytes: number;
  /** Title of every built page by address, in path order: the offline page lists cached pages by it. */
  titles: Record<string, string>;
}

/** Pages a member reads: one per document and per category (学习载体) page. */
const PAGE = /^(documents|categories)\/[^/]+\/index\.html$/;
/**
 * Pagefind files a search can need. Pagefind's ready-made UI and its worker are not used by the
 * site (search runs on the page, src/stores/search-pagefind.ts), so they are left out.
 */
const SEARCH = /^pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.unknown\.pagefind|(index|fragment|filter)\/[^/]+)$/;

/** The address a built file is served at: `documents/x/index.html` → `/documents/x/`. */
export function urlOfPath(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Whether a built file is one of the pages the download fetches. */
export function isDownloadPage(path: string): boolean {
  return PAGE.test(path);
}

/** Whether a built file belongs to the search index the download fetches. */
export function isSearchFile(path: string): boolean {
  return SEARCH.test(path);
}

/** The download list for a build's files; `titles` maps page addresses to their titles. */
export function planDownload(build: string, files: readonly BuiltFile[], titles: Readonly<Record<string, string>> = {}): DownloadPlan {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pick = (test: (path: string) => boolean) =>
    sorted.filter((f) => test(f.path)).map((f) => ({ url: urlOfPath(f.path), bytes: f.bytes }));
  const pages = pick(isDownloadPage);
  const search = pick(isSearchFile);
  const bytes = [...pages, ...search].reduce((sum, f) => sum + f.bytes, 0);
  return { build, pages, search, bytes, titles: { ...titles } };
}

/** A size for members: `820 KB`, `3.4 MB` (1 KB = 1024 bytes; at least 1 KB unless empty). */
export function formatBytes(bytes: number): string {
  if (bytes <= 0) return '0 KB';
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

/** How far a download is, in whole percent of bytes, never above 100. */
export function downloadPercent(doneBytes: number, totalBytes: number): number {
  if (totalBytes <= 0) return 100;
  return Math.min(100, Math.floor((doneBytes / totalBytes) * 100));
}
