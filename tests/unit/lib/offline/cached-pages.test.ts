import { describe, expect, it } from 'vitest';
import { cachedPageLinks, pagePath, pageTitle } from '../../../../src/lib/offline/cached-pages.ts';

describe('cached pages', () => {
  it('read page addresses from cache keys, skipping files and revision parameters', () => {
    expect(pagePath('http://127.0.0.1:4411/study/index.html?__WB_REVISION__=abc')).toBe('/study/');
    expect(pagePath('http://127.0.0.1:4411/documents/dangzhang/')).toBe('/documents/dangzhang/');
    expect(pagePath('http://127.0.0.1:4411/index.html?__WB_REVISION__=1')).toBe('/');
    expect(pagePath('http://127.0.0.1:4411/_astro/chrome.abc.js')).toBeNull();
    expect(pagePath('http://127.0.0.1:4411/quiz/bank.json?__WB_REVISION__=2')).toBeNull();
    expect(pagePath('http://127.0.0.1:4411/offline/index.html?__WB_REVISION__=3')).toBeNull();
    expect(pagePath('http://127.0.0.1:4411/404.html?__WB_REVISION__=3')).toBeNull();
  });

  it('list each page once, home first, in the site\'s order, with titles', () => {
    const titles = { '/': '两学一做 · 学习园地', '/study/': '学习清单', '/documents/dangzhang/': '中国共产党章程' };
    const links = cachedPageLinks(
      [
        'http://h/documents/dangzhang/',
        'http://h/zzz/',
        'http://h/study/index.html?__WB_REVISION__=1',
        'http://h/index.html?__WB_REVISION__=1',
        'http://h/documents/dangzhang/?x=1',
      ],
      titles,
    );
    expect(links).toEqual([
      { href: '/', title: '两学一做 · 学习园地' },
      { href: '/study/', title: '学习清单' },
      { href: '/documents/dangzhang/', title: '中国共产党章程' },
      { href: '/zzz/', title: '/zzz/' },
    ]);
  });

  it('read a built page\'s title, entities decoded', () => {
    expect(pageTitle('<head><title>党章 &amp; 党规 · 学习园地</title></head>')).toBe('党章 & 党规 · 学习园地');
    expect(pageTitle('<p>no title</p>')).toBeNull();
  });
});
