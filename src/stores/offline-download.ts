/**
 * The 离线下载: saves every document page and the whole search index into this build's download
 * cache (Cache Storage, not localStorage: the service worker serves from it), and removes it
 * again. What to fetch and its size come from /offline.json, which the build writes.
 */
import { atom } from 'nanostores';
import { cacheName, OUTDATED_MARK } from '../lib/offline/cache-names.ts';
import type { DownloadFile, DownloadPlan } from '../lib/offline/download-plan.ts';

/** Everything the 离线下载 control shows. */
export interface OfflineDownloadState {
  /**
   * `checking` while the list and the cache are read; `unsupported` without Cache Storage;
   * `unavailable` when the list cannot be loaded; `ready` when not (fully) downloaded;
   * `running` while downloading; `done` when every file is saved.
   */
  status: 'checking' | 'unsupported' | 'unavailable' | 'ready' | 'running' | 'done';
  /** The build's list, once loaded. */
  plan: DownloadPlan | null;
  /** Files and bytes already saved. */
  doneFiles: number;
  doneBytes: number;
  /** Why the last download stopped, if it failed: no network, the server refused a file, or no room. */
  error: 'network' | 'server' | 'quota' | null;
  /** An older build's download was cleared by the update. */
  outdated: boolean;
  /** The member removed the download just now. */
  removed: boolean;
}

/** Before the list and the cache are read; also what the page is built with. */
export const OFFLINE_DOWNLOAD_CHECKING: OfflineDownloadState = {
  status: 'checking', plan: null, doneFiles: 0, doneBytes: 0, error: null, outdated: false, removed: false,
};

/** The 离线下载's state. */
export const $offlineDownload = atom<OfflineDownloadState>(OFFLINE_DOWNLOAD_CHECKING);

/** Files fetched at the same time: enough to hide latency, few enough for a weak phone signal. */
const PARALLEL = 4;
/** Marks the download's own requests, so the service worker does not also cache them elsewhere. */
const DOWNLOAD_HEADER = { 'x-lxyz-download': '1' };

/** A file the server did not give. */
class DownloadError extends Error {
  readonly reason = 'server' as const;
}

const allFiles = (plan: DownloadPlan): DownloadFile[] => [...plan.pages, ...plan.search];
const sum = (files: readonly DownloadFile[]) => files.reduce((n, f) => n + f.bytes, 0);
const update = (patch: Partial<OfflineDownloadState>) => $offlineDownload.set({ ...$offlineDownload.get(), ...patch });

/** The addresses already saved in this build's download cache. */
async function savedUrls(plan: DownloadPlan): Promise<Set<string>> {
  const cache = await caches.open(cacheName('download', plan.build));
  return new Set((await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search));
}

/** Loads the list and counts what is saved. Safe to call again (another panel, after an update). */
export async function checkOfflineDownload(): Promise<void> {
  if (typeof caches === 'undefined') return update({ status: 'unsupported' });
  if ($offlineDownload.get().status === 'running') return;
  try {
    const response = await fetch('/offline.json');
    if (!response.ok) throw new Error(String(response.status));
    const plan = (await response.json()) as DownloadPlan;
    const saved = await savedUrls(plan);
    const done = allFiles(plan).filter((f) => saved.has(f.url));
    update({
      plan,
      status: done.length === allFiles(plan).length ? 'done' : 'ready',
      doneFiles: done.length,
      doneBytes: sum(done),
      outdated: saved.has(OUTDATED_MARK),
    });
  } catch {
    update({ status: 'unavailable' });
  }
}

/** Saves every file not yet saved; keeps what was saved if it stops half-way. */
export async function startOfflineDownload(): Promise<void> {
  const { plan, status } = $offlineDownload.get();
  if (!plan || status === 'running') return;
  update({ status: 'running', error: null, removed: false });
  const cache = await caches.open(cacheName('download', plan.build));
  const saved = await savedUrls(plan);
  const queue = allFiles(plan).filter((f) => !saved.has(f.url));
  const fetchOne = async (file: DownloadFile) => {
    const response = await fetch(file.url, { headers: DOWNLOAD_HEADER, cache: 'no-cache' });
    if (!response.ok) throw new DownloadError(file.url);
    await cache.put(file.url, response);
    const s = $offlineDownload.get();
    update({ doneFiles: s.doneFiles + 1, doneBytes: s.doneBytes + file.bytes });
  };
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await fetchOne(file);
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await cache.delete(OUTDATED_MARK);
    update({ status: 'done', outdated: false });
  } catch (error) {
    queue.length = 0;
    const reason = error instanceof DownloadError ? error.reason : error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'network';
    update({ status: 'ready', error: reason });
  }
}

/** Deletes the download; pages the member opened stay in their own cache. */
export async function removeOfflineDownload(): Promise<void> {
  const { plan } = $offlineDownload.get();
  if (!plan) return;
  await caches.delete(cacheName('download', plan.build));
  update({ status: 'ready', doneFiles: 0, doneBytes: 0, error: null, outdated: false, removed: true });
}
