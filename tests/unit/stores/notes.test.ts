import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'lxyz:v1:notes';

// Stores read storage when their module loads, so every test loads a fresh copy.
async function load() {
  vi.resetModules();
  return import('../../../src/stores/notes.ts');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

const where = { doc: 'plan', anchor: 'p-5', heading: '第5段' };

describe('notes store', () => {
  it('saves a checked note under lxyz:v1:notes and reads it back', async () => {
    const s = await load();
    const saved = s.createNote(where, '  明确学习重点  ', new Date('2026-03-01T01:00:00Z'));
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : '';
    expect(id).toMatch(/^n-/);
    expect(JSON.parse(localStorage.getItem(KEY)!).notes[id]).toMatchObject({ ...where, text: '明确学习重点' });
    const again = await load();
    expect(again.$notes.get().notes[id]?.text).toBe('明确学习重点');
  });

  it('refuses empty and over-long notes without writing', async () => {
    const s = await load();
    expect(s.createNote(where, '   ')).toEqual({ ok: false, problem: 'empty' });
    expect(s.createNote(where, 'x'.repeat(2001))).toEqual({ ok: false, problem: 'tooLong' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('edits, deletes and undoes', async () => {
    const s = await load();
    const saved = s.createNote(where, '第一稿', new Date('2026-03-01T01:00:00Z'));
    const id = saved.ok ? saved.id : '';
    expect(s.updateNote(id, '第二稿', new Date('2026-03-02T01:00:00Z'))).toEqual({ ok: true, id });
    expect(s.$notes.get().notes[id]).toMatchObject({ text: '第二稿', updated: '2026-03-02T01:00:00.000Z' });
    expect(s.updateNote(id, '')).toEqual({ ok: false, problem: 'empty' });
    const removed = s.deleteNote(id)!;
    expect(s.$notes.get().notes).toEqual({});
    expect(s.updateNote(id, '第三稿')).toEqual({ ok: false, problem: 'missing' });
    s.undoDelete(removed);
    expect(s.$notes.get().notes[id]).toEqual(removed);
    expect(s.deleteNote('nothing')).toBeUndefined();
  });

  it('keeps damaged data aside and starts empty', async () => {
    localStorage.setItem(KEY, '{"version":1,"notes":{"a":{"id":"a","text":""}}}');
    const s = await load();
    expect(s.$notes.get()).toEqual({ version: 1, notes: {} });
    expect(Object.keys(localStorage).some((k) => k.startsWith(`lxyz:backup:${KEY}:`))).toBe(true);
  });
});
