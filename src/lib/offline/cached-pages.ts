/**
 * The offline page's list of pages a member can open without a network: every page found in the
 * site's caches, with the titles the build recorded in /offline.json.
 */
import { compareOrdinal } from '../ordinal.ts';

/** A link the offline page shows. */
export interface CachedPageLink {
  href: string;
  title: string;
}

/** Pages that are never worth offering: the offline page itself and the not-found page. */
const NOT_LISTED = new Set(['/offline/', '/404.html', '/404/']);

/**
 * The page address behind a cache key: the path without query (Workbox adds `__WB_REVISION__`)
 * and without `index.html`; null for anything that is not a page (scripts, index files, JSON).
 */
export function pagePath(cacheKey: string): string | null {
  let path: string;
  try {
    path = new URL(cacheKey, 'http://site.invalid').pathname;
  } catch {
    return null;
  }
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  if (!path.endsWith('/') && !path.endsWith('.html')) return null;
  return NOT_LISTED.has(path) ? null : path;
}

/**
 * Links to the cached pages among `cacheKeys`, one per page, home first and then in the order of
 * the build's titles (the site's own order), untitled pages last by path.
 */
export function cachedPageLinks(cacheKeys: readonly string[], titles: Readonly<Record<string, string>>): CachedPageLink[] {
  const order = Object.keys(titles);
  const rank = (path: string) => (path === '/' ? -1 : order.includes(path) ? order.indexOf(path) : order.length);
  const paths = [...new Set(cacheKeys.map(pagePath).filter((p): p is string => p !== null))];
  return paths
    .sort((a, b) => rank(a) - rank(b) || compareOrdinal(a, b))
    .map((href) => ({ href, title: titles[href] ?? href }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** The text of a built page's `<title>`, or null. */
export function pageTitle(html: string): string | null {
  const match = /<title>([^<]*)<\/title>/i.exec(html);
  if (!match) return null;
  return match[1]!.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]!).trim();
}
