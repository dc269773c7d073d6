import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentList } from '../../../src/lib/study-list.ts';

const list: DocumentList = {
  categories: ['党章'],
  docs: [{ id: 'dangzhang', title: '中国共产党章程', shortTitle: '党章', category: '党章', audience: 'all', requirement: '必学', fullText: false, units: ['pt-1'] }],
};

describe('loadDocumentList', () => {
  beforeEach(() => vi.resetModules());

  it('fetches /documents.json once and shares the answer', async () => {
    const { loadDocumentList } = await import('../../../src/stores/document-list.ts');
    const fetcher = vi.fn(async () => new Response(JSON.stringify(list)));
    const [a, b] = await Promise.all([loadDocumentList(fetcher), loadDocumentList(fetcher)]);
    expect(a).toEqual(list);
    expect(b).toBe(a);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith('/documents.json');
  });

  it('forgets a failed load so the next call tries again', async () => {
    const { loadDocumentList } = await import('../../../src/stores/document-list.ts');
    const fetcher = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(list)));
    await expect(loadDocumentList(fetcher)).rejects.toThrow('503');
    await expect(loadDocumentList(fetcher)).resolves.toEqual(list);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('loads the outlines from their own address, independently of the catalogue', async () => {
    const { loadDocumentList, loadDocumentOutlines } = await import('../../../src/stores/document-list.ts');
    const outlines = { dangzhang: { anchors: ['pt-1', 'pt-1-a'], unitLabels: { 'pt-1': '第一部分' } } };
    const fetcher = vi.fn(async (url: string) =>
      url === '/archive/outline.json' ? new Response(JSON.stringify(outlines)) : new Response('', { status: 404 }),
    );
    await expect(loadDocumentOutlines(fetcher as typeof fetch)).resolves.toEqual(outlines);
    await expect(loadDocumentList(fetcher as typeof fetch)).rejects.toThrow('/documents.json: 404');
    // The outlines stay cached while the failed catalogue is forgotten.
    await expect(loadDocumentOutlines(fetcher as typeof fetch)).resolves.toEqual(outlines);
    expect(fetcher.mock.calls.map(([url]) => url)).toEqual(['/archive/outline.json', '/documents.json']);
  });
});
