/**
 * Reads what members type into the search box when they mean a place in a document rather than
 * words in it: 党章 第十条, 党章10, 纪律处分条例第一百零三条, 问责 7, 方案 第12段, 方案 三.
 * Pure: the quick jump decides which document the name means and whether the place exists.
 */
import { chineseToNumber, parseNumeral } from '../numerals.ts';

/** The units a reference can name: articles, plan paragraphs, chapters, plan sections. */
export type RefUnit = '条' | '段' | '章' | '部分';

/** A reference such as 党章 第十条, split into the document part and the place. */
export interface ArticleRef {
  /** What the member typed for the document, e.g. 党章 or 纪律处分条例; book-title marks removed. */
  docQuery: string;
  /** The unit written after the number, or 条 when none was written (see {@link unitWritten}). */
  unit: RefUnit;
  /** The number, 1–9999. */
  number: number;
  /**
   * False when the query has no unit (党章10, 方案 三). The quick jump then picks the unit from the
   * document: articles for regulations, paragraphs or sections for the plan.
   */
  unitWritten: boolean;
  /**
   * True when the number was written in Chinese numerals. The plan's sections are headed 一…六 and
   * its paragraphs are cited by Arabic number, so 方案 三 means a section and 方案12 a paragraph.
   */
  chineseNumeral: boolean;
}

/** Longest first, so 部分 is not read as a stray 分. */
const UNIT_SUFFIX = /(部分|条|段|章)$/u;
const ARABIC_SUFFIX = /[0-9]+$/u;
const CHINESE_SUFFIX = /[零〇一二两三四五六七八九十百千]+$/u;
/** Marks members copy along with a title (《党章》) or type after a reference; they carry no meaning here. */
const DECORATION = /[《》〈〉“”‘’"'「」『』]/gu;
const TRAILING_PUNCTUATION = /[\s。，、；：！？.,;:!?]+$/u;
/** A document part must name something: at least one letter or CJK character (2016 10 is no reference). */
const HAS_NAME = /\p{L}/u;

/** Article numbers in real texts stay far below this; larger numbers are typos, not references. */
const MAX_NUMBER = 9999;

/**
 * Splits a query like 党章 第十条 into the document part and the place it names.
 *
 * Accepts Chinese numerals (十, 一百零三) and Arabic digits (half- or full-width), with or without
 * 第, with or without the unit (条/段/章/部分), with or without a space before the number. Returns
 * null when the query does not end in a number, has no document part (a bare 10 or 第十条), or the
 * numeral is not a valid one (一百三); the caller then treats the query as ordinary words.
 *
 * The numeral is the whole run of numeral characters at the end, so a name ending in one (统一)
 * would need a space or 第 before the number; no current title ends in one.
 *
 * @example parseArticleRef('纪律处分条例第一百零三条') // { docQuery: '纪律处分条例', unit: '条', number: 103, … }
 */
export function parseArticleRef(query: string): ArticleRef | null {
  if (typeof query !== 'string') return null;
  // NFKC folds full-width digits, letters and the ideographic space, so 党章　１０ reads like 党章 10.
  let rest = query.normalize('NFKC').replace(TRAILING_PUNCTUATION, '');

  let unit: RefUnit = '条';
  let unitWritten = false;
  const unitMatch = UNIT_SUFFIX.exec(rest);
  if (unitMatch) {
    unit = unitMatch[1] as RefUnit;
    unitWritten = true;
    rest = rest.slice(0, unitMatch.index).trimEnd();
  }

  let number: number | undefined;
  let chineseNumeral = false;
  const arabic = ARABIC_SUFFIX.exec(rest);
  if (arabic) {
    number = parseNumeral(arabic[0]);
    rest = rest.slice(0, arabic.index);
  } else {
    const run = CHINESE_SUFFIX.exec(rest)?.[0];
    if (run === undefined) return null;
    // The whole run must be the numeral: 党章一百三 is a mistyped number, not 党章一百 + 三.
    number = tryChinese(run);
    chineseNumeral = true;
    rest = rest.slice(0, rest.length - run.length);
  }
  if (number === undefined || !Number.isSafeInteger(number) || number < 1 || number > MAX_NUMBER) return null;

  rest = rest.trimEnd();
  if (rest.endsWith('第')) rest = rest.slice(0, -1);
  const docQuery = rest.replace(DECORATION, '').trim();
  if (!HAS_NAME.test(docQuery)) return null;
  return { docQuery, unit, number, unitWritten, chineseNumeral };
}

function tryChinese(text: string): number | undefined {
  try {
    return chineseToNumber(text);
  } catch {
    return undefined;
  }
}
