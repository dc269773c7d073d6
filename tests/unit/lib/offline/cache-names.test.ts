import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, isStaleDownload } from '../../../../src/lib/offline/cache-names.ts';

describe('cache names', () => {
  it('name every cache after its kind and build', () => {
    expect(cacheName('pages', 'abc123')).toBe('lxyz-pages-abc123');
    expect(cacheName('download', 'abc123')).toBe('lxyz-download-abc123');
  });

  it('find only this site\'s caches of other builds stale', () => {
    expect(isStaleCache('lxyz-pages-old', 'new')).toBe(true);
    expect(isStaleCache('lxyz-search-new', 'new')).toBe(false);
    // Workbox's precache manages itself; other sites' caches are not ours.
    expect(isStaleCache('workbox-precache-v2-http://127.0.0.1/', 'new')).toBe(false);
    expect(isStaleCache('other-pages-old', 'new')).toBe(false);
  });

  it('recognise an older build\'s 离线下载', () => {
    expect(isStaleDownload('lxyz-download-old', 'new')).toBe(true);
    expect(isStaleDownload('lxyz-download-new', 'new')).toBe(false);
    expect(isStaleDownload('lxyz-pages-old', 'new')).toBe(false);
  });

  it('stay self-contained, so the build can copy them into the service worker', () => {
    const copied = new Function(`return ${isStaleCache.toString()}`)() as typeof isStaleCache;
    expect(copied('lxyz-pages-old', 'new')).toBe(true);
  });
});
