import { describe, expect, it } from 'vitest';
import { CACHE_TAG_ATTRIBUTE, SEARCH_PRELOADS, indexPreloads, preloadLink, withIndexPreloads } from '../../../../src/lib/search/preloads.ts';

const entry = { languages: { 'zh-cn': { hash: 'zh-cn_79867e7ebd70e' } } };
const page = `<html><head><meta charset="utf-8">${SEARCH_PRELOADS.map((p) => preloadLink(p)).join('')}<link rel="stylesheet" href="/_astro/a.css"></head><body></body></html>`;

describe('index preloads', () => {
  it('names the entry at a fixed address tagged with the meta hash, and the meta file', () => {
    expect(indexPreloads(entry)).toEqual({
      tag: 'zh-cn_79867e7ebd70e',
      files: [
        { href: '/pagefind/pagefind-entry.json?ts=zh-cn_79867e7ebd70e', as: 'fetch' },
        { href: '/pagefind/pagefind.zh-cn_79867e7ebd70e.pf_meta', as: 'fetch' },
      ],
    });
  });

  it('gives nothing for no language, several, or a hash that is not a plain name', () => {
    expect(indexPreloads({ languages: {} })).toBeNull();
    expect(indexPreloads({ languages: { a: { hash: 'a_1' }, b: { hash: 'b_1' } } })).toBeNull();
    expect(indexPreloads({ languages: { a: { hash: 'a"><script>' } } })).toBeNull();
  });

  it('adds them after the page’s own preloads and before its stylesheet, the entry carrying the tag', () => {
    const html = withIndexPreloads(page, indexPreloads(entry)!);
    const links = [...html.matchAll(/<link [^>]*>/g)].map((m) => m[0]);
    expect(links.map((l) => /href="([^"]+)"/.exec(l)![1])).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind-entry.json?ts=zh-cn_79867e7ebd70e',
      '/pagefind/pagefind.zh-cn_79867e7ebd70e.pf_meta',
      '/_astro/a.css',
    ]);
    expect(links[2]).toContain(`${CACHE_TAG_ATTRIBUTE}="zh-cn_79867e7ebd70e"`);
    expect(links[2]).toContain('crossorigin="anonymous"');
    expect(links.filter((l) => l.includes(CACHE_TAG_ATTRIBUTE))).toHaveLength(1);
  });

  it('replaces the preloads of an earlier indexing run rather than adding more', () => {
    const once = withIndexPreloads(page, indexPreloads({ languages: { 'zh-cn': { hash: 'zh-cn_old' } } })!);
    const twice = withIndexPreloads(once, indexPreloads(entry)!);
    expect(twice).toBe(withIndexPreloads(page, indexPreloads(entry)!));
    expect(twice).not.toContain('zh-cn_old');
  });

  it('refuses a page without the Pagefind preloads to follow', () => {
    expect(() => withIndexPreloads('<html><head></head></html>', indexPreloads(entry)!)).toThrow();
  });
});
