import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';

const KEY = 'lxyz:v1:reading';

// Stores read storage when their module loads, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const reading = await import('../../../src/stores/reading.ts');
  return { ...engine, ...reading };
}

function backups(): [string, string][] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith('lxyz:backup:'))
    .map((k) => [k, localStorage.getItem(k) ?? '']);
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('reading store', () => {
  it('saves what was read and restores it on the next load', async () => {
    const first = await load();
    first.markUnitsRead('plan', ['p-1', 'p-2'], new Date('2026-11-28T01:00:00Z'));
    first.savePosition('plan', 'p-2', new Date('2026-11-28T01:00:01Z'));
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({ version: 1, last: 'plan' });
    const second = await load();
    expect(second.$reading.get().docs.plan).toMatchObject({ read: ['p-1', 'p-2'], position: 'p-2' });
  });

  it('keeps one unreadable document aside and the good ones, telling the member how many were left out', async () => {
    const good = { read: ['kp-1'], visitedAt: '2026-11-28T01:00:00.000Z' };
    const raw = JSON.stringify({ version: 1, docs: { plan: { read: 'oops' }, dangzhang: good } });
    localStorage.setItem(KEY, raw);
    const s = await load();
    expect(s.$reading.get()).toEqual({ version: 1, docs: { dangzhang: good } });
    const [[backupKey, kept]] = backups() as [[string, string]];
    expect(kept).toBe(raw);
    expect(s.$storageNotices.get()).toEqual([{ kind: 'corrupt', key: KEY, backupKey, setAside: 1 }]);
  });

  it('keeps unreadable data aside under a backup key, tells the member and starts empty', async () => {
    localStorage.setItem(KEY, '{"version":1,"docs":{"plan":{"read":"oops"}},"last":7}');
    const s = await load();
    expect(s.$reading.get()).toEqual({ version: 1, docs: {} });
    const [[backupKey, kept]] = backups() as [[string, string]];
    expect(kept).toBe('{"version":1,"docs":{"plan":{"read":"oops"}},"last":7}');
    expect(s.$storageNotices.get()).toEqual([
      { kind: 'corrupt', key: KEY, backupKey, reason: '字段 docs.plan.read 不合要求' },
    ]);
    // The original is only replaced once the member reads again, and the backup stays.
    s.markUnitsRead('plan', ['p-1']);
    expect(backups()).toHaveLength(1);
  });

  it('follows another tab and keeps that tab’s bad data aside too', async () => {
    const s = await load();
    const seen: number[] = [];
    const stop = s.$reading.subscribe((v) => seen.push(Object.keys(v.docs).length));
    const other = { version: 1, docs: { dangzhang: { read: ['kp-1'], visitedAt: '2026-11-28T01:00:00.000Z' } }, last: 'dangzhang' };
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(other) }));
    expect(s.$reading.get()).toEqual(other);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'not json' }));
    expect(s.$reading.get()).toEqual({ version: 1, docs: {} });
    expect(backups().map(([, v]) => v)).toEqual(['not json']);
    stop();
    expect(seen).toEqual([0, 1, 0]);
  });
});

describe('storage engine', () => {
  it('works in memory with a notice when storage is unavailable', async () => {
    const { createSafeEngine, $storageNotices } = await load();
    const engine = createSafeEngine(null);
    engine.k = 'v';
    expect(engine.k).toBe('v');
    expect('k' in engine).toBe(true);
    expect($storageNotices.get().map((n) => n.kind)).toContain('memory');
  });

  it('keeps a value that did not fit in memory and reports the quota', async () => {
    const { createSafeEngine, $storageNotices } = await load();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const engine = createSafeEngine(full);
    engine[KEY] = '{"x":1}';
    expect(engine[KEY]).toBe('{"x":1}');
    expect($storageNotices.get()).toContainEqual({ kind: 'quota', key: KEY });
  });
});

describe('storage probe: full is not disabled', () => {
  /** A storage holding `items` that refuses every write with `error`. */
  function refusing(items: Record<string, string>, error: DOMException): Storage {
    return {
      get length() {
        return Object.keys(items).length;
      },
      getItem: (k: string) => items[k] ?? null,
      setItem: () => {
        throw error;
      },
      removeItem: () => undefined,
      key: (i: number) => Object.keys(items)[i] ?? null,
      clear: () => undefined,
    } as Storage;
  }

  it('reads full storage and reports it as full, not as unavailable', async () => {
    const { probeStorage } = await load();
    const full = refusing({ [KEY]: '{}' }, new DOMException('full', 'QuotaExceededError'));
    expect(probeStorage(() => full)).toEqual({ storage: full, full: true });
  });

  it('treats refused writes with nothing stored, or a security error, as unavailable', async () => {
    const { probeStorage } = await load();
    expect(probeStorage(() => refusing({}, new DOMException('full', 'QuotaExceededError')))).toEqual({ storage: null });
    expect(probeStorage(() => refusing({ a: '1' }, new DOMException('no', 'SecurityError')))).toEqual({ storage: null });
    expect(
      probeStorage(() => {
        throw new Error('denied');
      }),
    ).toEqual({ storage: null });
    expect(probeStorage(() => localStorage)).toEqual({ storage: localStorage, full: false });
  });

  it('keeps refused writes in memory and writes them once space is freed', async () => {
    const { createSafeEngine, retryPendingWrites, $storageNotices } = await load();
    let room = false;
    const items: Record<string, string> = {};
    const flaky = {
      getItem: (k: string) => items[k] ?? null,
      setItem: (k: string, v: string) => {
        if (!room) throw new DOMException('full', 'QuotaExceededError');
        items[k] = v;
      },
      removeItem: (k: string) => void delete items[k],
    } as unknown as Storage;
    const engine = createSafeEngine(flaky);
    engine[KEY] = 'a';
    engine.other = 'b';
    expect(engine[KEY]).toBe('a');
    // Both failed writes are covered by one notice.
    expect($storageNotices.get().filter((n) => n.kind === 'quota')).toHaveLength(1);
    expect(retryPendingWrites()).toBe(2);
    room = true;
    expect(retryPendingWrites()).toBe(0);
    expect(items).toEqual({ [KEY]: 'a', other: 'b' });
    expect($storageNotices.get().filter((n) => n.kind === 'quota')).toHaveLength(0);
  });
});

describe('restoring a kept-aside backup', () => {
  it('offers and performs 恢复 only when the backup validates (after migration), and changes nothing otherwise', async () => {
    const s = await load();
    const { backupRestorable, restoreBackup, backupText } = await import('../../../src/stores/kept-backups.ts');
    const good = { version: 1, docs: { plan: { read: ['p-1'], visitedAt: '2026-11-28T01:00:00.000Z' } } };
    localStorage.setItem('lxyz:backup:lxyz:v1:reading:a', JSON.stringify(good));
    localStorage.setItem('lxyz:backup:lxyz:v1:reading:b', '{broken');
    const readable = { kind: 'corrupt' as const, key: KEY, backupKey: 'lxyz:backup:lxyz:v1:reading:a' };
    const broken = { kind: 'corrupt' as const, key: KEY, backupKey: 'lxyz:backup:lxyz:v1:reading:b' };
    expect(backupText(broken)).toBe('{broken');
    expect(backupRestorable(broken)).toBe(false);
    expect(restoreBackup(broken)).toBe(false);
    expect(s.$reading.get()).toEqual({ version: 1, docs: {} });
    expect(backupRestorable(readable)).toBe(true);
    expect(restoreBackup(readable)).toBe(true);
    expect(s.$reading.get()).toEqual(good);
    expect(backupRestorable({ kind: 'corrupt', key: KEY, backupKey: 'lxyz:backup:gone' })).toBe(false);
  });
});

describe('versioned persistent atom', () => {
  it('migrates old stored data when it loads', async () => {
    vi.resetModules();
    localStorage.setItem('lxyz:v1:demo', '{"version":1,"count":"3"}');
    await import('../../../src/stores/engine.ts');
    const { versionedAtom } = await import('../../../src/stores/versioned-atom.ts');
    const schema = z.object({ version: z.literal(2), count: z.number() });
    const $demo = versionedAtom('lxyz:v1:demo', { version: 2, schema, migrations: { 1: (old) => ({ count: Number(old.count) }) } }, { version: 2 as const, count: 0 });
    expect($demo.get()).toEqual({ version: 2, count: 3 });
  });
});

describe('keeping bad data aside', () => {
  it('does not copy the same bad data again on the next page load', async () => {
    localStorage.setItem(KEY, 'garbage');
    await load();
    await load();
    expect(backups().map(([, v]) => v)).toEqual(['garbage']);
  });
});
