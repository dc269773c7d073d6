import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  createItem,
  draftOf,
  draftProblems,
  editItem,
  EMPTY_DRAFT,
  fitProblem,
  isOverdue,
  isRealDay,
  isReopening,
  NEXT_STATUSES,
  overdueDays,
  transitionProblem,
  type RectifyDraft,
} from '../../../../src/lib/action/rectify.ts';
import { RECTIFY_STATUSES, rectifyItemSchema, type RectifyItem } from '../../../../src/schemas/rectify.ts';

// 2026-07-01 00:30 in Beijing is still 2026-06-30 in UTC: the day must come from Beijing time.
const created = new Date('2026-06-30T16:30:00Z');
const later = (hours: number) => new Date(created.getTime() + hours * 3_600_000);
const draft = (extra: Partial<RectifyDraft> = {}): RectifyDraft => ({ ...EMPTY_DRAFT, problem: '学习不够系统', ...extra });

function made(extra: Partial<RectifyDraft> = {}): RectifyItem {
  const result = createItem('zg-1', draft(extra), { origin: 'manual' }, created);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function moved(item: RectifyItem, ...steps: [RectifyItem['status'], string?][]): RectifyItem {
  let current = item;
  steps.forEach(([to, evidence], i) => {
    const result = changeStatus(current, to, later(i + 1), evidence === undefined ? {} : { evidence });
    if (!result.ok) throw new Error(result.problems);
    current = result.value;
  });
  return current;
}

describe('isRealDay', () => {
  it('accepts real days and rejects impossible or malformed ones', () => {
    expect(isRealDay('2026-02-28')).toBe(true);
    expect(isRealDay('2028-02-29')).toBe(true);
    expect(isRealDay('2026-02-29')).toBe(false);
    expect(isRealDay('2026-13-01')).toBe(false);
    expect(isRealDay('2026-4-1')).toBe(false);
    expect(isRealDay('1999-12-31')).toBe(false);
    expect(isRealDay('2101-01-01')).toBe(false);
    expect(isRealDay('')).toBe(false);
  });
});

describe('draftProblems', () => {
  const day = '2026-07-01';

  it('requires a problem and accepts a minimal draft', () => {
    expect(draftProblems(draft(), day)).toEqual({});
    expect(draftProblems(draft({ problem: '  \n ' }), day)).toEqual({ problem: { code: 'required' } });
  });

  it('limits every field, counting trimmed characters', () => {
    expect(draftProblems(draft({ problem: `  ${'问'.repeat(500)}  ` }), day)).toEqual({});
    expect(
      draftProblems(
        draft({ problem: '问'.repeat(501), measures: '措'.repeat(1001), responsible: '人'.repeat(51), evidence: '证'.repeat(1001) }),
        day,
      ),
    ).toEqual({
      problem: { code: 'tooLong', max: 500, length: 501 },
      measures: { code: 'tooLong', max: 1000, length: 1001 },
      responsible: { code: 'tooLong', max: 50, length: 51 },
      evidence: { code: 'tooLong', max: 1000, length: 1001 },
    });
  });

  it('wants a real deadline not before the day of creation', () => {
    expect(draftProblems(draft({ deadline: '2026-07-01' }), day)).toEqual({});
    expect(draftProblems(draft({ deadline: '2026-06-31' }), day)).toEqual({ deadline: { code: 'badDate' } });
    expect(draftProblems(draft({ deadline: '2026-06-30' }), day)).toEqual({ deadline: { code: 'beforeCreation', day } });
  });

  it('does not let a finished item lose its evidence', () => {
    expect(draftProblems(draft(), day, 'done')).toEqual({ evidence: { code: 'evidenceRequired' } });
    expect(draftProblems(draft({ evidence: '已补学' }), day, 'closed')).toEqual({});
  });
});

describe('createItem', () => {
  it('makes a 待整改 item with trimmed values and a creation entry', () => {
    const item = made({ problem: ' 学习不够系统 ', measures: ' 每周读原文 ', deadline: '2026-07-31' });
    expect(item).toEqual({
      id: 'zg-1',
      problem: '学习不够系统',
      origin: 'manual',
      measures: '每周读原文',
      responsible: '',
      deadline: '2026-07-31',
      status: 'todo',
      evidence: '',
      createdAt: created.toISOString(),
      updatedAt: created.toISOString(),
      history: [{ at: created.toISOString(), kind: 'created', to: 'todo' }],
    });
    expect(rectifyItemSchema.safeParse(item).success).toBe(true);
  });

  it('leaves out an empty deadline and keeps the origin reference', () => {
    const result = createItem('zg-2', draft(), { origin: 'chabai', originRef: 'dangyuan-1' }, created);
    expect(result.ok && result.value).toMatchObject({ origin: 'chabai', originRef: 'dangyuan-1' });
    expect(result.ok && 'deadline' in result.value).toBe(false);
  });

  it('judges the deadline by the Beijing day of creation', () => {
    // Created 2026-07-01 00:30 Beijing: 2026-06-30 is already past there.
    const result = createItem('zg-3', draft({ deadline: '2026-06-30' }), { origin: 'manual' }, created);
    expect(result).toEqual({ ok: false, problems: { deadline: { code: 'beforeCreation', day: '2026-07-01' } } });
  });

  it('rejects an empty problem', () => {
    expect(createItem('zg-4', draft({ problem: '' }), { origin: 'manual' }, created).ok).toBe(false);
  });
});

describe('status transitions', () => {
  it('goes 待整改 → 整改中 → 已完成 → 已销号, recording each step', () => {
    const item = moved(made(), ['doing'], ['done', '已逐篇补学并撰写心得'], ['closed']);
    expect(item.status).toBe('closed');
    expect(item.evidence).toBe('已逐篇补学并撰写心得');
    expect(item.history.map((h) => [h.kind, h.from, h.to])).toEqual([
      ['created', undefined, 'todo'],
      ['status', 'todo', 'doing'],
      ['edited', undefined, undefined],
      ['status', 'doing', 'done'],
      ['status', 'done', 'closed'],
    ]);
    expect(item.history[2]).toMatchObject({ fields: ['evidence'], before: { evidence: '' } });
    expect(item.history[3]?.evidence).toBe('已逐篇补学并撰写心得');
    expect(item.updatedAt).toBe(later(3).toISOString());
    expect(rectifyItemSchema.safeParse(item).success).toBe(true);
  });

  it('needs an evidence note for 已完成 and for 已销号', () => {
    const doing = moved(made(), ['doing']);
    expect(changeStatus(doing, 'done', later(2))).toEqual({ ok: false, problems: 'evidenceRequired' });
    expect(changeStatus(doing, 'done', later(2), { evidence: '   ' })).toEqual({ ok: false, problems: 'evidenceRequired' });
    expect(changeStatus(doing, 'done', later(2), { evidence: '证'.repeat(1001) })).toEqual({ ok: false, problems: 'evidenceTooLong' });
    expect(transitionProblem(doing, 'done', '已补学')).toBeUndefined();
  });

  it('closes (销号) only from 已完成', () => {
    for (const from of RECTIFY_STATUSES) {
      expect(NEXT_STATUSES[from].includes('closed')).toBe(from === 'done');
    }
    expect(changeStatus(made(), 'closed', later(1), { evidence: '已补学' })).toEqual({ ok: false, problems: 'notAllowed' });
    expect(changeStatus(moved(made(), ['doing']), 'closed', later(2), { evidence: '已补学' })).toEqual({ ok: false, problems: 'notAllowed' });
  });

  it('refuses a move to the same status and any step back other than reopening', () => {
    const doing = moved(made(), ['doing']);
    expect(changeStatus(doing, 'doing', later(2))).toEqual({ ok: false, problems: 'same' });
    expect(changeStatus(doing, 'todo', later(2))).toEqual({ ok: false, problems: 'notAllowed' });
  });

  it('reopens 已完成 and 已销号 items to 整改中, recording the reason and keeping the evidence', () => {
    const done = moved(made(), ['done', '已补学']);
    const closed = moved(done, ['closed']);
    for (const item of [done, closed]) {
      const result = changeStatus(item, 'doing', later(9), { note: '复查发现仍有差距' });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.value.status).toBe('doing');
      expect(result.value.evidence).toBe('已补学');
      expect(result.value.history.at(-1)).toEqual({ at: later(9).toISOString(), kind: 'status', from: item.status, to: 'doing', note: '复查发现仍有差距' });
      expect(result.value.history.slice(0, -1)).toEqual(item.history);
      expect(isReopening(item.status, 'doing')).toBe(true);
    }
    expect(isReopening('todo', 'doing')).toBe(false);
    expect(changeStatus(done, 'doing', later(9), { note: '因'.repeat(501) })).toEqual({ ok: false, problems: 'noteTooLong' });
  });

  it('can finish an item straight from 待整改', () => {
    expect(moved(made(), ['done', '当场改正']).status).toBe('done');
  });
});

describe('editItem', () => {
  it('records changed fields with what they said before, and never rewrites earlier history', () => {
    const item = made({ measures: '每周读原文' });
    const result = editItem(item, { ...draftOf(item), measures: '每周读原文并写心得', responsible: '张三' }, later(1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ measures: '每周读原文并写心得', responsible: '张三', updatedAt: later(1).toISOString() });
    expect(result.value.history.slice(0, -1)).toEqual(item.history);
    expect(result.value.history.at(-1)).toEqual({
      at: later(1).toISOString(),
      kind: 'edited',
      fields: ['measures', 'responsible'],
      before: { measures: '每周读原文', responsible: '' },
    });
  });

  it('returns the same item when nothing changed (white space aside)', () => {
    const item = made({ deadline: '2026-07-31' });
    const result = editItem(item, { ...draftOf(item), problem: ` ${item.problem} ` }, later(1));
    expect(result.ok && result.value).toBe(item);
  });

  it('removes a deadline that is cleared', () => {
    const item = made({ deadline: '2026-07-31' });
    const result = editItem(item, { ...draftOf(item), deadline: '' }, later(1));
    expect(result.ok && 'deadline' in result.value).toBe(false);
    expect(result.ok && result.value.history.at(-1)?.before).toEqual({ deadline: '2026-07-31' });
  });

  it('checks the deadline against the day the item was created, not today', () => {
    const item = made();
    expect(editItem(item, { ...draftOf(item), deadline: '2026-07-01' }, new Date('2026-09-01T00:00:00Z')).ok).toBe(true);
    expect(editItem(item, { ...draftOf(item), deadline: '2026-06-30' }, later(1))).toEqual({
      ok: false,
      problems: { deadline: { code: 'beforeCreation', day: '2026-07-01' } },
    });
  });

  it('locks 已销号 items and keeps the evidence of finished ones', () => {
    const done = moved(made(), ['done', '已补学']);
    expect(editItem(moved(done, ['closed']), draftOf(done), later(5))).toEqual({ ok: false, problems: 'locked' });
    expect(editItem(done, { ...draftOf(done), evidence: '' }, later(5))).toEqual({ ok: false, problems: { evidence: { code: 'evidenceRequired' } } });
  });
});

describe('overdue', () => {
  const item = made({ deadline: '2026-07-10' });
  // Beijing 2026-07-10 23:59 and 2026-07-11 00:01.
  const lastMinute = new Date('2026-07-10T15:59:00Z');
  const nextDay = new Date('2026-07-10T16:01:00Z');

  it('starts the day after the deadline, in Beijing time', () => {
    expect(isOverdue(item, lastMinute)).toBe(false);
    expect(isOverdue(item, nextDay)).toBe(true);
    expect(overdueDays(item, nextDay)).toBe(1);
    expect(overdueDays(item, new Date('2026-08-10T04:00:00Z'))).toBe(31);
  });

  it('never flags items without a deadline or already finished', () => {
    expect(isOverdue(made(), nextDay)).toBe(false);
    expect(isOverdue(moved(item, ['doing']), nextDay)).toBe(true);
    expect(isOverdue(moved(item, ['done', '已补学']), nextDay)).toBe(false);
    expect(isOverdue(moved(item, ['done', '已补学'], ['closed']), nextDay)).toBe(false);
  });
});

describe('fitProblem', () => {
  it('trims and cuts over-long text with an ellipsis', () => {
    expect(fitProblem('  有差距  ')).toBe('有差距');
    const cut = fitProblem('字'.repeat(600));
    expect(cut).toHaveLength(500);
    expect(cut.endsWith('…')).toBe(true);
  });
});
