import { describe, expect, it } from 'vitest';
import { guidePoints, parseArticleList, pointForArticle, pointNumber } from '../../../src/lib/guide-points.ts';

const body = `## 学习要点

<Points>
<Point id="pt-1">【总纲】党的性质……</Point>
<Point id="pt-2" articles="40,41">【第四十条 / 第四十一条】六类纪律、五种处分。</Point>
<Point id="pt-3" articles="51,53-55">【第五十一条、第五十三至五十五条】共青团、党徽党旗。</Point>
</Points>
`;

describe('guidePoints', () => {
  it('reads each point’s anchor, the articles it covers and its text', () => {
    expect(guidePoints(body)).toEqual([
      { id: 'pt-1', articles: [], text: '【总纲】党的性质……' },
      { id: 'pt-2', articles: [40, 41], text: '【第四十条 / 第四十一条】六类纪律、五种处分。' },
      { id: 'pt-3', articles: [51, 53, 54, 55], text: '【第五十一条、第五十三至五十五条】共青团、党徽党旗。' },
    ]);
    expect(guidePoints('## 没有要点')).toEqual([]);
  });

  it('finds the point covering an article, if any', () => {
    const points = guidePoints(body);
    expect(pointForArticle(points, 54)?.id).toBe('pt-3');
    expect(pointForArticle(points, 10)).toBeUndefined();
  });

  it('parses article lists and point numbers, ignoring junk', () => {
    expect(parseArticleList('5, 6 ,12-13')).toEqual([5, 6, 12, 13]);
    expect(parseArticleList('x,3')).toEqual([3]);
    expect(parseArticleList(undefined)).toEqual([]);
    expect(pointNumber('pt-12')).toBe(12);
    expect(pointNumber('art-12')).toBeUndefined();
  });
});
