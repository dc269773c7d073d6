import { describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, lazyModule } from '../../../src/lib/lazy-module.ts';

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
});

describe('failedModuleUrl', () => {
  it('finds the address in Chromium and Firefox messages, and nothing where none is named', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://example.org/_astro/quiz-record.Dye3IOav.js'))).toBe(
      'https://example.org/_astro/quiz-record.Dye3IOav.js',
    );
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: http://127.0.0.1:4399/_astro/a.B-c_d.js?x=1'))).toBe('http://127.0.0.1:4399/_astro/a.B-c_d.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl('offline')).toBeUndefined();
  });
});
