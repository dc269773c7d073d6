import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'lxyz:v1:reading';
const WAITING = 'lxyz:notices:unread';

// The engine keeps its notices in module state, so every "page" loads fresh copies.
async function page() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const unread = await import('../../../src/stores/unread-notices.ts');
  return { ...engine, ...unread };
}

/** Whether a notice waits for the next page. */
const waiting = () => localStorage.getItem(WAITING) !== null;

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('corrupt-data notices the member has not read', () => {
  it('are kept when raised, shown again on the next page, and gone once read', async () => {
    const first = await page();
    expect(waiting()).toBe(false);
    first.addStorageNotice({ kind: 'corrupt', key: KEY, backupKey: 'lxyz:backup:x', setAside: 2 });
    expect(waiting()).toBe(true);

    // The member left before reading it.
    const next = await page();
    expect(next.$storageNotices.get()).toEqual([]);
    next.showUnreadNotices();
    const [shown] = next.$storageNotices.get();
    expect(shown).toEqual({ kind: 'corrupt', key: KEY, backupKey: 'lxyz:backup:x', setAside: 2 });
    // The same bad data found again on this page is one notice, not two.
    next.addStorageNotice({ kind: 'corrupt', key: KEY, backupKey: 'lxyz:backup:x', setAside: 2 });
    expect(next.$storageNotices.get()).toHaveLength(1);

    next.markNoticeRead(shown!);
    expect(waiting()).toBe(false);
    const after = await page();
    after.showUnreadNotices();
    expect(after.$storageNotices.get()).toEqual([]);
  });

  it('keeps only corrupt-data notices: storage full or missing concerns the page it happens on', async () => {
    const s = await page();
    s.addStorageNotice({ kind: 'quota', key: KEY });
    s.addStorageNotice({ kind: 'memory' });
    expect(waiting()).toBe(false);
  });

  it('drops a kept notice this site did not write instead of showing it, and keeps the good ones', async () => {
    const good = { kind: 'corrupt', key: KEY, backupKey: 'lxyz:backup:x' };
    localStorage.setItem(WAITING, JSON.stringify({ [KEY]: good, 'lxyz:v1:notes': { kind: 'corrupt', key: 'lxyz:v1:other' }, 'lxyz:v1:plan': { kind: 'corrupt', key: 'lxyz:v1:plan', setAside: 'many' }, 'lxyz:v1:x': 'text' }));
    const s = await page();
    s.showUnreadNotices();
    expect(s.$storageNotices.get()).toEqual([good]);
    expect(JSON.parse(localStorage.getItem(WAITING)!)).toEqual({ [KEY]: good });
    for (const broken of ['{not json', '[1]', '7']) {
      localStorage.setItem(WAITING, broken);
      const t = await page();
      t.showUnreadNotices();
      expect(t.$storageNotices.get()).toEqual([]);
      expect(waiting()).toBe(false);
    }
  });

  it('keeps two kinds apart: reading one leaves the other waiting', async () => {
    const s = await page();
    s.addStorageNotice({ kind: 'corrupt', key: KEY });
    s.addStorageNotice({ kind: 'corrupt', key: 'lxyz:v1:notes', setAside: 1 });
    s.markNoticeRead(s.$storageNotices.get()[0]!);
    const next = await page();
    next.showUnreadNotices();
    expect(next.$storageNotices.get()).toEqual([{ kind: 'corrupt', key: 'lxyz:v1:notes', setAside: 1 }]);
  });

  it('still shows a notice on the page when storage refuses to keep it', async () => {
    const s = await page();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    s.addStorageNotice({ kind: 'corrupt', key: KEY });
    setItem.mockRestore();
    expect(s.$storageNotices.get()).toEqual([{ kind: 'corrupt', key: KEY }]);
  });
});
