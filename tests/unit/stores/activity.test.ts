import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'lxyz:v1:activity';

async function load() {
  vi.resetModules();
  return import('../../../src/stores/activity.ts');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('activity store', () => {
  it('adds seconds per day, capped at a day, and keeps them', async () => {
    const s = await load();
    s.recordStudySeconds({ '2026-03-01': 30, '2026-03-02': 30 });
    s.recordStudySeconds({ '2026-03-01': 86_400 });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 1, days: { '2026-03-01': 86_400, '2026-03-02': 30 } });
    const again = await load();
    expect(again.$activity.get().days['2026-03-02']).toBe(30);
  });

  it('writes nothing when there is nothing to add', async () => {
    const s = await load();
    s.recordStudySeconds({});
    s.recordStudySeconds({ '2026-03-01': 0 });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('adds to what another tab wrote', async () => {
    const s = await load();
    s.recordStudySeconds({ '2026-03-01': 10 });
    const other = { version: 1, days: { '2026-03-01': 100 } };
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(other) }));
    s.recordStudySeconds({ '2026-03-01': 5 });
    expect(s.$activity.get().days['2026-03-01']).toBe(105);
  });
});
