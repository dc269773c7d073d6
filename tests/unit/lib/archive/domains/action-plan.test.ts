import { describe, expect, it } from 'vitest';
import { mergeSelfcheck, diffSelfcheck } from '../../../../../src/lib/archive/domains/selfcheck.ts';
import { mergeRectify, diffRectify, EMPTY_RECTIFY_ARCHIVE } from '../../../../../src/lib/archive/domains/rectify.ts';
import { planDomain } from '../../../../../src/lib/archive/domains/plan.ts';
import type { SelfcheckRecord, SelfcheckState } from '../../../../../src/schemas/selfcheck.ts';
import type { RectifyItem, RectifyState } from '../../../../../src/schemas/rectify.ts';

const check = (id: string, at: string): SelfcheckRecord => ({
  id,
  at,
  day: at.slice(0, 10),
  items: [{ id: 'pos-1', list: 'positive', text: '理想信念坚定', rating: 'ok' }],
});
const selfcheck = (checks: SelfcheckRecord[], draft: SelfcheckState['draft'] = null): SelfcheckState => ({ version: 1, draft, checks });
const draft = (at: string): SelfcheckState['draft'] => ({ startedAt: at, updatedAt: at, answers: { 'pos-1': { rating: 'gap' } } });

describe('self-check archive domain', () => {
  const a = selfcheck([check('aaaa', '2026-03-01T02:00:00.000Z')]);
  const b = selfcheck([check('bbbb', '2026-02-01T02:00:00.000Z')]);

  it('unites checks by id, oldest first, and is idempotent and commutative on disjoint data', () => {
    const ab = mergeSelfcheck(a, b);
    expect(ab.checks.map((c) => c.id)).toEqual(['bbbb', 'aaaa']);
    expect(mergeSelfcheck(ab, b)).toBe(ab);
    expect(mergeSelfcheck(a, a)).toBe(a);
    expect(mergeSelfcheck(b, a)).toEqual(ab);
    expect(diffSelfcheck(a, b)).toEqual({ added: 1, changed: 0 });
    expect(diffSelfcheck(ab, b)).toEqual({ added: 0, changed: 0 });
  });

  it('never replaces a draft being filled in here, but takes the file’s when there is none', () => {
    const mine = selfcheck([], draft('2026-03-02T00:00:00.000Z'));
    const theirs = selfcheck([], draft('2026-03-05T00:00:00.000Z'));
    expect(mergeSelfcheck(mine, theirs).draft).toBe(mine.draft);
    expect(mergeSelfcheck(selfcheck([]), theirs).draft).toBe(theirs.draft);
    expect(diffSelfcheck(selfcheck([]), theirs)).toEqual({ added: 1, changed: 0 });
  });
});

const item = (id: string, updatedAt: string, status: RectifyItem['status'] = 'todo', extra = 0): RectifyItem => ({
  id,
  problem: `问题 ${id}`,
  origin: 'manual',
  measures: '',
  responsible: '',
  status,
  evidence: status === 'done' ? '已整改' : '',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt,
  history: Array.from({ length: 1 + extra }, (_, i) => (i === 0 ? { at: '2026-03-01T00:00:00.000Z', kind: 'created' as const } : { at: updatedAt, kind: 'status' as const, from: 'todo' as const, to: status })),
});
const rectify = (items: RectifyItem[], chabai: RectifyState['chabai'] = {}): RectifyState => ({ version: 1, chabai, items });

describe('rectification archive domain', () => {
  it('keeps the copy of an item changed last, whichever side it is on', () => {
    const old = item('r1', '2026-03-01T00:00:00.000Z');
    const newer = item('r1', '2026-03-09T00:00:00.000Z', 'done', 1);
    expect(mergeRectify(rectify([old]), rectify([newer])).items).toEqual([newer]);
    expect(mergeRectify(rectify([newer]), rectify([old])).items).toEqual([newer]);
    expect(diffRectify(rectify([old]), rectify([newer]))).toEqual({ added: 0, changed: 1 });
  });

  it('adds items and 查摆 notes it lacks, and merging again changes nothing', () => {
    const note = { note: '组织生活不够经常', answeredAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' };
    const mine = rectify([item('r1', '2026-03-01T00:00:00.000Z')]);
    const theirs = rectify([item('r2', '2026-03-02T00:00:00.000Z')], { branch: { 'branch-1': note } });
    const merged = mergeRectify(mine, theirs);
    expect(merged.items.map((i) => i.id)).toEqual(['r1', 'r2']);
    expect(merged.chabai.branch?.['branch-1']).toEqual(note);
    expect(diffRectify(mine, theirs)).toEqual({ added: 2, changed: 0 });
    expect(mergeRectify(merged, theirs)).toBe(merged);
    expect(mergeRectify(EMPTY_RECTIFY_ARCHIVE, EMPTY_RECTIFY_ARCHIVE)).toBe(EMPTY_RECTIFY_ARCHIVE);
  });
});

describe('plan archive domain', () => {
  it('merges ticks through the plan’s own merge', () => {
    const mine = { version: 1 as const, tasks: { 't-1': '2026-03-02T00:00:00.000Z' }, qiyi: {}, duties: {} };
    const theirs = { version: 1 as const, tasks: { 't-2': '2026-03-03T00:00:00.000Z' }, qiyi: {}, duties: {} };
    const merged = planDomain.merge(mine, theirs);
    expect(Object.keys(merged.tasks).sort()).toEqual(['t-1', 't-2']);
    expect(planDomain.merge(merged, theirs)).toEqual(merged);
    expect(planDomain.diff(mine, theirs)).toEqual({ added: 1, changed: 0 });
  });
});
