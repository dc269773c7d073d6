import { describe, expect, it } from 'vitest';
import { containsAllTerms, normalizeText, queryTerms } from '../../../../src/lib/search/normalize.ts';
import { splitSections } from '../../../../src/lib/search/sections.ts';
import { excerpt } from '../../../../src/lib/search/excerpt.ts';
import { exactHitsOnPage, expectedResults, startExactSearch, type PageData, type SearchBackend } from '../../../../src/lib/search/exact.ts';

/** Every candidate checked: the full list, and the loose results when it is empty. */
async function fullSearch(backend: SearchBackend, terms: string[], accept?: (g: { url: string }) => boolean) {
  const session = await startExactSearch(backend, terms, { accept });
  await session.checker.fill(Infinity);
  const { results } = session.checker.progress();
  return { groups: results, related: results.length ? [] : session.related() };
}

describe('normalisation', () => {
  it('folds full-width forms, case and whitespace', () => {
    expect(normalizeText('ＡＢＣ１２３　三会\t一课')).toBe('abc123 三会 一课');
    expect(normalizeText('（一）')).toBe('(一)');
  });

  it('splits a query into words, dropping blanks, repeats and words inside other words', () => {
    expect(queryTerms('  党章　党规  党章 ')).toEqual(['党章', '党规']);
    expect(queryTerms('党章 党章党规')).toEqual(['党章党规']);
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('x'.repeat(500))).toEqual(['x'.repeat(100)]);
  });

  it('requires every word', () => {
    expect(containsAllTerms('坚持三会一课制度', ['三会一课', '制度'])).toBe(true);
    expect(containsAllTerms('坚持三会一课制度', ['三会两课'])).toBe(false);
    expect(containsAllTerms('ＡＢＣ', ['abc'])).toBe(true);
    expect(containsAllTerms('anything', [])).toBe(false);
  });
});

const page: PageData = {
  url: '/documents/demo/',
  content: '导语文字。 第一条. 依照第二条办理三会一课。 第二条. 本条讲党课。 第三条. 三会一课和党课。',
  meta: { title: '示例' },
  anchors: [
    { id: 'art-1', text: '第一条', element: 'h2' },
    { id: 'art-2', text: '第二条', element: 'h2' },
    { id: 'art-3', text: '第三条', element: 'h2' },
    { id: 'x', text: '导语', element: 'span' },
  ],
};

describe('sections', () => {
  it('splits at headings, not at a cross-reference with the same words', () => {
    const sections = splitSections(page.content, page.anchors.slice(0, 3));
    expect(sections.map((s) => s.id)).toEqual([undefined, 'art-1', 'art-2', 'art-3']);
    expect(sections[1]?.text).toContain('依照第二条办理');
    expect(sections[2]?.text).toBe('第二条. 本条讲党课。 ');
  });
});

describe('exact hits', () => {
  it('keeps only sections that contain every word, linked to their anchor', () => {
    expect(exactHitsOnPage(page, ['三会一课'])?.hits.map((h) => h.href)).toEqual(['/documents/demo/#art-1', '/documents/demo/#art-3']);
    expect(exactHitsOnPage(page, ['三会一课', '党课'])?.hits.map((h) => h.title)).toEqual(['第三条']);
    expect(exactHitsOnPage(page, ['导语'])?.hits.map((h) => h.href)).toEqual(['/documents/demo/']);
    expect(exactHitsOnPage(page, ['三会两课'])).toBeNull();
    // Words that only meet on the page, never in one section, are not a match.
    expect(exactHitsOnPage(page, ['导语', '党课'])).toBeNull();
  });

  it('leaves the heading out of the excerpt unless the match is only there', () => {
    const text = (q: string) =>
      exactHitsOnPage(page, [q])?.hits.find((h) => h.href.endsWith('#art-2'))?.excerpt.map((p) => p.text).join('');
    expect(text('本条讲党课')).toBe('本条讲党课。');
    expect(text('第二条')).toContain('第二条. 本条讲党课');
  });

  it('marks the words in a short excerpt', () => {
    const parts = excerpt('前面很长的一段文字'.repeat(10) + '严格落实三会一课制度' + '后文'.repeat(40), ['三会一课'], 10);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['三会一课']);
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(excerpt('全角ＡＢＣ文字', ['abc']).filter((p) => p.mark).map((p) => p.text)).toEqual(['ＡＢＣ']);
  });

  it('checks every candidate page and offers loose results only when nothing matches', async () => {
    const other: PageData = { url: '/b/', content: '三会。 另有一课。', meta: { title: '乙' }, anchors: [], sub_results: [{ url: '/b/', title: '乙', plain_excerpt: '三会。 另有一课。' }] };
    const asked: string[] = [];
    const backend: SearchBackend = {
      search: async (query) => {
        asked.push(query);
        return { results: [page, other].map((p, i) => ({ id: String(i), data: async () => p })) };
      },
    };
    const found = await fullSearch(backend, ['三会一课']);
    expect(asked).toEqual(['三会 会一 一课']);
    expect(found.groups.map((g) => g.url)).toEqual(['/documents/demo/']);
    expect(found.related).toEqual([]);
    const none = await fullSearch(backend, ['三会两课']);
    expect(none.groups).toEqual([]);
    expect(none.related.map((r) => r.href)).toEqual(['/documents/demo/', '/b/']);
    // A filter Pagefind cannot apply (the document) drops groups before they count.
    expect((await fullSearch(backend, ['三会一课'], (g) => g.url === '/b/')).groups).toEqual([]);
  });

  it('checks only as many candidates as a screen of hits needs, in Pagefind\'s order, weighing groups by hits', async () => {
    const pages: PageData[] = Array.from({ length: 40 }, (_, i) => ({ url: `/p${i}/`, content: `第${i}页 三会一课`, meta: { title: `页${i}` }, anchors: [] }));
    const loaded = new Set<number>();
    const backend: SearchBackend = {
      search: async () => ({
        results: pages.map((p, i) => ({
          id: String(i),
          data: async () => {
            loaded.add(i);
            // Later pages arrive first: the result order must still be Pagefind's.
            await new Promise((r) => setTimeout(r, (40 - i) % 5));
            return p;
          },
        })),
      }),
    };
    const session = await startExactSearch(backend, ['三会一课']);
    await session.checker.fill(5);
    const first = session.checker.progress();
    expect(first.results.map((g) => g.url)).toEqual(pages.slice(0, 5).map((p) => p.url));
    expect(first).toMatchObject({ checked: 5, candidates: 40, found: 5 });
    expect(loaded.size).toBeLessThan(40);
    await session.checker.fill(Infinity);
    expect(session.checker.progress().results.map((g) => g.url)).toEqual(pages.map((p) => p.url));
    expect(session.checker.complete).toBe(true);
  });

  it('does not ask Pagefind about text it cannot index, and fails when a candidate cannot be loaded', async () => {
    let asked = 0;
    const quiet: SearchBackend = { search: async () => ((asked += 1), { results: [] }) };
    expect(await fullSearch(quiet, ['！？'])).toEqual({ groups: [], related: [] });
    expect(asked).toBe(0);

    const broken: SearchBackend = {
      search: async () => ({
        results: [0, 1, 2].map((i) => ({ id: String(i), data: () => Promise.reject(new Error(`fragment ${i}`)) })),
      }),
    };
    await expect(fullSearch(broken, ['三会一课'])).rejects.toThrow('fragment 0');
  });
});

describe('expected results of a candidate, from the index', () => {
  it('is the locations of the query’s index words per word, at least one', () => {
    expect(expectedResults([3, 40, 90], 1)).toBe(3);
    expect(expectedResults([3, 4, 5, 40, 41, 42], 3)).toBe(2);
    expect(expectedResults([3, 4], 3)).toBe(1);
  });

  it('is unknown when the index gave no locations', () => {
    expect(expectedResults(undefined, 2)).toBeUndefined();
    expect(expectedResults([], 2)).toBeUndefined();
    expect(expectedResults([1], 0)).toBeUndefined();
  });
});
