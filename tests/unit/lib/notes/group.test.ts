import { describe, expect, it } from 'vitest';
import { noteCounts, notesByDocument, notesOn } from '../../../../src/lib/notes/group.ts';
import type { Note } from '../../../../src/schemas/notes.ts';

function note(id: string, doc: string, anchor: string, created: string): Note {
  return { id, doc, anchor, heading: anchor, text: id, created, updated: created };
}
const notes = Object.fromEntries(
  [
    note('a', 'dangzhang', 'art-3', '2026-03-01T00:00:00Z'),
    note('b', 'plan', 'p-10', '2026-03-01T00:00:00Z'),
    note('c', 'plan', 'p-2', '2026-03-03T00:00:00Z'),
    note('d', 'plan', 'p-2', '2026-03-02T00:00:00Z'),
    note('e', 'gone-doc', 'x', '2026-03-02T00:00:00Z'),
    note('f', 'plan', 'old-anchor', '2026-03-01T00:00:00Z'),
  ].map((n) => [n.id, n]),
);

describe('notesByDocument', () => {
  it('follows the catalogue, then the headings, then the time; unknown ones last', () => {
    const groups = notesByDocument(notes, ['plan', 'dangzhang'], { plan: ['p-1', 'p-2', 'p-10'] });
    expect(groups.map((g) => g.doc)).toEqual(['plan', 'dangzhang', 'gone-doc']);
    expect(groups[0]!.notes.map((n) => n.id)).toEqual(['d', 'c', 'b', 'f']);
  });

  it('gives nothing for no notes', () => {
    expect(notesByDocument({}, ['plan'])).toEqual([]);
  });
});

describe('per heading', () => {
  it('lists one heading’s notes oldest first and counts notes per heading', () => {
    expect(notesOn(notes, 'plan', 'p-2').map((n) => n.id)).toEqual(['d', 'c']);
    expect(noteCounts(notes, 'plan')).toEqual({ 'p-10': 1, 'p-2': 2, 'old-anchor': 1 });
    expect(noteCounts(notes, 'nothing')).toEqual({});
  });
});
