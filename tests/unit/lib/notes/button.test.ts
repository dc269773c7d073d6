import { describe, expect, it } from 'vitest';
import { noteButtonView } from '../../../../src/lib/notes/button.ts';
import { notesStrings } from '../../../../src/i18n/zh-CN.ts';

const strings = { button: notesStrings['notes.button'], buttonOf: notesStrings['notes.buttonOf'], buttonOfCount: notesStrings['notes.buttonOfCount'] };

describe('note button', () => {
  it('invites a first note on a heading without notes', () => {
    expect(noteButtonView(0, '第5段', strings)).toEqual({ text: '笔记', label: '笔记：为“第5段”写笔记', marked: false });
  });

  it('says how many notes a heading has, in its text and its name', () => {
    expect(noteButtonView(2, '第一条', strings)).toEqual({ text: '笔记 2', label: '笔记 2：“第一条”已有 2 条笔记', marked: true });
  });
});
