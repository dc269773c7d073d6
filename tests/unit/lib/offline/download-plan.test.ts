import { describe, expect, it } from 'vitest';
import { downloadPercent, formatBytes, isDownloadPage, isSearchFile, planDownload, urlOfPath } from '../../../../src/lib/offline/download-plan.ts';

describe('download plan', () => {
  const files = [
    { path: 'index.html', bytes: 9000 },
    { path: 'documents/plan/index.html', bytes: 30000 },
    { path: 'documents/dangzhang/index.html', bytes: 20000 },
    { path: 'categories/dangshi/index.html', bytes: 15000 },
    { path: 'quiz/practice/dangzhang/index.html', bytes: 7000 },
    { path: 'pagefind/pagefind.js', bytes: 47000 },
    { path: 'pagefind/pagefind-entry.json', bytes: 181 },
    { path: 'pagefind/pagefind.zh-cn_1a2b.pf_meta', bytes: 584 },
    { path: 'pagefind/wasm.unknown.pagefind', bytes: 55000 },
    { path: 'pagefind/index/zh-cn_1.pf_index', bytes: 3000 },
    { path: 'pagefind/fragment/zh-cn_2.pf_fragment', bytes: 2000 },
    { path: 'pagefind/filter/zh-cn_3.pf_filter', bytes: 300 },
    { path: 'pagefind/pagefind-ui.js', bytes: 126000 },
    { path: 'pagefind/pagefind-worker.js', bytes: 42000 },
    { path: '_astro/chrome.abc.js', bytes: 5000 },
  ];

  it('takes every document and category page and the whole index, not the UI or other pages', () => {
    const plan = planDownload('b1', files, { '/': '首页' });
    expect(plan.pages.map((f) => f.url)).toEqual(['/categories/dangshi/', '/documents/dangzhang/', '/documents/plan/']);
    expect(plan.search.map((f) => f.url)).toEqual([
      '/pagefind/filter/zh-cn_3.pf_filter',
      '/pagefind/fragment/zh-cn_2.pf_fragment',
      '/pagefind/index/zh-cn_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.zh-cn_1a2b.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    expect(plan.bytes).toBe(15000 + 20000 + 30000 + 300 + 2000 + 3000 + 181 + 47000 + 584 + 55000);
    expect(plan).toMatchObject({ build: 'b1', titles: { '/': '首页' } });
  });

  it('tells pages and index files apart by path', () => {
    expect(isDownloadPage('documents/x/index.html')).toBe(true);
    expect(isDownloadPage('documents/x/y/index.html')).toBe(false);
    expect(isDownloadPage('quiz/print/x/index.html')).toBe(false);
    expect(isSearchFile('pagefind/index/a.pf_index')).toBe(true);
    expect(isSearchFile('pagefind/pagefind-ui.css')).toBe(false);
  });

  it('maps built files to the addresses they are served at', () => {
    expect(urlOfPath('index.html')).toBe('/');
    expect(urlOfPath('documents/x/index.html')).toBe('/documents/x/');
    expect(urlOfPath('404.html')).toBe('/404.html');
    expect(urlOfPath('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('formats sizes for members and never rounds a non-empty download to nothing', () => {
    expect(formatBytes(0)).toBe('0 KB');
    expect(formatBytes(100)).toBe('1 KB');
    expect(formatBytes(570 * 1024)).toBe('570 KB');
    expect(formatBytes(3.45 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('counts progress in whole percent of bytes, capped at 100', () => {
    expect(downloadPercent(0, 1000)).toBe(0);
    expect(downloadPercent(999, 1000)).toBe(99);
    expect(downloadPercent(1000, 1000)).toBe(100);
    expect(downloadPercent(2000, 1000)).toBe(100);
    expect(downloadPercent(0, 0)).toBe(100);
  });
});
