/**
 * The query exact search sends to Pagefind to find its candidate pages. Pagefind is only asked
 * for candidates (every page it returns is then checked for the query itself), so what matters is
 * that no page containing the query can be left out, and that few pages that do not contain it
 * come along (each candidate costs a fragment download).
 *
 * Pagefind 1.6 indexes Chinese text as its segmenter's words plus every pair of adjacent Han
 * characters (两学一做 gives 两学, 学一, 一做 and the words), and at search time matches each query
 * word as a prefix of indexed words, keeping pages that match every word. Left to itself it splits
 * a Chinese query with the browser's segmenter into words and single characters (党纪 → 党 纪;
 * 主题党日 → 主题 党 日). A single character then matches only as a prefix: a page where 日 only
 * ends a run (…主题党日。) has no indexed word starting with 日 unless 日上 or the like sits in an
 * index chunk that is loaded, and Pagefind loads only the chunk whose range holds 日 itself, so
 * such a page can be missed. Single characters also match far too much (党 and 纪 anywhere).
 *
 * Character pairs have neither problem: a page containing 主题党日 contains the indexed words
 * 主题, 题党 and 党日 themselves, each in the one chunk whose range holds it. So a Han run of two
 * or more characters is sent as pairs, and the search runs without Pagefind's own segmentation
 * (see stores/search-pagefind.ts). Every pair sent costs an index chunk download (one of 3–5 KB,
 * or 15–30 KB for a pair as common as 党员 at 2,000 pages), and every candidate page a fragment
 * download. Short runs are sent as all their pairs (第四十条 as 第四 四十 十条: 第四 and 十条 alone
 * are on nearly every page of regulations). A longer run is sent as a few of its pairs, those that
 * span a boundary between two of its words (党|支部|书记|每年|至少|为|党员|… gives 部书 记每 年至):
 * a word such as 党员 or 每年 is common on its own, while a pair across two words mostly occurs
 * where the phrase does. Any pairs of the query find every page containing it, so this changes
 * only how many other pages come along: on the 2,000-page synthetic site, phrases of 5–20
 * characters sent as every other pair cost about 2.4 times these chunk bytes, for about as many
 * candidates (within a tenth either way).
 */

/** A run of Han characters, or of other letters and digits (Latin words, numbers). */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;
/** Longest Han run sent as all its pairs; longer runs are sent as at most {@link LONG_RUN_WORDS} of them. */
export const ALL_PAIRS_UP_TO = 4;
/** Most pairs a longer Han run is sent as. */
export const LONG_RUN_WORDS = 3;

/** Splits a Han run into words; pairs across their boundaries are the ones sent. */
export type WordSplitter = (run: string) => string[];

let browserSplitter: WordSplitter | null | undefined;
/** The runtime's Chinese word segmenter (Intl.Segmenter), or null where there is none. */
function defaultSplitter(): WordSplitter | null {
  if (browserSplitter === undefined) {
    const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
    browserSplitter = segmenter && ((run) => [...segmenter.segment(run)].map((s) => s.segment));
  }
  return browserSplitter;
}

/** At most `n` of `items`, spread evenly from the first to the last. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}

/**
 * The pairs of a Han run (as characters) that span a boundary between the words `split` finds,
 * most telling first: a boundary between two words of two or more characters (支部|书记: 部书),
 * then one beside a single-character word, then one between two of those (党|课: a word the
 * segmenter does not know, or a particle as common as 为 or 的 on both sides); in run order within each.
 */
function boundaryPairs(chars: readonly string[], split: WordSplitter): string[] {
  const lengths = split(chars.join('')).map((word) => [...word].length);
  const tiers: string[][] = [[], [], []];
  let at = 0;
  for (let i = 0; i + 1 < lengths.length; i++) {
    at += lengths[i]!;
    if (at <= 0 || at >= chars.length) continue;
    const singles = Number(lengths[i] === 1) + Number(lengths[i + 1] === 1);
    tiers[singles]!.push(chars[at - 1]! + chars[at]!);
  }
  return [...new Set(tiers.flat())];
}

/**
 * Index words for one normalised query term. A Han run of two to {@link ALL_PAIRS_UP_TO}
 * characters gives all its adjacent pairs; a longer run gives at most {@link LONG_RUN_WORDS}
 * pairs that span a boundary between its words as `split` finds them (by default the runtime's
 * Chinese segmenter), the most telling first (see `boundaryPairs`), or, when it finds no boundary
 * or there is no segmenter, that many of all its pairs spread across it. A lone Han character, and any run of other letters or digits, is sent as
 * itself (Pagefind indexes those as words). Punctuation and spaces give nothing: Pagefind does not
 * index them.
 *
 * @example indexWords('第四十条') // ['第四', '四十', '十条']
 * @example indexWords('开除党籍是党内最高处分', () => ['开除', '党籍', '是', '党内', '最高', '处分']) // ['除党', '内最', '高处']
 * @example indexWords('第1–4条') // ['第', '1', '4', '条']
 */
export function indexWords(term: string, split: WordSplitter | null = defaultSplitter()): string[] {
  const words: string[] = [];
  for (const run of term.match(RUN) ?? []) {
    const chars = [...run];
    if (!HAN.test(run) || chars.length === 1) {
      words.push(run);
      continue;
    }
    const pairs = chars.slice(1).map((ch, i) => chars[i]! + ch);
    if (chars.length <= ALL_PAIRS_UP_TO) {
      words.push(...pairs);
      continue;
    }
    const across = split ? boundaryPairs(chars, split) : [];
    words.push(...(across.length > 0 ? across.slice(0, LONG_RUN_WORDS) : spread(pairs, LONG_RUN_WORDS)));
  }
  return words;
}

/**
 * The Pagefind query for normalised query terms (see `queryTerms`): the index words of every
 * term, without repeats, separated by spaces. Pagefind keeps the pages that have every word, so
 * this finds every page that contains all the terms. Empty when no term has an indexable character
 * (punctuation only): Pagefind could not find such text, and is not asked.
 *
 * @example pagefindQuery(['开除党籍', '留党察看']) // '开除 除党 党籍 留党 党察 察看'
 */
export function pagefindQuery(terms: readonly string[], split: WordSplitter | null = defaultSplitter()): string {
  return [...new Set(terms.flatMap((term) => indexWords(term, split)))].join(' ');
}

/** How many index words a query from {@link pagefindQuery} has. */
export function indexWordsOf(query: string): number {
  return query.split(' ').filter(Boolean).length;
}
