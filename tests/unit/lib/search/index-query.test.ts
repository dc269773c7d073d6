import { describe, expect, it } from 'vitest';
import { indexWords, indexWordsOf, pagefindQuery } from '../../../../src/lib/search/index-query.ts';
import { queryTerms } from '../../../../src/lib/search/normalize.ts';

/** Every pair of adjacent Han characters of a text: what Pagefind 1.6 indexes for Chinese. */
function indexedPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  }
  return pairs;
}

describe('index words of a query term', () => {
  it('sends a short Han run as all its pairs', () => {
    expect(indexWords('党纪')).toEqual(['党纪']);
    expect(indexWords('第四十条')).toEqual(['第四', '四十', '十条']);
    expect(indexWords('严守党的纪律')).toEqual(['严守', '守党', '党的', '的纪', '纪律']);
  });

  it('covers a longer run with pairs that do not overlap, the last pair overlapping for an odd length', () => {
    expect(indexWords('开除党籍是党内最高处分')).toEqual(['开除', '党籍', '是党', '内最', '高处', '处分']);
    expect(indexWords('党章是最根本的党内法规')).toEqual(['党章', '是最', '根本', '的党', '内法', '法规']);
    expect(indexWords('领导干部报告个人')).toEqual(['领导', '干部', '报告', '个人']);
  });

  it('keeps a lone Han character and runs of other letters or digits whole, and drops punctuation', () => {
    expect(indexWords('党')).toEqual(['党']);
    expect(indexWords('第1–4条')).toEqual(['第', '1', '4', '条']);
    expect(indexWords('158')).toEqual(['158']);
    expect(indexWords('(试行)')).toEqual(['试行']);
    expect(indexWords('党组工作条例（试行）')).toEqual(['党组', '组工', '工作', '作条', '条例', '试行']);
    expect(indexWords('pdf文件')).toEqual(['pdf', '文件']);
    expect(indexWords('、。！')).toEqual([]);
  });

  it('only asks for words every text containing the term has', () => {
    const texts = ['严格落实“三会一课”制度，推行“主题党日”。', '开除党籍是党内的最高处分。', '领导干部报告个人有关事项规定'];
    const queries = ['三会一课', '主题党日', '开除党籍是党内', '最高处分', '报告个人有关事项规定', '推行', '领导干部报告个人有关事项'];
    for (const text of texts) {
      const pairs = indexedPairs(text);
      for (const q of queries.filter((query) => text.includes(query))) {
        for (const word of indexWords(q)) expect(pairs.has(word), `${word} of ${q} in ${text}`).toBe(true);
      }
    }
  });
});

describe('Pagefind query', () => {
  it('joins the index words of every term once', () => {
    expect(pagefindQuery(queryTerms('开除党籍 留党察看'))).toBe('开除 除党 党籍 留党 党察 察看');
    expect(pagefindQuery(queryTerms('党纪 党纪处分'))).toBe('党纪 纪处 处分');
    expect(pagefindQuery(queryTerms('１５８'))).toBe('158');
  });

  it('is empty when nothing in the query can be indexed', () => {
    expect(pagefindQuery(queryTerms('！？…'))).toBe('');
    expect(pagefindQuery([])).toBe('');
  });
});

describe('indexWordsOf', () => {
  it('counts the words of a Pagefind query', () => {
    expect(indexWordsOf(pagefindQuery(['开除党籍', '留党察看']))).toBe(6);
    expect(indexWordsOf(pagefindQuery(['党章']))).toBe(1);
    expect(indexWordsOf('')).toBe(0);
  });
});
