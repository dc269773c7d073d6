import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'lxyz:v1:plan';

// Stores read storage when their module loads, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const store = await import('../../../src/stores/plan-progress.ts');
  return { ...engine, ...store };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('plan progress store', () => {
  it('saves ticks under lxyz:v1:plan and restores them on the next load', async () => {
    const first = await load();
    first.markTaskDone('2026-01-plan-read', true, '2026-01-10T02:00:00.000Z');
    first.markQiyiDone(2026, '2026-qiyi-oath', true, '2026-06-07T02:00:00.000Z');
    first.markDutyDone(2026, '2026-duty-lecture', true, '2026-06-29T08:00:00.000Z');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({
      version: 1,
      tasks: { '2026-01-plan-read': '2026-01-10T02:00:00.000Z' },
      qiyi: { 2026: { '2026-qiyi-oath': '2026-06-07T02:00:00.000Z' } },
      duties: { 2026: { '2026-duty-lecture': '2026-06-29T08:00:00.000Z' } },
    });
    const second = await load();
    expect(second.$planProgress.get().tasks).toEqual({ '2026-01-plan-read': '2026-01-10T02:00:00.000Z' });
  });

  it('untick then undo puts the original tick time back', async () => {
    const s = await load();
    s.markTaskDone('t', true, '2026-01-10T02:00:00.000Z');
    s.markTaskDone('t', false);
    expect(s.$planProgress.get().tasks).toEqual({});
    s.markTaskDone('t', true, '2026-01-10T02:00:00.000Z');
    expect(s.$planProgress.get().tasks).toEqual({ t: '2026-01-10T02:00:00.000Z' });
  });

  it('keeps unreadable data aside under a backup key and starts empty', async () => {
    localStorage.setItem(KEY, '{"version":1,"tasks":{"t":"not a time"},"qiyi":{},"duties":{}}');
    const s = await load();
    expect(s.$planProgress.get()).toEqual({ version: 1, tasks: {}, qiyi: {}, duties: {} });
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('lxyz:backup:'));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0]!)).toContain('not a time');
    expect(s.$storageNotices.get()[0]).toMatchObject({ kind: 'corrupt', key: KEY });
  });
});
