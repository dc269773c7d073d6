import { describe, expect, it } from 'vitest';
import { notesAsText, notesFileName } from '../../../../src/lib/notes/text-export.ts';
import type { Note } from '../../../../src/schemas/notes.ts';

const docs = { order: ['plan', 'dangzhang'], titles: { plan: '实施方案', dangzhang: '中国共产党章程' }, anchors: { plan: ['p-1', 'p-5', 'p-6'] } };

function note(over: Partial<Note> & Pick<Note, 'id'>): Note {
  return { doc: 'plan', anchor: 'p-5', heading: '第5段', text: '体会', created: '2026-03-01T15:30:00.000Z', updated: '2026-03-01T15:30:00.000Z', ...over };
}

describe('notesAsText', () => {
  it('groups by document and heading with Beijing dates', () => {
    const notes = {
      a: note({ id: 'a', text: '明确学习重点\n第二行' }),
      b: note({ id: 'b', anchor: 'p-6', heading: '第6段', text: '健全常“学”机制', created: '2026-03-02T01:00:00.000Z', updated: '2026-03-05T02:05:00.000Z' }),
      c: note({ id: 'c', doc: 'dangzhang', anchor: 'art-1', heading: '第一条', text: '<b>不是标记</b>' }),
    };
    const text = notesAsText(notes, docs, new Date('2026-03-06T00:00:00.000Z'));
    expect(text).toBe(
      [
        '学习笔记',
        '导出时间：2026年3月6日 08:00（北京时间）　共 3 条',
        '',
        '─'.repeat(24),
        '《实施方案》',
        '─'.repeat(24),
        '',
        '【第5段】',
        // 15:30 UTC on 1 March is 23:30 in Beijing, still 1 March.
        '2026年3月1日 23:30 记',
        '明确学习重点',
        '第二行',
        '',
        '【第6段】',
        '2026年3月2日 09:00 记（2026年3月5日 10:05 修改）',
        '健全常“学”机制',
        '',
        '─'.repeat(24),
        '《中国共产党章程》',
        '─'.repeat(24),
        '',
        '【第一条】',
        '2026年3月1日 23:30 记',
        '<b>不是标记</b>',
      ].join('\n'),
    );
  });

  it('says so when there are no notes, and names documents the site no longer has by id', () => {
    expect(notesAsText({}, docs, new Date('2026-03-06T00:00:00.000Z'))).toBe('学习笔记\n导出时间：2026年3月6日 08:00（北京时间）　共 0 条\n\n还没有笔记。');
    const text = notesAsText({ x: note({ id: 'x', doc: 'old' }) }, docs, new Date('2026-03-06T00:00:00.000Z'));
    expect(text).toContain('《old》');
  });

  it('names the file by the Beijing day', () => {
    expect(notesFileName('2026-03-02')).toBe('学习笔记-2026-03-02.txt');
  });
});
