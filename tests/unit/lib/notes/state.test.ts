import { describe, expect, it } from 'vitest';
import { addNote, editNote, EMPTY_NOTES, makeNoteId, NOTES_FORMAT, removeNote, restoreNote } from '../../../../src/lib/notes/state.ts';
import { decodeVersioned } from '../../../../src/lib/versioned.ts';

const t0 = new Date('2026-03-01T01:00:00.000Z');
const t1 = new Date('2026-03-02T01:00:00.000Z');
const where = { doc: 'plan', anchor: 'p-5', heading: '第5段', text: '明确学习重点' };

describe('note ids', () => {
  it('are made of the time and the random numbers, and differ when the numbers do', () => {
    expect(makeNoteId(t0, [1, 2])).toBe(`n-${t0.getTime().toString(36)}-12`);
    expect(makeNoteId(t0, [0xffffffff, 7])).not.toBe(makeNoteId(t0, [0xfffffffe, 7]));
  });
});

describe('note changes', () => {
  it('adds a note with both times set', () => {
    const s = addNote(EMPTY_NOTES, 'n-1', where, t0);
    expect(s.notes['n-1']).toEqual({ id: 'n-1', ...where, created: t0.toISOString(), updated: t0.toISOString() });
    expect(EMPTY_NOTES.notes).toEqual({});
  });

  it('edits the text and the update time only; the same text changes nothing', () => {
    const s = addNote(EMPTY_NOTES, 'n-1', where, t0);
    const e = editNote(s, 'n-1', '新的体会', t1);
    expect(e.notes['n-1']).toMatchObject({ text: '新的体会', created: t0.toISOString(), updated: t1.toISOString() });
    expect(editNote(e, 'n-1', '新的体会', t1)).toBe(e);
    expect(editNote(e, 'gone', 'x', t1)).toBe(e);
  });

  it('removes a note and puts it back exactly as it was', () => {
    const s = addNote(addNote(EMPTY_NOTES, 'n-1', where, t0), 'n-2', { ...where, text: '第二条' }, t1);
    const { state, removed } = removeNote(s, 'n-1');
    expect(Object.keys(state.notes)).toEqual(['n-2']);
    expect(removeNote(state, 'n-1')).toEqual({ state });
    expect(restoreNote(state, removed!).notes).toEqual(s.notes);
  });

  it('does not put back an older copy over a newer one', () => {
    const s = addNote(EMPTY_NOTES, 'n-1', where, t0);
    const { removed } = removeNote(s, 'n-1');
    const again = editNote(s, 'n-1', '另一台设备上改过', t1);
    expect(restoreNote(again, removed!)).toBe(again);
  });

  it('stores in a format that reads back', () => {
    const s = addNote(EMPTY_NOTES, 'n-1', where, t0);
    expect(decodeVersioned(JSON.stringify(s), NOTES_FORMAT)).toEqual({ ok: true, value: s });
    expect(decodeVersioned('{"version":1,"notes":{"n-1":{"id":"n-1"}}}', NOTES_FORMAT)).toMatchObject({ ok: false });
  });
});
