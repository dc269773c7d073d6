import { describe, expect, it } from 'vitest';
import { checkLink, fileForPath, findBrokenLinks, pathOfFile, scanHtml } from '../../../scripts/lib/link-check.ts';
import { quickJumpLinks } from '../../../scripts/lib/quick-links.ts';

// A tiny built site: a guide with 学习要点 anchors and a page that links to it, once with a broken anchor.
const guide = scanHtml(
  'documents/guide/index.html',
  '<html><body><h2 id="学习要点">学习要点</h2><li id="pt-1">一</li><li id="pt-2">二</li><a href="#pt-2">本页</a></body></html>',
);
const home = scanHtml(
  'index.html',
  `<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module">const x = "<a href='/nowhere/'>";</script></head>
   <body><a href="/documents/guide/#pt-1">ok</a><a href="/documents/guide/#art-10">dead</a>
   <a href="/documents/guide/#%E5%AD%A6%E4%B9%A0%E8%A6%81%E7%82%B9">encoded</a><a href="https://example.org/#x">ext</a>
   <a href="mailto:a@b.c">mail</a><a href="/quiz/practice/guide/?anchor=pt-1&amp;x=1">drill</a><a href="/missing/">gone</a></body></html>`,
);
const practice = scanHtml('quiz/practice/guide/index.html', '<a href="../../../documents/guide/#pt-3">rel</a>');
const files = new Set([guide.file, home.file, practice.file, '_astro/a.css', 'quiz/bank.json']);

describe('scanHtml', () => {
  it('reads ids and links, decodes entities and skips script text', () => {
    expect([...guide.ids]).toEqual(['学习要点', 'pt-1', 'pt-2']);
    expect(home.links).toContain('/quiz/practice/guide/?anchor=pt-1&x=1');
    expect(home.links).not.toContain('/nowhere/');
  });
});

describe('fileForPath / pathOfFile', () => {
  it('maps directory paths to index.html and back', () => {
    expect(fileForPath('/documents/guide/', files)).toBe('documents/guide/index.html');
    expect(fileForPath('/documents/guide', files)).toBe('documents/guide/index.html');
    expect(fileForPath('/', files)).toBe('index.html');
    expect(fileForPath('/quiz/bank.json', files)).toBe('quiz/bank.json');
    expect(fileForPath('/missing/', files)).toBeUndefined();
    expect(pathOfFile('documents/guide/index.html')).toBe('/documents/guide/');
    expect(pathOfFile('index.html')).toBe('/');
  });
});

describe('findBrokenLinks', () => {
  it('fails the fixture with a broken anchor, naming page and target', () => {
    const broken = findBrokenLinks([guide, home, practice], files, [
      { from: 'quiz/bank.json › guide-001', links: ['/documents/guide/#pt-2', '/documents/guide/#sec-9'] },
    ]);
    expect(broken).toEqual([
      { from: 'index.html', target: '/documents/guide/#art-10', reason: '锚点不存在：/documents/guide/#art-10' },
      { from: 'index.html', target: '/missing/', reason: '页面不存在：/missing/' },
      { from: 'quiz/practice/guide/index.html', target: '../../../documents/guide/#pt-3', reason: '锚点不存在：/documents/guide/#pt-3' },
      { from: 'quiz/bank.json › guide-001', target: '/documents/guide/#sec-9', reason: '锚点不存在：/documents/guide/#sec-9' },
    ]);
  });

  it('passes a site whose links all land', () => {
    expect(findBrokenLinks([guide], files, [{ from: 'x', links: ['/documents/guide/#pt-1', '/'] }])).toEqual([]);
  });

  it('refuses an anchor on a file that is not a page', () => {
    expect(checkLink('/quiz/bank.json#x', '/', files, () => undefined)).toMatch(/不是网页/);
  });
});

describe('quickJumpLinks', () => {
  it('lists each document page, its anchors, points and 原文 note', () => {
    expect(quickJumpLinks([{ id: 'g', anchors: [], points: [{ id: 'pt-1' }], note: 'yuanwen' }])).toEqual([
      { from: 'search/quick.json › g', links: ['/documents/g/', '/documents/g/#pt-1', '/documents/g/#yuanwen'] },
    ]);
    expect(quickJumpLinks(null)).toEqual([]);
  });
});
