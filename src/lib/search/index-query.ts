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
 * (see stores/search-pagefind.ts). Every pair sent may cost an index chunk download, and every
 * candidate page a fragment download: short runs are sent as all their pairs (第四十条 as 第四 四十
 * 十条: 第四 and 十条 alone are on nearly every page of regulations), longer ones as pairs that
 * cover them without overlapping (开除 党籍 是党 内最 高处 处分), which already match few pages.
 */

/** A run of Han characters, or of other letters and digits (Latin words, numbers). */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;
/** Longest Han run sent as all its pairs; longer runs are sent as non-overlapping pairs. */
export const ALL_PAIRS_UP_TO = 6;

/**
 * Index words for one normalised query term. A Han run of two to {@link ALL_PAIRS_UP_TO}
 * characters gives all its adjacent pairs; a longer run gives pairs that cover it without
 * overlapping, the last pair of an odd-length run overlapping the one before (a lone last
 * character would match only as a prefix). A lone Han character, and any run of other letters or
 * digits, is sent as itself (Pagefind indexes those as words). Punctuation and spaces give nothing:
 * Pagefind does not index them.
 *
 * @example indexWords('第四十条') // ['第四', '四十', '十条']
 * @example indexWords('开除党籍是党内最高处分') // ['开除', '党籍', '是党', '内最', '高处', '处分']
 * @example indexWords('第1–4条') // ['第', '1', '4', '条']
 */
export function indexWords(term: string): string[] {
  const words: string[] = [];
  for (const run of term.match(RUN) ?? []) {
    const chars = [...run];
    if (!HAN.test(run) || chars.length === 1) {
      words.push(run);
      continue;
    }
    const step = chars.length <= ALL_PAIRS_UP_TO ? 1 : 2;
    for (let i = 0; i + 1 < chars.length; i += step) words.push(chars[i]! + chars[i + 1]!);
    if (step === 2 && chars.length % 2 === 1) words.push(chars.at(-2)! + chars.at(-1)!);
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
export function pagefindQuery(terms: readonly string[]): string {
  return [...new Set(terms.flatMap(indexWords))].join(' ');
}

/** How many index words a query from {@link pagefindQuery} has. */
export function indexWordsOf(query: string): number {
  return query.split(' ').filter(Boolean).length;
}
