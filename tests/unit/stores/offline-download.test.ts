import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DownloadPlan } from '../../../src/lib/offline/download-plan.ts';

/** A small Cache Storage in memory: what the store uses of it. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const key = (r: RequestInfo | URL) => new URL(r instanceof Request ? r.url : String(r), 'http://site.test').href;
  return {
    stores,
    api: {
      async open(name: string) {
        if (!stores.has(name)) stores.set(name, new Map());
        const entries = stores.get(name)!;
        return {
          async keys() {
            return [...entries.keys()].map((url) => new Request(url));
          },
          async put(request: RequestInfo | URL, response: Response) {
            entries.set(key(request), response);
          },
          async delete(request: RequestInfo | URL) {
            return entries.delete(key(request));
          },
        };
      },
      async delete(name: string) {
        return stores.delete(name);
      },
    },
  };
}

const plan: DownloadPlan = {
  build: 'b1',
  pages: [{ url: '/documents/a/', bytes: 1000 }, { url: '/documents/b/', bytes: 3000 }],
  search: [{ url: '/pagefind/index/x.pf_index', bytes: 4000 }],
  bytes: 8000,
  titles: {},
};

describe('offline download store', () => {
  let memory: ReturnType<typeof memoryCaches>;
  let failing: Set<string>;
  let fetched: { url: string; header: string | null }[];

  beforeEach(() => {
    vi.resetModules();
    memory = memoryCaches();
    failing = new Set();
    fetched = [];
    vi.stubGlobal('caches', memory.api);
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (url === '/offline.json') return new Response(JSON.stringify(plan));
      fetched.push({ url, header: new Headers(init?.headers).get('x-lxyz-download') });
      if (failing.has(url)) throw new TypeError('Failed to fetch');
      return new Response(`body of ${url}`);
    });
  });

  afterEach(() => vi.unstubAllGlobals());

  it('shows the size from the build, saves every file with progress, and removes them again', async () => {
    const store = await import('../../../src/stores/offline-download.ts');
    await store.checkOfflineDownload();
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'ready', doneFiles: 0, doneBytes: 0 });
    expect(store.$offlineDownload.get().plan?.bytes).toBe(8000);

    const seen: number[] = [];
    const off = store.$offlineDownload.subscribe((s) => seen.push(s.doneBytes));
    await store.startOfflineDownload();
    off();
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'done', doneFiles: 3, doneBytes: 8000, error: null });
    expect(seen.at(-1)).toBe(8000);
    expect(new Set(seen).size).toBeGreaterThan(2);
    // Marked, so the service worker leaves them to the download's own cache.
    expect(fetched.every((f) => f.header === '1')).toBe(true);
    expect([...memory.stores.get('lxyz-download-b1')!.keys()].map((u) => new URL(u).pathname).sort()).toEqual(
      ['/documents/a/', '/documents/b/', '/pagefind/index/x.pf_index'],
    );

    await store.removeOfflineDownload();
    expect(memory.stores.has('lxyz-download-b1')).toBe(false);
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'ready', doneFiles: 0, removed: true });
  });

  it('keeps what was saved when the network drops, and continues with only the rest', async () => {
    const store = await import('../../../src/stores/offline-download.ts');
    await store.checkOfflineDownload();
    failing.add('/pagefind/index/x.pf_index');
    await store.startOfflineDownload();
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'ready', error: 'network', doneFiles: 2, doneBytes: 4000 });

    failing.clear();
    fetched = [];
    await store.checkOfflineDownload();
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'ready', doneFiles: 2 });
    await store.startOfflineDownload();
    expect(fetched.map((f) => f.url)).toEqual(['/pagefind/index/x.pf_index']);
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'done', doneFiles: 3, error: null });
  });

  it('says when an update cleared an older download, until a new one is complete', async () => {
    const store = await import('../../../src/stores/offline-download.ts');
    await (await memory.api.open('lxyz-download-b1')).put('/offline.json?outdated', new Response(''));
    await store.checkOfflineDownload();
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'ready', outdated: true });
    await store.startOfflineDownload();
    expect(store.$offlineDownload.get()).toMatchObject({ status: 'done', outdated: false });
    expect([...memory.stores.get('lxyz-download-b1')!.keys()].some((u) => u.includes('outdated'))).toBe(false);
  });

  it('reports a browser without Cache Storage', async () => {
    vi.stubGlobal('caches', undefined);
    const store = await import('../../../src/stores/offline-download.ts');
    await store.checkOfflineDownload();
    expect(store.$offlineDownload.get().status).toBe('unsupported');
  });
});
