import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_UP_TO, LONG_RUN_WORDS, indexWords, indexWordsOf, pagefindQuery } from '../../../../src/lib/search/index-query.ts';
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
  /** A fixed segmentation, so these cases do not depend on the runtime's dictionary. */
  const words = (...list: string[]) => () => list;

  it('sends a short Han run as all its pairs', () => {
    expect(indexWords('党纪')).toEqual(['党纪']);
    expect(indexWords('第四十条')).toEqual(['第四', '四十', '十条']);
    expect(indexWords('三会一课', words('三会一课'))).toEqual(['三会', '会一', '一课']);
  });

  it('sends a longer run as at most three pairs across its word boundaries, those between longer words first', () => {
    expect(ALL_PAIRS_UP_TO).toBe(4);
    expect(LONG_RUN_WORDS).toBe(3);
    const seg = words('党', '支部', '书记', '每年', '至少', '为', '党员', '讲', '一次', '党', '课');
    expect(indexWords('党支部书记每年至少为党员讲一次党课', seg)).toEqual(['部书', '记每', '年至']);
    expect(indexWords('开除党籍是党内最高处分', words('开除', '党籍', '是', '党内', '最高', '处分'))).toEqual(['除党', '内最', '高处']);
    // Beside a single-character word when there are not three between longer words; between two last.
    expect(indexWords('严守党的纪律', words('严守', '党', '的', '纪律'))).toEqual(['守党', '的纪', '党的']);
    expect(indexWords('民主生活会', words('民主', '生活', '会'))).toEqual(['主生', '活会']);
  });

  it('spreads three of all its pairs across a longer run when it has no word boundary, or there is no segmenter', () => {
    expect(indexWords('中华人民共和国', words('中华人民共和国'))).toEqual(['中华', '民共', '和国']);
    expect(indexWords('领导干部报告个人', null)).toEqual(['领导', '部报', '个人']);
    expect(indexWords('党章是最根本的党内法规', null)).toEqual(['党章', '本的', '法规']);
  });

  it('with the runtime\'s segmenter, sends at most three pairs of a long run, each one of its pairs', () => {
    for (const run of ['党支部书记每年至少为党员讲一次党课', '以习近平同志为核心的党中央', '中国共产党纪律处分条例']) {
      const sent = indexWords(run);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.length).toBeLessThanOrEqual(LONG_RUN_WORDS);
      for (const word of sent) expect(indexedPairs(run).has(word), word).toBe(true);
    }
  });

  it('keeps a lone Han character and runs of other letters or digits whole, and drops punctuation', () => {
    expect(indexWords('党')).toEqual(['党']);
    expect(indexWords('第1–4条')).toEqual(['第', '1', '4', '条']);
    expect(indexWords('158')).toEqual(['158']);
    expect(indexWords('(试行)')).toEqual(['试行']);
    expect(indexWords('党组工作条例（试行）', () => ['党组', '工作', '条例'])).toEqual(['组工', '作条', '试行']);
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
