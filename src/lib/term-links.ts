/**
 * Names of study materials as they appear in running text, and where the site publishes them.
 * Pure: used by the plan generator and meant for the importer and question pages as well.
 */

/** One name that is linked to the page about the document or category it names. */
export interface TermLink {
  /** The name exactly as it is written in the text; it is also the link text. */
  term: string;
  /** Site path of the target page, with the trailing slash the site's URLs use. */
  href: string;
  /**
   * Text that, directly after the name, shows it is only part of a longer word (党章 in 党章党规
   * or 中国共产党章程). Chinese has no spaces between words, so these are listed per name.
   */
  notFollowedBy?: readonly string[];
  /** Text that, directly before the name, shows it is only part of a longer word. */
  notPrecededBy?: readonly string[];
}

/**
 * The names the plan's readers follow to the documents and categories, as agreed for the site.
 * Only these standalone names are linked: a compound such as 党章党规 names no single page.
 */
export const TERM_LINKS: readonly TermLink[] = [
  // 党章党规 is the pair, and 中国共产党章程 contains 党章 only by accident of the characters.
  { term: '党章', href: '/documents/dangzhang/', notFollowedBy: ['党规', '程'] },
  { term: '新形势下党内政治生活的若干准则', href: '/documents/zhengzhi-shenghuo-zhunze/' },
  { term: '廉洁自律准则', href: '/documents/lianjie-zilv-zhunze/' },
  { term: '中国共产党纪律处分条例', href: '/documents/jilv-chufen-tiaoli/' },
  { term: '地方党委工作条例', href: '/documents/difang-weiyuanhui-tiaoli/' },
  { term: '党组工作条例（试行）', href: '/documents/dangzu-tiaoli/' },
  { term: '干部任用条例', href: '/documents/ganbu-renyong-tiaoli/' },
  { term: '问责条例', href: '/documents/wenze-tiaoli/' },
  { term: '领导干部报告个人有关事项规定', href: '/documents/geren-shixiang-guiding/' },
  { term: '习近平总书记系列重要讲话', href: '/documents/xilie-jianghua/' },
  // 党的历史使命/方位/地位/任务 and 党的历史性… speak of the party's mission, not of its history.
  { term: '党的历史', href: '/categories/dangshi/', notFollowedBy: ['使命', '方位', '地位', '任务', '性'] },
  { term: '先进典型', href: '/categories/xianjin-dianxing/' },
  { term: '警示教育', href: '/categories/jingshi-jiaoyu/' },
];

/** Where a name occurs in a text, as UTF-16 offsets (`text.slice(start, end) === link.term`). */
export interface TermMatch {
  /** Offset of the name's first character. */
  start: number;
  /** Offset just past the name's last character. */
  end: number;
  /** The table entry that matched. */
  link: TermLink;
}

function isStandaloneAt(text: string, start: number, link: TermLink): boolean {
  const end = start + link.term.length;
  if (link.notFollowedBy?.some((next) => text.startsWith(next, end))) return false;
  if (link.notPrecededBy?.some((previous) => text.slice(0, start).endsWith(previous))) return false;
  return true;
}

/**
 * Every standalone occurrence of a name in `text`, left to right, never overlapping.
 *
 * Where names overlap, the leftmost wins and, from the same position, the longest, so a long
 * official name is never cut into a shorter one. A name that is part of a longer word (see
 * {@link TermLink.notFollowedBy}) is no match and does not hide a match inside it.
 */
export function findTermMatches(text: string, terms: readonly TermLink[] = TERM_LINKS): TermMatch[] {
  const longestFirst = [...terms].sort((a, b) => b.term.length - a.term.length);
  const matches: TermMatch[] = [];
  let position = 0;
  while (position < text.length) {
    const link = longestFirst.find(
      (candidate) => candidate.term.length > 0 && text.startsWith(candidate.term, position) && isStandaloneAt(text, position, candidate),
    );
    if (link) {
      matches.push({ start: position, end: position + link.term.length, link });
      position += link.term.length;
    } else {
      position += 1;
    }
  }
  return matches;
}

/**
 * The occurrences to link in one scope (a section of a document): for each name, only its first
 * standalone occurrence, so a page is not littered with the same link. `texts` are the scope's
 * paragraphs in reading order; headings are left out by the caller, as they are never linked.
 *
 * @returns for each text, at the same index, the matches to turn into links
 */
export function selectFirstOccurrences(texts: readonly string[], terms: readonly TermLink[] = TERM_LINKS): TermMatch[][] {
  const linked = new Set<string>();
  return texts.map((text) =>
    findTermMatches(text, terms).filter((match) => {
      if (linked.has(match.link.term)) return false;
      linked.add(match.link.term);
      return true;
    }),
  );
}
