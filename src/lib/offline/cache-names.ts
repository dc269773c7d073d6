/**
 * Names of the caches the service worker and the 离线下载 control write. Every name ends with the
 * build id, so a new build starts with empty runtime caches and the old build's pages, which
 * point at the old build's scripts, are never served beside the new ones (one version at a time).
 * The service worker deletes stale caches when it activates (scripts/lib/service-worker.mjs).
 */

/** Start of every cache name this site owns; Workbox's own precache has a different one. */
export const CACHE_PREFIX = 'lxyz-';

/** What a cache holds: pages opened while online, search index files fetched, or the 离线下载. */
export type CacheKind = 'pages' | 'search' | 'download';

/** The cache of one kind for one build. */
export function cacheName(kind: CacheKind, build: string): string {
  return `${CACHE_PREFIX}${kind}-${build}`;
}

/**
 * Whether a cache belongs to this site but to another build. Self-contained (no outside names):
 * the build step copies its source into the service worker.
 */
export function isStaleCache(name: string, build: string): boolean {
  return name.startsWith('lxyz-') && !name.endsWith(`-${build}`);
}

/**
 * Whether a stale cache was a 离线下载 (the member wanted the library offline), so the new build
 * can tell them to download it again. Self-contained like {@link isStaleCache}.
 */
export function isStaleDownload(name: string, build: string): boolean {
  return name.startsWith('lxyz-download-') && !name.endsWith(`-${build}`);
}

/**
 * An entry the service worker leaves in the new 离线下载 cache when it deleted an older build's
 * download: the control then offers to download the library again.
 */
export const OUTDATED_MARK = '/offline.json?outdated';
