// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chineseToNumber, numberToChinese, parseNumeral } from '../../../src/lib/numerals.ts';

// Written out by hand rather than generated, so the round trip is checked against an independent source.
const ONE_TO_120 = [
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十',
  '三十一', '三十二', '三十三', '三十四', '三十五', '三十六', '三十七', '三十八', '三十九', '四十',
  '四十一', '四十二', '四十三', '四十四', '四十五', '四十六', '四十七', '四十八', '四十九', '五十',
  '五十一', '五十二', '五十三', '五十四', '五十五', '五十六', '五十七', '五十八', '五十九', '六十',
  '六十一', '六十二', '六十三', '六十四', '六十五', '六十六', '六十七', '六十八', '六十九', '七十',
  '七十一', '七十二', '七十三', '七十四', '七十五', '七十六', '七十七', '七十八', '七十九', '八十',
  '八十一', '八十二', '八十三', '八十四', '八十五', '八十六', '八十七', '八十八', '八十九', '九十',
  '九十一', '九十二', '九十三', '九十四', '九十五', '九十六', '九十七', '九十八', '九十九', '一百',
  '一百零一', '一百零二', '一百零三', '一百零四', '一百零五', '一百零六', '一百零七', '一百零八', '一百零九', '一百一十',
  '一百一十一', '一百一十二', '一百一十三', '一百一十四', '一百一十五', '一百一十六', '一百一十七', '一百一十八', '一百一十九', '一百二十',
];

describe('numberToChinese / chineseToNumber', () => {
  it('writes and reads 一 … 一百二十 exactly as official texts number articles', () => {
    ONE_TO_120.forEach((text, i) => {
      expect(numberToChinese(i + 1)).toBe(text);
      expect(chineseToNumber(text)).toBe(i + 1);
    });
  });

  it('round-trips every number up to 9999', () => {
    for (let n = 1; n <= 9999; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  });

  it.each([
    [1000, '一千'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'], [1101, '一千一百零一'],
    [2000, '二千'], [2050, '二千零五十'], [9999, '九千九百九十九'], [200, '二百'], [205, '二百零五'],
  ])('numberToChinese(%i) is %s', (n, text) => {
    expect(numberToChinese(n)).toBe(text);
  });

  it('reads 零 forms, 一十 and 两', () => {
    expect(chineseToNumber('一百零五')).toBe(105);
    expect(chineseToNumber('一千零一')).toBe(1001);
    expect(chineseToNumber('一千零十')).toBe(1010);
    expect(chineseToNumber('一百〇三')).toBe(103);
    expect(chineseToNumber('一十二')).toBe(12);
    expect(chineseToNumber('十二')).toBe(12);
    expect(chineseToNumber('两百')).toBe(200);
    expect(chineseToNumber('两千零二')).toBe(2002);
    expect(chineseToNumber('零')).toBe(0);
    expect(chineseToNumber(' 三十 ')).toBe(30);
  });

  it.each(['', '百', '千二', '十十', '一二', '零五', '一零', '一百零', '一百零零五', '一百零十', '一百三', '一百十',
    '两', '两十', '十两', '一万', '二十零', 'abc', '第一', '一千零百'])('rejects %j', (text) => {
    expect(() => chineseToNumber(text)).toThrow(/无法识别的中文数字/);
  });

  it.each([0, -1, 10000, 1.5, Number.NaN])('numberToChinese refuses %s', (n) => {
    expect(() => numberToChinese(n)).toThrow(RangeError);
  });
});

describe('parseNumeral', () => {
  it('accepts Arabic digits, half- and full-width, as well as Chinese numerals', () => {
    expect(parseNumeral('12')).toBe(12);
    expect(parseNumeral('１０３')).toBe(103);
    expect(parseNumeral('一百零三')).toBe(103);
  });

  it('rejects anything else', () => {
    expect(() => parseNumeral('1二')).toThrow();
  });
});
