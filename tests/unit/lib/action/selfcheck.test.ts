import { describe, expect, it } from 'vitest';
import {
  checkDate,
  checkDateTime,
  compareChecks,
  draftProblems,
  EMPTY_SELFCHECK,
  fitProblem,
  insertCheck,
  itemNumber,
  isReady,
  newCheckId,
  noteProblem,
  originRef,
  pendingGaps,
  previousCheck,
  removeCheck,
  scoreOf,
  setDraftNote,
  setDraftRating,
  submitDraft,
  summarize,
  type ListItem,
} from '../../../../src/lib/action/selfcheck.ts';
import { DRAFT_NOTE_MAX, NOTE_MAX, selfcheckStateSchema, type Rating, type SelfcheckRecord, type SelfcheckState } from '../../../../src/schemas/selfcheck.ts';

const ITEMS: ListItem[] = [
  { id: 'pos-1', list: 'positive', text: '理想信念坚定' },
  { id: 'pos-2', list: 'positive', text: '廉洁自律' },
  { id: 'neg-1', list: 'negative', text: '理想信念缺失' },
  { id: 'neg-2', list: 'negative', text: '组织纪律散漫' },
];
const T0 = new Date('2026-03-04T16:30:00Z'); // 2026-03-05 00:30 in Beijing
const T1 = new Date('2026-03-04T16:40:00Z');

/** A draft state with the given ratings (and notes). */
function rated(ratings: Record<string, Rating>, notes: Record<string, string> = {}): SelfcheckState {
  let s = EMPTY_SELFCHECK;
  for (const [id, r] of Object.entries(ratings)) s = setDraftRating(s, id, r, T0);
  for (const [id, n] of Object.entries(notes)) s = setDraftNote(s, id, n, T1);
  return s;
}

/** A record with ratings in ITEMS order. */
function record(id: string, at: string, ratings: Rating[]): SelfcheckRecord {
  return { id, at, day: at.slice(0, 10), items: ITEMS.map((item, i) => ({ ...item, rating: ratings[i]! })) };
}

describe('draft', () => {
  it('starts on the first answer and keeps ratings and notes per item', () => {
    const s = rated({ 'pos-1': 'ok', 'neg-1': 'gap' }, { 'neg-1': '有时不参加' });
    expect(s.draft).toEqual({
      startedAt: T0.toISOString(),
      updatedAt: T1.toISOString(),
      answers: { 'pos-1': { rating: 'ok' }, 'neg-1': { rating: 'gap', note: '有时不参加' } },
    });
    expect(selfcheckStateSchema.safeParse(s).success).toBe(true);
  });

  it('changes nothing when the same value is set again', () => {
    const s = rated({ 'pos-1': 'ok' }, { 'pos-1': '好' });
    expect(setDraftRating(s, 'pos-1', 'ok', T1)).toBe(s);
    expect(setDraftNote(s, 'pos-1', '好', T1)).toBe(s);
  });

  it('removes an emptied note and keeps a note past the limit up to the draft limit', () => {
    const s = rated({ 'pos-1': 'ok' }, { 'pos-1': '好' });
    expect(setDraftNote(s, 'pos-1', '', T1).draft?.answers['pos-1']).toEqual({ rating: 'ok' });
    const long = setDraftNote(s, 'pos-1', '字'.repeat(DRAFT_NOTE_MAX + 10), T1);
    expect(long.draft?.answers['pos-1']?.note).toHaveLength(DRAFT_NOTE_MAX);
    expect(selfcheckStateSchema.safeParse(long).success).toBe(true);
  });
});

describe('noteProblem and draftProblems', () => {
  it('allows notes up to the limit, white space at the ends not counted', () => {
    expect(noteProblem(undefined)).toBeUndefined();
    expect(noteProblem(` ${'字'.repeat(NOTE_MAX)}  `)).toBeUndefined();
    expect(noteProblem('字'.repeat(NOTE_MAX + 1))).toEqual({ code: 'tooLong', max: NOTE_MAX, length: NOTE_MAX + 1 });
  });

  it('lists unrated items and over-long notes in list order', () => {
    const s = rated({ 'pos-2': 'ok', 'neg-1': 'gap' }, { 'neg-2': '字'.repeat(NOTE_MAX + 2) });
    const problems = draftProblems(s.draft, ITEMS);
    expect(problems.unrated).toEqual(['pos-1', 'neg-2']);
    expect(problems.tooLong).toEqual([{ id: 'neg-2', problem: { code: 'tooLong', max: NOTE_MAX, length: NOTE_MAX + 2 } }]);
    expect(isReady(problems)).toBe(false);
    expect(draftProblems(null, ITEMS).unrated).toHaveLength(4);
  });
});

describe('submitDraft', () => {
  it('records a dated check on the Beijing day, trims notes and clears the draft', () => {
    const s = rated({ 'pos-1': 'ok', 'pos-2': 'partly', 'neg-1': 'ok', 'neg-2': 'gap', 'gone-1': 'gap' }, { 'neg-2': '  两次没参加  ', 'pos-1': '   ' });
    const result = submitDraft(s, ITEMS, T1, 'abcd1234');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.check).toEqual({
      id: 'abcd1234',
      at: T1.toISOString(),
      day: '2026-03-05',
      items: [
        { id: 'pos-1', list: 'positive', text: '理想信念坚定', rating: 'ok' },
        { id: 'pos-2', list: 'positive', text: '廉洁自律', rating: 'partly' },
        { id: 'neg-1', list: 'negative', text: '理想信念缺失', rating: 'ok' },
        { id: 'neg-2', list: 'negative', text: '组织纪律散漫', rating: 'gap', note: '两次没参加' },
      ],
    });
    expect(result.value.state.draft).toBeNull();
    expect(result.value.state.checks).toEqual([result.value.check]);
    expect(selfcheckStateSchema.safeParse(result.value.state).success).toBe(true);
  });

  it('refuses, changing nothing, while items are unrated or notes too long', () => {
    const partial = rated({ 'pos-1': 'ok' });
    const result = submitDraft(partial, ITEMS, T1, 'abcd1234');
    expect(result).toEqual({ ok: false, problems: { unrated: ['pos-2', 'neg-1', 'neg-2'], tooLong: [] } });
    const long = rated({ 'pos-1': 'ok', 'pos-2': 'ok', 'neg-1': 'ok', 'neg-2': 'ok' }, { 'pos-2': '字'.repeat(NOTE_MAX + 1) });
    expect(submitDraft(long, ITEMS, T1, 'abcd1234').ok).toBe(false);
    expect(submitDraft(EMPTY_SELFCHECK, ITEMS, T1, 'abcd1234').ok).toBe(false);
  });
});

describe('history', () => {
  const a = record('aaaa', '2026-01-05T02:00:00.000Z', ['ok', 'ok', 'ok', 'ok']);
  const b = record('bbbb', '2026-02-05T02:00:00.000Z', ['ok', 'ok', 'ok', 'ok']);
  const c = record('cccc', '2026-03-05T02:00:00.000Z', ['ok', 'ok', 'ok', 'ok']);

  it('keeps checks in time order and never twice', () => {
    expect(insertCheck([a, c], b).map((x) => x.id)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(insertCheck([b], c).map((x) => x.id)).toEqual(['bbbb', 'cccc']);
    expect(insertCheck([b], a).map((x) => x.id)).toEqual(['aaaa', 'bbbb']);
    expect(insertCheck([a, b], b).map((x) => x.id)).toEqual(['aaaa', 'bbbb']);
  });

  it('removes a check and hands it back, so undo can put it back in place', () => {
    const { checks, removed } = removeCheck([a, b, c], 'bbbb');
    expect(checks.map((x) => x.id)).toEqual(['aaaa', 'cccc']);
    expect(removed).toBe(b);
    expect(insertCheck(checks, removed!).map((x) => x.id)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(removeCheck([a], 'zzzz')).toEqual({ checks: [a] });
  });

  it('finds the check before another', () => {
    expect(previousCheck([a, b, c], 'cccc')).toBe(b);
    expect(previousCheck([a, b, c], 'aaaa')).toBeUndefined();
    expect(previousCheck([a, b, c], 'zzzz')).toBeUndefined();
  });

  it('makes ids that fit the schema and differ from call to call', () => {
    const id = newCheckId(T0, () => 0.5);
    expect(id).toMatch(/^[a-z0-9]{4,40}$/);
    expect(id.endsWith('iiii')).toBe(true);
    expect(newCheckId(T0)).not.toBe(newCheckId(T0, () => 0.999));
  });
});

describe('scoring and summary', () => {
  it('scores 2, 1 and 0 points per item as a share of the maximum', () => {
    expect(scoreOf([])).toBe(0);
    expect(scoreOf([{ rating: 'ok' }, { rating: 'ok' }])).toBe(100);
    expect(scoreOf([{ rating: 'ok' }, { rating: 'gap' }])).toBe(50);
    expect(scoreOf([{ rating: 'partly' }, { rating: 'ok' }, { rating: 'gap' }])).toBe(50);
    expect(scoreOf([{ rating: 'partly' }, { rating: 'ok' }, { rating: 'ok' }])).toBe(83);
  });

  it('counts ratings per list and lists the gaps in order', () => {
    const summary = summarize(record('aaaa', '2026-01-05T02:00:00.000Z', ['gap', 'partly', 'ok', 'gap']));
    expect(summary.counts).toEqual({ positive: { ok: 0, partly: 1, gap: 1 }, negative: { ok: 1, partly: 0, gap: 1 } });
    expect(summary.total).toBe(4);
    expect(summary.score).toBe(38); // (0 + 1 + 2 + 0) / 8
    expect(summary.gaps.map((g) => g.id)).toEqual(['pos-1', 'neg-2']);
  });
});

describe('compareChecks', () => {
  it('sorts items into better, worse and the same, and gives the score change', () => {
    const earlier = record('aaaa', '2026-01-05T02:00:00.000Z', ['gap', 'ok', 'partly', 'ok']);
    const later = record('bbbb', '2026-02-05T02:00:00.000Z', ['ok', 'partly', 'partly', 'ok']);
    expect(compareChecks(earlier, later)).toEqual({
      better: [{ id: 'pos-1', list: 'positive', text: '理想信念坚定', from: 'gap', to: 'ok' }],
      worse: [{ id: 'pos-2', list: 'positive', text: '廉洁自律', from: 'ok', to: 'partly' }],
      same: ['neg-1', 'neg-2'],
      added: [],
      dropped: [],
      scoreChange: 75 - 63,
    });
  });

  it('names items found on only one of the two checks', () => {
    const earlier = record('aaaa', '2026-01-05T02:00:00.000Z', ['ok', 'ok', 'ok', 'ok']);
    const later: SelfcheckRecord = { ...earlier, id: 'bbbb', items: [...earlier.items.slice(1), { id: 'neg-3', list: 'negative', text: '新条目', rating: 'gap' }] };
    const result = compareChecks(earlier, later);
    expect(result.added).toEqual(['neg-3']);
    expect(result.dropped).toEqual(['pos-1']);
    expect(result.same).toEqual(['pos-2', 'neg-1', 'neg-2']);
  });
});

describe('整改 entries', () => {
  const check = record('cccc', '2026-03-05T02:00:00.000Z', ['gap', 'ok', 'partly', 'gap']);

  it('offers each gap once per check, by originRef', () => {
    expect(originRef('cccc', 'pos-1')).toBe('cccc:pos-1');
    expect(pendingGaps(check, new Set()).map((i) => i.id)).toEqual(['pos-1', 'neg-2']);
    expect(pendingGaps(check, new Set(['cccc:pos-1', 'other:neg-2'])).map((i) => i.id)).toEqual(['neg-2']);
    expect(pendingGaps(check, new Set(['cccc:pos-1', 'cccc:neg-2']))).toEqual([]);
  });

  it('fits the note after the head, shortening it with an ellipsis', () => {
    expect(fitProblem('负面清单“组织纪律散漫”：存在', undefined, 500)).toBe('负面清单“组织纪律散漫”：存在');
    expect(fitProblem('头', '备注', 500, '。')).toBe('头。备注');
    expect(fitProblem('头部', '一二三四五', 8)).toBe('头部：一二三四五');
    expect(fitProblem('头部', '一二三四五', 7)).toBe('头部：一二三…');
    expect(fitProblem('头部', '一二三四五', 7)).toHaveLength(7);
    expect(fitProblem('很长的头部', '备注', 5)).toBe('很长的头部');
    expect(fitProblem('很长的头部', '备注', 3)).toBe('很长的');
  });
});

describe('dates and numbers as shown', () => {
  it('writes dates in Beijing time', () => {
    expect(checkDateTime('2026-03-04T16:30:00.000Z')).toBe('2026年3月5日 00:30');
    expect(checkDateTime('2026-12-31T23:59:00.000Z')).toBe('2027年1月1日 07:59');
    expect(checkDateTime('nonsense')).toBe('');
    expect(checkDate({ day: '2026-03-05' })).toBe('2026年3月5日');
  });

  it('reads the item number from its id', () => {
    expect(itemNumber('pos-1')).toBe(1);
    expect(itemNumber('neg-10')).toBe(10);
  });
});
