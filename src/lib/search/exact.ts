import { excerpt, type ExcerptPart } from './excerpt.ts';
import { indexWordsOf, pagefindQuery } from './index-query.ts';
import { CandidateChecker } from './progressive.ts';
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
  search(
    query: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; words?: number[]; data(): Promise<PageData> }[] } | null>;
}

/**
 * Exact results a candidate page is expected to give, from the index alone: Pagefind lists where
 * on the page the query's index words occur (`words`), and every occurrence of the query holds
 * each of its `indexWords` words once, so locations ÷ words estimates how often the query occurs.
 * A section holds one or more occurrences, so this rather over- than under-estimates; the checker
 * corrects it by how the pages checked turned out (lib/search/progressive.ts). At least one: the
 * page was offered for a reason. Undefined when the index gave no locations.
 *
 * @example expectedResults([10, 52, 90], 1) // 3
 */
export function expectedResults(words: readonly number[] | undefined, indexWords: number): number | undefined {
  if (!words || words.length === 0 || indexWords < 1) return undefined;
  return Math.max(1, words.length / indexWords);
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

/** Loose results offered when nothing matches exactly: at most this many, the first candidates. */
const RELATED_LIMIT = 5;

/** A search whose candidates are checked on demand (see lib/search/progressive.ts). */
export interface ExactSession {
  /** Checks candidates into exact groups, in Pagefind's order, as many as asked for. */
  checker: CandidateChecker<PageData, ExactGroup>;
  /** Loose results from the first candidates checked; offer them only when none matched. */
  related(): RelatedResult[];
}

/**
 * Exact search, started: Pagefind finds candidate pages for the query's index words (see
 * `pagefindQuery`: every page with the text is among them, and some without it), and the returned
 * checker loads candidates and keeps those whose text holds the query itself, section by section,
 * weighted by their hits, so a screen of results costs only the pages it needs. `accept` drops
 * groups a filter Pagefind cannot apply rules out (a document, by its URL) before they are counted.
 */
export async function startExactSearch(
  backend: SearchBackend,
  terms: readonly string[],
  options: { filters?: Record<string, string[]>; accept?: (group: ExactGroup) => boolean } = {},
): Promise<ExactSession> {
  const query = pagefindQuery(terms);
  const response = query ? await backend.search(query, { filters: options.filters ?? {} }) : null;
  const first: PageData[] = [];
  const accept = options.accept ?? (() => true);
  const words = indexWordsOf(query);
  const candidates = (response?.results ?? []).map((r) => ({ data: () => r.data(), expected: expectedResults(r.words, words) }));
  const checker = new CandidateChecker<PageData, ExactGroup>(
    candidates,
    (page) => {
      if (first.length < RELATED_LIMIT) first.push(page);
      const group = exactHitsOnPage(page, terms);
      return group && accept(group) ? group : null;
    },
    (group) => group.hits.length,
  );
  const related = () =>
    first.map((page) => ({
      href: page.sub_results?.[0]?.url ?? page.url,
      title: page.meta.title ?? page.url,
      text: page.sub_results?.[0]?.plain_excerpt ?? '',
    }));
  return { checker, related };
}
