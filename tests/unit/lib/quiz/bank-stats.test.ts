import { describe, expect, it } from 'vitest';
import { countBank, evidenceOf, tally } from '../../../../src/lib/quiz/bank-stats.ts';
import type { Question } from '../../../../src/schemas/question.ts';
import { fill, judge, multiple, single } from './questions.ts';

const quoted = (q: Question, quote = '原文'): Question => ({ ...q, source: { ...q.source, quote } });
const unchecked = (q: Question): Question => ({ ...q, checked: false });

describe('countBank', () => {
  it('is empty for no questions', () => {
    expect(countBank([])).toEqual([]);
  });

  it('counts each document’s questions by type, unchecked and quoted', () => {
    const rows = countBank([
      quoted(single('plan-001', 'A')),
      quoted(multiple('plan-002', ['A', 'B'])),
      unchecked(judge('dangzhang-001', true, 'dangzhang')),
      quoted(judge('plan-003', false)),
      fill('plan-004', [['七一']]),
      unchecked(quoted(single('dangzhang-002', 'B', undefined, 'dangzhang'))),
      fill('dangzhang-003', [['党员']], 'dangzhang'),
    ]);
    expect(rows).toEqual([
      { document: 'plan', total: 4, byType: { single: 1, multiple: 1, judge: 1, fill: 1 }, unchecked: 0, quoted: 3 },
      { document: 'dangzhang', total: 3, byType: { single: 1, multiple: 0, judge: 1, fill: 1 }, unchecked: 2, quoted: 1 },
    ]);
  });

  it('lists documents in the order they first appear, not alphabetically', () => {
    const rows = countBank([
      judge('wenze-tiaoli-001', true, 'wenze-tiaoli'),
      judge('dangzhang-001', true, 'dangzhang'),
      judge('wenze-tiaoli-002', false, 'wenze-tiaoli'),
      judge('plan-001', true),
    ]);
    expect(rows.map((r) => [r.document, r.total])).toEqual([
      ['wenze-tiaoli', 2],
      ['dangzhang', 1],
      ['plan', 1],
    ]);
  });

  it('counts a quote by its presence and the document by the bank, not the cited source', () => {
    const citesElsewhere: Question = { ...single('plan-001', 'A'), source: { document: 'dangzhang', anchor: 'art-10', quote: '党员' } };
    const rows = countBank([citesElsewhere, single('plan-002', 'C')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ document: 'plan', total: 2, quoted: 1, unchecked: 0 });
  });

  it('keeps the rows’ type counts separate', () => {
    const rows = countBank([single('a-001', 'A', undefined, 'a'), single('b-001', 'A', undefined, 'b')]);
    rows[0]!.byType.single += 10;
    expect(rows[1]!.byType.single).toBe(1);
  });
});

describe('evidenceOf / tally', () => {
  it('names what a question rests on', () => {
    const base = judge('plan-001', true);
    expect(evidenceOf({ ...base, checked: false })).toBe('unchecked');
    expect(evidenceOf({ ...base, checked: true, source: { anchor: 'p-1', quote: '原文' } })).toBe('quote');
    expect(evidenceOf({ ...base, checked: true, fact: 'C4' })).toBe('fact');
    expect(evidenceOf({ ...base, checked: true, fact: 'B.四讲四有', source: { anchor: 'p-9', quote: '四讲四有' } })).toBe('fact');
  });

  it('counts by key in first-seen order', () => {
    expect([...tally(['C4', 'A7', 'C4'], (x) => x)]).toEqual([['C4', 2], ['A7', 1]]);
    expect(tally([], String).size).toBe(0);
  });
});
