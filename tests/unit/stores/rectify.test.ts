import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DRAFT } from '../../../src/lib/action/rectify.ts';

const KEY = 'lxyz:v1:rectify';
const t0 = new Date('2026-07-01T01:00:00.000Z');
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);

// Stores read storage when their module loads, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const rectify = await import('../../../src/stores/rectify.ts');
  return { ...engine, ...rectify };
}

function stored(): any {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : JSON.parse(raw);
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('addRectification (called by 党性体检 and 查摆)', () => {
  it('adds a 待整改 item, returns its id and stores it under lxyz:v1:rectify', async () => {
    const s = await load();
    const id = s.addRectification({ problem: '  理想信念坚定：有差距 ', origin: 'selfcheck', originRef: 'zheng-1' }, t0);
    expect(id).toMatch(/^zg-/);
    const item = s.$rectify.get().items[0]!;
    expect(item).toMatchObject({ id, problem: '理想信念坚定：有差距', origin: 'selfcheck', originRef: 'zheng-1', status: 'todo', createdAt: t0.toISOString() });
    expect(stored()).toMatchObject({ version: 1, items: [{ id, originRef: 'zheng-1' }] });
  });

  it('gives every item its own id', async () => {
    const s = await load();
    const ids = new Set(Array.from({ length: 50 }, () => s.addRectification({ problem: '问题', origin: 'manual' }, t0)));
    expect(ids.size).toBe(50);
  });

  it('cuts an over-long problem and throws on an empty one', async () => {
    const s = await load();
    s.addRectification({ problem: '字'.repeat(800), origin: 'selfcheck' }, t0);
    expect(s.$rectify.get().items[0]!.problem).toHaveLength(500);
    expect(() => s.addRectification({ problem: '  ', origin: 'selfcheck' }, t0)).toThrow();
    expect(s.$rectify.get().items).toHaveLength(1);
  });
});

describe('the 整改清单', () => {
  it('adds by hand only what passes the checks', async () => {
    const s = await load();
    expect(s.addManualRectification({ ...EMPTY_DRAFT }, t0)).toEqual({ ok: false, problems: { problem: { code: 'required' } } });
    expect(s.$rectify.get().items).toEqual([]);
    const added = s.addManualRectification({ ...EMPTY_DRAFT, problem: '学习不够系统', deadline: '2026-07-31' }, t0);
    expect(added.ok).toBe(true);
    expect(s.$rectify.get().items[0]).toMatchObject({ origin: 'manual', deadline: '2026-07-31' });
  });

  it('edits, moves and refuses what the rules refuse, leaving the item alone', async () => {
    const s = await load();
    const id = s.addRectification({ problem: '学习不够系统', origin: 'manual' }, t0);
    expect(s.setRectificationStatus(id, 'done', {}, minutes(1))).toEqual({ ok: false, problems: 'evidenceRequired' });
    expect(s.$rectify.get().items[0]!.status).toBe('todo');
    expect(s.setRectificationStatus(id, 'doing', {}, minutes(2)).ok).toBe(true);
    expect(s.editRectification(id, { ...EMPTY_DRAFT, problem: '学习不够系统', measures: '每周读原文' }, minutes(3)).ok).toBe(true);
    expect(s.setRectificationStatus(id, 'done', { evidence: '已读完' }, minutes(4)).ok).toBe(true);
    expect(s.setRectificationStatus(id, 'closed', {}, minutes(5)).ok).toBe(true);
    expect(s.editRectification(id, { ...EMPTY_DRAFT, problem: '改' }, minutes(6))).toEqual({ ok: false, problems: 'locked' });
    expect(s.setRectificationStatus('nope', 'doing')).toEqual({ ok: false, problems: 'missing' });
    const item = s.$rectify.get().items[0]!;
    expect(item.history.map((h) => h.kind)).toEqual(['created', 'status', 'edited', 'edited', 'status', 'status']);
    expect(stored().items[0].status).toBe('closed');
  });

  it('deletes an item and puts it back in its place on undo', async () => {
    const s = await load();
    const ids = ['甲', '乙', '丙'].map((p) => s.addRectification({ problem: p, origin: 'manual' }, t0));
    const removed = s.deleteRectification(ids[1]!);
    expect(removed?.index).toBe(1);
    expect(s.$rectify.get().items.map((i) => i.problem)).toEqual(['甲', '丙']);
    s.restoreRectification(removed!.item, removed!.index);
    s.restoreRectification(removed!.item, removed!.index);
    expect(s.$rectify.get().items.map((i) => i.problem)).toEqual(['甲', '乙', '丙']);
    expect(s.deleteRectification('nope')).toBeUndefined();
  });
});

describe('查摆 answers', () => {
  it('saves, changes and clears a note; refuses one that is too long', async () => {
    const s = await load();
    expect(s.saveChabaiAnswer('dangyuan', 'dangyuan-1', '学习不够系统', t0)).toBe(true);
    expect(s.saveChabaiAnswer('dangyuan', 'dangyuan-1', '学习不够系统，要补课', minutes(1))).toBe(true);
    expect(stored().chabai).toEqual({
      dangyuan: { 'dangyuan-1': { note: '学习不够系统，要补课', answeredAt: t0.toISOString(), updatedAt: minutes(1).toISOString() } },
    });
    expect(s.saveChabaiAnswer('dangyuan', 'dangyuan-1', '字'.repeat(501), minutes(2))).toBe(false);
    expect(s.saveChabaiAnswer('dangyuan', 'dangyuan-1', '', minutes(3))).toBe(true);
    expect(s.$rectify.get().chabai).toEqual({ dangyuan: {} });
  });
});

describe('stored data', () => {
  it('reads valid stored data back', async () => {
    const first = await load();
    const id = first.addRectification({ problem: '问题', origin: 'chabai', originRef: 'banzi-1' }, t0);
    const again = await load();
    expect(again.$rectify.get().items.map((i) => i.id)).toEqual([id]);
  });

  it('keeps unreadable data aside, tells the member and starts empty', async () => {
    const bad = JSON.stringify({ version: 1, chabai: {}, items: [{ id: 'x', problem: '' }] });
    localStorage.setItem(KEY, bad);
    const s = await load();
    expect(s.$rectify.get()).toEqual(s.EMPTY_RECTIFY);
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`lxyz:backup:${KEY}:`));
    expect(backups.map((k) => localStorage.getItem(k))).toEqual([bad]);
    expect(s.$storageNotices.get()).toMatchObject([{ kind: 'corrupt', key: KEY }]);
  });
});
