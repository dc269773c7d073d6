import { describe, expect, it } from 'vitest';
import { isGuideAnchor, resolveSource, sourceHref, type SourcePage } from '../../../../src/lib/quiz/source-link.ts';

// The same document before and after the branch imports its 原文.
const guide: SourcePage = { id: 'wenze', version: '2019', fullText: false, anchors: new Set(['文件结构', 'pt-1', 'pt-4']) };
const imported2019: SourcePage = { id: 'wenze', version: '2019', fullText: true, anchors: new Set(['ch-1', 'art-1', 'art-3', 'art-8']) };
const imported2016: SourcePage = { ...imported2019, version: '2016' };
const plan: SourcePage = { id: 'plan', fullText: true, anchors: new Set(['sec-1', 'p-3']) };

describe('resolveSource', () => {
  it('on a guide, links to the 学习要点 or heading the question names', () => {
    expect(resolveSource({ version: '2019', article: 3, anchor: 'pt-1' }, guide)).toEqual({ kind: 'point', anchor: 'pt-1' });
    expect(resolveSource({ version: '2019', anchor: '文件结构' }, guide)).toEqual({ kind: 'section', anchor: '文件结构' });
  });

  it('once the 原文 of the same version is imported, links to the article instead, with no edit to the bank', () => {
    expect(resolveSource({ version: '2019', article: 3, anchor: 'pt-1' }, imported2019)).toEqual({ kind: 'article', anchor: 'art-3' });
  });

  it('keeps an older version’s article number away from a newer text, and the reverse', () => {
    // 2016 第七条 is not 2019 第七条: the history question falls back to the page, never to a wrong article.
    expect(resolveSource({ version: '2016', article: 7, anchor: 'pt-4' }, imported2019)).toEqual({ kind: 'page' });
    expect(resolveSource({ version: '2019', article: 3, anchor: 'pt-1' }, imported2016)).toEqual({ kind: 'page' });
  });

  it('falls back to the page for a guide anchor on an imported text, or an article the text lacks', () => {
    expect(resolveSource({ version: '2019', anchor: '文件结构' }, imported2019)).toEqual({ kind: 'page' });
    expect(resolveSource({ version: '2019', article: 99, anchor: 'pt-1' }, imported2019)).toEqual({ kind: 'page' });
  });

  it('reports what does not exist', () => {
    expect(resolveSource({ version: '2019', anchor: 'art-10' }, guide)).toEqual({ kind: 'missing', reason: 'wenze 页面上没有 #art-10' });
    expect(resolveSource({ anchor: 'p-99' }, plan)).toEqual({ kind: 'missing', reason: 'plan 页面上没有 #p-99' });
    expect(resolveSource({ version: '2019', anchor: 'pt-9' }, guide).kind).toBe('missing');
  });

  it('resolves the plan’s paragraphs and parts as they are', () => {
    expect(resolveSource({ anchor: 'p-3' }, plan)).toEqual({ kind: 'section', anchor: 'p-3' });
    expect(resolveSource({ anchor: 'sec-1' }, plan)).toEqual({ kind: 'section', anchor: 'sec-1' });
  });
});

describe('sourceHref / isGuideAnchor', () => {
  it('builds the link', () => {
    expect(sourceHref('wenze', { kind: 'article', anchor: 'art-3' })).toBe('/documents/wenze/#art-3');
    expect(sourceHref('wenze', { kind: 'point', anchor: 'pt-1' })).toBe('/documents/wenze/#pt-1');
    expect(sourceHref('wenze', { kind: 'page' })).toBe('/documents/wenze/');
  });

  it('tells guide anchors from a full text’s', () => {
    expect(['pt-3', '学习要点', '这份文件是做什么的'].map(isGuideAnchor)).toEqual([true, true, true]);
    expect(['art-3', 'p-3', 'sec-1-2', 'ch-2'].map(isGuideAnchor)).toEqual([false, false, false, false]);
  });
});
