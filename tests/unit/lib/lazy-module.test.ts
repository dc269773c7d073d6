import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from '../../../src/lib/lazy-module.ts';

describe('lazyModule', () => {
  it('loads once and gives every caller the same promise', async () => {
    const load = vi.fn(async () => 'panel');
    const get = lazyModule(load);
    const [a, b] = [get(), get()];
    expect(a).toBe(b);
    await expect(a).resolves.toBe('panel');
    await get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load so the next call tries again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('panel');
    const get = lazyModule(load);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).resolves.toBe('panel');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for a module that failed to download again under a fresh address, as browsers remember the failure', async () => {
    const url = 'https://example.org/_astro/panel.abc.js';
    const load = vi.fn(() => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)));
    const importUrl = vi.fn().mockRejectedValueOnce(new TypeError(`Failed to fetch dynamically imported module: ${url}?retry=1`)).mockResolvedValueOnce({ default: 'panel' });
    const get = lazyModule(load, importUrl);
    await expect(get()).rejects.toThrow(url);
    await expect(get()).rejects.toThrow('retry=1');
    await expect(get()).resolves.toEqual({ default: 'panel' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(importUrl.mock.calls).toEqual([[`${url}?retry=1`], [`${url}?retry=2`]]);
  });

  it('tries the same import again when the error names no address (Safari)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Importing a module script failed.')).mockResolvedValueOnce({ default: 'panel' });
    const importUrl = vi.fn();
    const get = lazyModule(load, importUrl);
    await expect(get()).rejects.toThrow();
    await expect(get()).resolves.toEqual({ default: 'panel' });
    expect(importUrl).not.toHaveBeenCalled();
  });
});
