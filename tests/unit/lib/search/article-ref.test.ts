// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArticleRef } from '../../../../src/lib/search/article-ref.ts';

describe('parseArticleRef', () => {
  it.each([
    ['党章 第十条', '党章', '条', 10],
    ['党章第十条', '党章', '条', 10],
    ['党章10', '党章', '条', 10],
    ['党章 10', '党章', '条', 10],
    ['党章第10条', '党章', '条', 10],
    ['党章 第 10 条', '党章', '条', 10],
    ['纪律处分条例第一百零三条', '纪律处分条例', '条', 103],
    ['纪律处分条例 第一百零三条', '纪律处分条例', '条', 103],
    ['问责 7', '问责', '条', 7],
    ['问责条例七', '问责条例', '条', 7],
    ['方案 第12段', '方案', '段', 12],
    ['实施方案 第12段', '实施方案', '段', 12],
    ['方案 第三部分', '方案', '部分', 3],
    ['党章第二章', '党章', '章', 2],
  ] as const)('%s → %s %s %i', (query, docQuery, unit, number) => {
    expect(parseArticleRef(query)).toMatchObject({ docQuery, unit, number });
  });

  it('reads full-width digits and the ideographic space', () => {
    expect(parseArticleRef('党章　第１０条')).toMatchObject({ docQuery: '党章', unit: '条', number: 10 });
    expect(parseArticleRef('问责　７')).toMatchObject({ docQuery: '问责', number: 7 });
  });

  it('drops book-title marks and trailing punctuation', () => {
    expect(parseArticleRef('《党章》第十条。')).toMatchObject({ docQuery: '党章', unit: '条', number: 10 });
  });

  it('says whether the unit was written and how the number was', () => {
    expect(parseArticleRef('方案12')).toEqual({ docQuery: '方案', unit: '条', number: 12, unitWritten: false, chineseNumeral: false });
    expect(parseArticleRef('方案 三')).toEqual({ docQuery: '方案', unit: '条', number: 3, unitWritten: false, chineseNumeral: true });
    expect(parseArticleRef('党章 第十条')).toMatchObject({ unitWritten: true, chineseNumeral: true });
  });

  it.each(['', '   ', '10', '１０', '第十条', '第10条', '十', '党章', '三会一课', '廉洁自律准则', '纪律处分条', '党章 0', '党章 10000',
    '党章 99999999999999999999', '党章一百三', '2016 10', '<script>', '！！！'])('%j is not a reference', (query) => {
    expect(parseArticleRef(query)).toBeNull();
  });

  it('does not read a unit word inside a name as the unit', () => {
    // 党章 ends in 章 but has no number; 纪律处分条例 contains 条 but ends in 例.
    expect(parseArticleRef('党章')).toBeNull();
    expect(parseArticleRef('纪律处分条例')).toBeNull();
  });

  it('never throws, whatever is typed', () => {
    for (const query of ['\\', '第', '第第十条', '零', '〇〇', '十十', 'a'.repeat(500), '党'.repeat(500) + '十', '\u0000', '😀10']) {
      expect(() => parseArticleRef(query)).not.toThrow();
    }
  });
});
