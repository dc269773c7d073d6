import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'lxyz:v1:branch';

// Stores read storage when their module loads, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const store = await import('../../../src/stores/branch.ts');
  return { ...engine, ...store };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('支部汇总 settings store', () => {
  it('remembers the standards under lxyz:v1:branch', async () => {
    const first = await load();
    expect(first.$branch.get()).toEqual({ version: 1, thresholds: { flagOverdue: false } });
    first.saveThresholds({ studyMinutes: 60, attendanceDays: 4, flagOverdue: true });
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({ version: 1, thresholds: { studyMinutes: 60, attendanceDays: 4, flagOverdue: true } });
    const second = await load();
    expect(second.$branch.get().thresholds).toEqual({ studyMinutes: 60, attendanceDays: 4, flagOverdue: true });
  });

  it('remembers the 通报 text as typed, forgets empty text, and goes back to the defaults', async () => {
    const s = await load();
    s.saveNoticeText({ title: '<b>{期间}</b>通报', template: '正文 {人数}' });
    expect(s.$branch.get()).toMatchObject({ title: '<b>{期间}</b>通报', template: '正文 {人数}' });
    s.saveNoticeText({ template: '   ' });
    expect(s.$branch.get().template).toBeUndefined();
    expect(s.$branch.get().title).toBe('<b>{期间}</b>通报');
    s.saveNoticeText({ template: 'x'.repeat(5000) });
    expect(s.$branch.get().template).toHaveLength(4000);
    s.resetNoticeText();
    expect(s.$branch.get()).toEqual({ version: 1, thresholds: { flagOverdue: false } });
  });

  it('keeps unreadable data aside under a backup key and starts from no standards', async () => {
    localStorage.setItem(KEY, '{"version":1,"thresholds":{"examScore":150,"flagOverdue":false}}');
    const s = await load();
    expect(s.$branch.get()).toEqual({ version: 1, thresholds: { flagOverdue: false } });
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('lxyz:backup:'));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0]!)).toContain('150');
    expect(s.$storageNotices.get()[0]).toMatchObject({ kind: 'corrupt', key: KEY });
  });
});
