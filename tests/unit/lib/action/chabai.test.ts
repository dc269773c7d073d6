import { describe, expect, it } from 'vitest';
import { noteProblem, orderChecklists, setAnswer, NOTE_MAX } from '../../../../src/lib/action/chabai.ts';

const lists = [
  { id: 'banzi', roles: ['leader', 'secretary'] },
  { id: 'zhibu', roles: ['secretary'] },
  { id: 'dangyuan', roles: ['member', 'leader', 'secretary'] },
];
const ids = (roleId: string | undefined) => orderChecklists(lists, roleId).map((l) => l.id);

describe('orderChecklists', () => {
  it('puts the role’s own checklists first, the most specific first', () => {
    expect(ids('member')).toEqual(['dangyuan', 'banzi', 'zhibu']);
    expect(ids('leader')).toEqual(['banzi', 'dangyuan', 'zhibu']);
    expect(ids('secretary')).toEqual(['zhibu', 'banzi', 'dangyuan']);
  });

  it('keeps the file order without a role or for an unknown one', () => {
    expect(ids(undefined)).toEqual(['banzi', 'zhibu', 'dangyuan']);
    expect(ids('guest')).toEqual(['banzi', 'zhibu', 'dangyuan']);
  });
});

describe('answers', () => {
  const t1 = new Date('2026-07-01T01:00:00Z');
  const t2 = new Date('2026-07-02T01:00:00Z');

  it('stamps a new note, keeps the first time on a change, ignores an unchanged note', () => {
    const a = setAnswer({}, 'dangyuan', 'dangyuan-1', '  学习不够系统  ', t1);
    expect(a).toEqual({ dangyuan: { 'dangyuan-1': { note: '学习不够系统', answeredAt: t1.toISOString(), updatedAt: t1.toISOString() } } });
    expect(setAnswer(a, 'dangyuan', 'dangyuan-1', '学习不够系统', t2)).toBe(a);
    const b = setAnswer(a, 'dangyuan', 'dangyuan-1', '学习不够系统，要补课', t2);
    expect(b.dangyuan?.['dangyuan-1']).toEqual({ note: '学习不够系统，要补课', answeredAt: t1.toISOString(), updatedAt: t2.toISOString() });
  });

  it('removes an answer when the note is emptied, and keeps other answers', () => {
    let a = setAnswer({}, 'dangyuan', 'dangyuan-1', '甲', t1);
    a = setAnswer(a, 'dangyuan', 'dangyuan-2', '乙', t1);
    const b = setAnswer(a, 'dangyuan', 'dangyuan-1', '   ', t2);
    expect(Object.keys(b.dangyuan ?? {})).toEqual(['dangyuan-2']);
    expect(setAnswer(b, 'banzi', 'banzi-1', '', t2)).toBe(b);
  });

  it('reports a note that is too long', () => {
    expect(noteProblem('字'.repeat(NOTE_MAX))).toBeUndefined();
    expect(noteProblem('字'.repeat(NOTE_MAX + 1))).toEqual({ code: 'tooLong', max: NOTE_MAX, length: NOTE_MAX + 1 });
  });
});
