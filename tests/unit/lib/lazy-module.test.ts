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
});
