import { describe, expect, it } from 'vitest';
import { charactersLeft, NOTE_MAX_LENGTH, validateNoteText } from '../../../../src/lib/notes/validate.ts';
import { noteSchema } from '../../../../src/schemas/notes.ts';

describe('validateNoteText', () => {
  it('trims, keeps inner line breaks and makes line endings \\n', () => {
    expect(validateNoteText('  第一行\r\n第二行\r第三行 \n')).toEqual({ ok: true, text: '第一行\n第二行\n第三行' });
  });

  it('refuses empty and blank notes', () => {
    expect(validateNoteText('')).toEqual({ ok: false, problem: 'empty' });
    expect(validateNoteText(' \n\t　'.replace('　', ' '))).toEqual({ ok: false, problem: 'empty' });
  });

  it('takes exactly 2,000 characters and refuses one more', () => {
    expect(NOTE_MAX_LENGTH).toBe(2000);
    expect(validateNoteText('学'.repeat(2000))).toMatchObject({ ok: true });
    expect(validateNoteText('学'.repeat(2001))).toEqual({ ok: false, problem: 'tooLong' });
    // Spaces around the text do not count against the limit.
    expect(validateNoteText(`  ${'学'.repeat(2000)}  `)).toMatchObject({ ok: true });
  });

  it('keeps HTML as the text it is', () => {
    expect(validateNoteText('<img src=x onerror=alert(1)>')).toEqual({ ok: true, text: '<img src=x onerror=alert(1)>' });
  });

  it('agrees with the stored schema', () => {
    const base = { id: 'n-1', doc: 'plan', anchor: 'p-5', heading: '第5段', created: '2026-03-01T00:00:00.000Z', updated: '2026-03-01T00:00:00.000Z' };
    expect(noteSchema.safeParse({ ...base, text: '学'.repeat(2000) }).success).toBe(true);
    expect(noteSchema.safeParse({ ...base, text: '学'.repeat(2001) }).success).toBe(false);
    expect(noteSchema.safeParse({ ...base, text: '' }).success).toBe(false);
  });

  it('counts what is left', () => {
    expect(charactersLeft('')).toBe(2000);
    expect(charactersLeft(' 四讲四有 ')).toBe(1996);
    expect(charactersLeft('学'.repeat(2003))).toBe(-3);
  });
});
