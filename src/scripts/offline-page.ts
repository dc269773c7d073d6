// The offline page: lists the pages saved on this device (in any of the site's caches), so every
// link it shows opens without a network.
import { cachedPageLinks } from '../lib/offline/cached-pages.ts';
import type { DownloadPlan } from '../lib/offline/download-plan.ts';

const status = document.querySelector<HTMLElement>('[data-offline-status]');
const list = document.querySelector<HTMLUListElement>('[data-offline-pages]');
document.querySelector('[data-offline-retry]')?.addEventListener('click', () => location.reload());

/** Every address stored in the site's caches. */
async function cachedUrls(): Promise<string[]> {
  if (typeof caches === 'undefined') return [];
  const perCache = await Promise.all(
    (await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)),
  );
  return perCache.flat();
}

/** Page titles from the build's list (itself saved on the first visit). */
async function titles(): Promise<Record<string, string>> {
  try {
    return ((await (await fetch('/offline.json')).json()) as DownloadPlan).titles;
  } catch {
    return {};
  }
}

async function show(): Promise<void> {
  if (!status || !list) return;
  const [urls, names] = await Promise.all([cachedUrls().catch(() => []), titles()]);
  const links = cachedPageLinks(urls, names);
  list.replaceChildren(
    ...links.map((link) => {
      const item = document.createElement('li');
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.title;
      item.append(anchor);
      return item;
    }),
  );
  status.textContent = links.length ? '' : (status.dataset.none ?? '');
  status.hidden = links.length > 0;
}

void show();
