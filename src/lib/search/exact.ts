import { excerpt, type ExcerptPart } from './excerpt.ts';
import { pagefindQuery } from './index-query.ts';
import { containsAllTerms } from './normalize.ts';
import { splitSections, type PageAnchor } from './sections.ts';

/** The part of a Pagefind page record that exact search reads. */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: (PageAnchor & { element?: string })[];
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; plain_excerpt?: string }[];
}

/** What exact search needs from Pagefind: its `search` and each result's lazy `data()`. */
export interface SearchBackend {
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { id: string; data(): Promise<PageData> }[] } | null>;
}

/** One matching article, paragraph or section. */
export interface ExactHit {
  /** Link to the anchor, or the page itself for text before its first heading. */
  href: string;
  /** Heading of the section (e.g. 第十条), or the page title. */
  title: string;
  /** Short text around the match; marked parts are the query words. */
  excerpt: ExcerptPart[];
}

/** Exact hits of one page, grouped for display under the document title. */
export interface ExactGroup {
  url: string;
  title: string;
  hits: ExactHit[];
}

/** A loose (not exact) result Pagefind offered, shown only as 相关结果. */
export interface RelatedResult {
  href: string;
  title: string;
  text: string;
}

/** Headings that can be linked to: Pagefind also records other elements with ids. */
const HEADING = /^h[1-6]$/;

/** Section text without its heading (shown as the hit's title), unless the match is only in the heading. */
function withoutHeading(text: string, heading: string | undefined, terms: readonly string[]): string {
  if (!heading || !text.startsWith(heading)) return text;
  const body = text.slice(heading.length).replace(/^\.?\s*/, '');
  return containsAllTerms(body, terms) ? body : text;
}

/** The exact hits on one page: every anchored section whose text contains all terms; null if none. */
export function exactHitsOnPage(page: PageData, terms: readonly string[]): ExactGroup | null {
  const title = page.meta.title ?? page.url;
  if (!containsAllTerms(page.content, terms)) return null;
  const anchors = page.anchors.filter((a) => !a.element || HEADING.test(a.element));
  const base = page.url.split('#')[0] ?? page.url;
  const hits = splitSections(page.content, anchors)
    .filter((s) => containsAllTerms(s.text, terms))
    .map((s) => ({
      href: s.id ? `${base}#${s.id}` : base,
      title: s.title ?? title,
      excerpt: excerpt(withoutHeading(s.text, s.title, terms), terms),
    }));
  // Words spread over different sections do not make a match: a result is one place to read.
  return hits.length > 0 ? { url: base, title, hits } : null;
}

/** Progress of a running search, reported as candidate pages are checked. */
export interface ExactProgress {
  groups: ExactGroup[];
  checked: number;
  candidates: number;
}

/**
 * Exact search: Pagefind finds candidate pages for the query's index words (see
 * `pagefindQuery`: every page with the text is among them, and some without it), and each
 * candidate's text is then checked for the query itself, section by section. All candidates are
 * fetched at once, up to `concurrency` at a time, and checked in Pagefind's order as they arrive;
 * `onProgress` gets the groups found so far after every `concurrency` pages, so the first results
 * show early without a re-render per page. Related (loose) results are the first candidates, only
 * when no page matches exactly.
 */
export async function exactSearch(
  backend: SearchBackend,
  terms: readonly string[],
  options: { filters?: Record<string, string[]>; concurrency?: number; onProgress?: (p: ExactProgress) => void } = {},
): Promise<{ groups: ExactGroup[]; related: RelatedResult[] }> {
  const query = pagefindQuery(terms);
  const response = query ? await backend.search(query, { filters: options.filters ?? {} }) : null;
  const candidates = response?.results ?? [];
  const concurrency = Math.max(1, options.concurrency ?? 16);
  // A sliding window: page i + concurrency starts as soon as page i has arrived.
  const pending: Promise<PageData>[] = [];
  const start = (i: number) => {
    if (i >= candidates.length) return;
    const page = candidates[i]!.data();
    // Awaited in order below; a failure after an earlier one must not surface as unhandled.
    page.catch(() => undefined);
    pending[i] = page;
  };
  for (let i = 0; i < concurrency; i++) start(i);
  const found: ExactGroup[] = [];
  const loaded: PageData[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const page = await pending[i]!;
    start(i + concurrency);
    loaded.push(page);
    const group = exactHitsOnPage(page, terms);
    if (group) found.push(group);
    if ((i + 1) % concurrency === 0 || i + 1 === candidates.length) {
      options.onProgress?.({ groups: [...found], checked: i + 1, candidates: candidates.length });
    }
  }
  const related: RelatedResult[] =
    found.length > 0
      ? []
      : loaded.slice(0, 5).map((page) => ({
          href: page.sub_results?.[0]?.url ?? page.url,
          title: page.meta.title ?? page.url,
          text: page.sub_results?.[0]?.plain_excerpt ?? '',
        }));
  return { groups: found, related };
}
