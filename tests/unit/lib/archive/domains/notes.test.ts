import { describe, expect, it } from 'vitest';
import { diffNotes, mergeNotes, notesDomain, pickNote } from '../../../../../src/lib/archive/domains/notes.ts';
import { decodeVersioned } from '../../../../../src/lib/versioned.ts';
import type { Note, NotesState } from '../../../../../src/schemas/notes.ts';

const at = (h: number) => new Date(Date.UTC(2026, 2, 1, h)).toISOString();
function note(id: string, text: string, updatedH: number, createdH = 0): Note {
  return { id, doc: 'plan', anchor: 'p-5', heading: '第5段', text, created: at(createdH), updated: at(updatedH) };
}
const state = (...notes: Note[]): NotesState => ({ version: 1, notes: Object.fromEntries(notes.map((n) => [n.id, n])) });

describe('notes merge', () => {
  it('is the union by id', () => {
    const merged = mergeNotes(state(note('a', 'A', 1)), state(note('b', 'B', 2)));
    expect(Object.keys(merged.notes).sort()).toEqual(['a', 'b']);
  });

  it('keeps the copy updated later, whichever side it is on', () => {
    const older = state(note('a', '旧', 1));
    const newer = state(note('a', '新', 3));
    expect(mergeNotes(older, newer).notes.a!.text).toBe('新');
    expect(mergeNotes(newer, older).notes.a!.text).toBe('新');
    expect(mergeNotes(newer, older)).toBe(newer);
  });

  it('is idempotent: merging the same file twice changes nothing the second time', () => {
    const here = state(note('a', 'A', 1), note('c', 'C', 5));
    const file = state(note('a', 'A2', 2), note('b', 'B', 2));
    const once = mergeNotes(here, file);
    expect(mergeNotes(once, file)).toBe(once);
    expect(diffNotes(once, file)).toEqual({ added: 0, changed: 0 });
    expect(mergeNotes(file, file)).toBe(file);
  });

  it('is commutative on disjoint data, and on a same-time tie', () => {
    const x = state(note('a', 'A', 1), note('b', 'B', 2));
    const y = state(note('c', 'C', 3));
    expect(mergeNotes(x, y)).toEqual(mergeNotes(y, x));
    const tieA = state(note('t', '甲', 4));
    const tieB = state(note('t', '乙', 4));
    expect(mergeNotes(tieA, tieB)).toEqual(mergeNotes(tieB, tieA));
    expect(pickNote(tieA.notes.t!, tieB.notes.t!)).toBe(pickNote(tieB.notes.t!, tieA.notes.t!));
  });

  it('never drops a note', () => {
    const here = state(note('a', 'A', 1));
    expect(mergeNotes(here, state())).toBe(here);
    expect(mergeNotes(state(), here)).toEqual(here);
  });

  it('counts what the file adds and changes', () => {
    const here = state(note('a', 'A', 3), note('b', 'B', 1));
    const file = state(note('a', '较旧', 2), note('b', '较新', 4), note('c', 'C', 1), note('d', 'D', 1));
    expect(diffNotes(here, file)).toEqual({ added: 2, changed: 1 });
  });

  it('reads files through the stored format', () => {
    expect(notesDomain.key).toBe('notes');
    expect(notesDomain.label).toBe('学习笔记');
    const good = state(note('a', 'A', 1));
    expect(decodeVersioned(JSON.stringify(good), notesDomain.format)).toEqual({ ok: true, value: good });
    const empty = { ...good, notes: { a: { ...good.notes.a, text: '' } } };
    expect(decodeVersioned(JSON.stringify(empty), notesDomain.format)).toMatchObject({ ok: false });
    expect(notesDomain.empty).toEqual({ version: 1, notes: {} });
  });
});
