/**
 * Chinese numerals as official texts write them (第一百零三条), for numbers 1–9999.
 * Pure functions: shared by the importer and anything on the site that cites articles.
 */

const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZEROS = new Set(['零', '〇']);
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function invalid(text: string): Error {
  return new Error(`无法识别的中文数字：“${text}”`);
}

/**
 * Reads a Chinese numeral such as 一百零三, 十二, 一十二, 两千, 一千零一 as an integer (0–9999).
 *
 * Strict on purpose: a sloppy numeral in a heading usually means a typo in the source text,
 * so forms that are ambiguous or non-standard (一百三, 一百十, 十两, 零五, 两十) are rejected
 * rather than guessed.
 *
 * @throws Error with a Chinese message when the text is not a valid numeral.
 */
export function chineseToNumber(text: string): number {
  const s = text.trim();
  if (s.length === 1 && ZEROS.has(s)) return 0;
  if (s === '') throw invalid(text);

  let total = 0;
  let lastPlace = 10000; // every place must be smaller than the one before it
  let zeroPending = false;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ZEROS.has(ch)) {
      // 零 only stands between two non-zero places, once: 一百零五, never 零五 or 一千零零五.
      if (total === 0 || zeroPending) throw invalid(text);
      zeroPending = true;
      i++;
      continue;
    }
    const digitChar = ch in DIGITS ? ch : undefined;
    if (digitChar) i++;
    const place = s[i] !== undefined && s[i] in UNITS ? UNITS[s[i]] : 1;
    if (place > 1) i++;
    if (!digitChar && place === 1) throw invalid(text);

    let digit = digitChar ? DIGITS[digitChar] : 1;
    if (!digitChar) {
      // A bare unit is only idiomatic for 十 (十二; 一千零十); 百 and 千 always take a digit.
      if (place !== 10 || (total !== 0 && !zeroPending)) throw invalid(text);
      digit = 1;
    }
    // 两 is the spoken form of 二 before 百/千 only; 两十 and 十两 are not numbers.
    if (digitChar === '两' && place < 100) throw invalid(text);
    if (place >= lastPlace) throw invalid(text);
    const skipsPlace = total !== 0 && place * 10 < lastPlace;
    if (skipsPlace !== zeroPending) throw invalid(text);

    total += digit * place;
    lastPlace = place;
    zeroPending = false;
  }
  if (zeroPending) throw invalid(text);
  return total;
}

/**
 * Writes 1–9999 the way official texts number articles: 十, 十二, 二十, 一百零三, 一百一十, 一千零一十.
 *
 * @throws RangeError when `n` is not an integer from 1 to 9999.
 */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`只能转换 1 到 9999 之间的整数，收到 ${n}`);
  }
  const places: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zeroPending = false;
  for (const [place, unit] of places) {
    const digit = Math.floor(n / place) % 10;
    if (digit === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // Official style drops the leading 一 only for 10–19 (第十二条), never inside (第一百一十条).
    const omitOne = place === 10 && digit === 1 && out === '';
    out += (omitOne ? '' : DIGIT_CHARS[digit]) + unit;
  }
  return out;
}

/**
 * Reads a heading number written in Chinese numerals or Arabic digits (half- or full-width):
 * 十二, 12 and １２ all give 12.
 *
 * @throws Error with a Chinese message when the text is neither.
 */
export function parseNumeral(text: string): number {
  const s = text.trim();
  if (/^[0-9０-９]+$/.test(s)) {
    const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    return Number.parseInt(ascii, 10);
  }
  return chineseToNumber(s);
}
