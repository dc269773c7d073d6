import { describe, expect, it } from 'vitest';
import { emptyFacts, memberFacts, rectifyFact } from '../../../../../src/lib/archive/branch/facts.ts';
import { parsePeriod } from '../../../../../src/lib/archive/branch/period.ts';
import { documentsDone, overdueAt, rectifyAt, summarizeMember, type SummaryContext } from '../../../../../src/lib/archive/branch/summary.ts';
import type { RectifyItem } from '../../../../../src/schemas/rectify.ts';
import { member } from './helpers.ts';

const context: SummaryContext = {
  roles: [
    { id: 'member', name: '普通党员', track: 'all' },
    { id: 'leader', name: '党员领导干部', track: 'leaders' },
  ],
  documents: [
    { id: 'dangzhang', audience: 'all' },
    { id: 'plan', audience: 'all' },
    { id: 'wenze-tiaoli', audience: 'leaders' },
  ],
};
const march = parsePeriod('2026-03')!;
const q1 = parsePeriod('2026-Q1')!;

function exam(finishedAt: string, percent: number) {
  return { id: finishedAt, startedAt: finishedAt, finishedAt, minutes: 30, passPercent: 60, questions: [], answers: {}, correct: 0, total: 0, percent, passed: percent >= 60, timedOut: false };
}
function daily(doneAt: string) {
  return { questions: ['q1'], answers: { q1: 'A' }, correct: 1, doneAt };
}
function rectifyItem(over: Partial<RectifyItem>): RectifyItem {
  return {
    id: 'r1',
    problem: '学习不够',
    origin: 'manual',
    measures: '',
    responsible: '',
    status: 'todo',
    evidence: '',
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    history: [{ at: '2026-03-01T02:00:00.000Z', kind: 'created', to: 'todo' }],
    ...over,
  };
}

const full = {
  activity: { version: 1, days: { '2026-02-28': 600, '2026-03-01': 1200, '2026-03-31': 300, '2026-04-01': 900 } },
  reading: {
    version: 1,
    docs: {
      dangzhang: { read: ['art-1'], visitedAt: '2026-02-10T02:00:00.000Z', learnedAt: '2026-02-10T02:00:00.000Z' },
      plan: { read: ['p-1'], visitedAt: '2026-03-31T15:59:00.000Z', learnedAt: '2026-03-31T15:59:00.000Z' },
      'wenze-tiaoli': { read: ['art-1'], visitedAt: '2026-03-05T02:00:00.000Z', learnedAt: '2026-03-05T02:00:00.000Z' },
      extra: { read: ['x'], visitedAt: '2026-03-05T02:00:00.000Z', learnedAt: '2026-03-05T02:00:00.000Z' },
    },
  },
  quiz: {
    version: 1,
    attempts: [],
    wrong: {},
    mastered: {},
    starred: [],
    practice: {},
    daily: { '2026-02-28': daily('2026-02-28T01:00:00.000Z'), '2026-03-01': daily('2026-02-28T16:30:00.000Z'), '2026-03-20': daily('2026-03-20T01:00:00.000Z') },
    exams: [exam('2026-02-20T02:00:00.000Z', 95), exam('2026-03-10T02:00:00.000Z', 70), exam('2026-03-25T02:00:00.000Z', 85), exam('2026-03-31T16:10:00.000Z', 100)],
  },
  plan: { version: 1, tasks: { a: '2026-03-02T02:00:00.000Z', b: '2026-02-27T02:00:00.000Z', c: '2026-02-28T16:01:00.000Z' }, qiyi: {}, duties: {} },
  selfcheck: { version: 1, draft: null, checks: [{ id: 'abcd', at: '2026-03-15T02:00:00.000Z', day: '2026-03-15', items: [{ id: 'pos-1', list: 'positive', text: '理想信念坚定', rating: 'ok' }] }] },
  rectify: {
    version: 1,
    chabai: {},
    items: [rectifyItem({ deadline: '2026-03-20' }), rectifyItem({ id: 'r2', deadline: '2026-04-10' })],
  },
};

describe('summarizeMember', () => {
  it('sums every figure for a month, by Beijing days', () => {
    const row = summarizeMember(member('张三', full, { role: 'member', exportedAt: '2026-04-02T02:00:00.000Z' }), march, context);
    expect(row).toMatchObject({
      name: '张三',
      roleId: 'member',
      roleName: '普通党员',
      studySeconds: 1500,
      // dangzhang (February) and plan (last minute of March); the leaders' document does not count for a member.
      docsDone: 2,
      docsTotal: 2,
      // a (2 March) and c (1 March 00:01 Beijing time).
      tasksDone: 2,
      attendanceDays: 2,
      examBest: 85,
      examCount: 2,
      selfcheckDone: true,
      overdue: 1,
      exportedDay: '2026-04-02',
      exportedEarly: false,
      missing: [],
    });
  });

  it('counts the leaders’ documents for a leading cadre', () => {
    const row = summarizeMember(member('李四', full, { role: 'leader' }), march, context);
    expect([row.docsDone, row.docsTotal]).toEqual([3, 3]);
  });

  it('sums a quarter', () => {
    const row = summarizeMember(member('张三', full, { role: 'member', exportedAt: '2026-04-02T02:00:00.000Z' }), q1, context);
    expect(row).toMatchObject({ studySeconds: 2100, tasksDone: 3, attendanceDays: 3, examBest: 95, examCount: 3, selfcheckDone: true });
  });

  it('counts missing domains as nothing done, and names them', () => {
    const row = summarizeMember(member('王五', {}), march, context);
    expect(row).toMatchObject({ studySeconds: 0, docsDone: 0, docsTotal: 2, tasksDone: 0, attendanceDays: 0, examBest: null, examCount: 0, selfcheckDone: false, overdue: 0 });
    expect(row.missing).toEqual(['activity', 'reading', 'quiz', 'plan', 'selfcheck', 'rectify']);
    expect(row.roleId).toBeUndefined();
    expect(row.roleName).toBeUndefined();
  });

  it('shows a role this site does not know by its id, and counts only the common documents for it', () => {
    const row = summarizeMember(member('赵六', full, { role: 'visitor' }), march, context);
    expect(row.roleName).toBe('visitor');
    expect(row.docsTotal).toBe(2);
  });

  it('marks a file exported before the last day of the period', () => {
    expect(summarizeMember(member('甲', {}, { exportedAt: '2026-03-20T02:00:00.000Z' }), march, context).exportedEarly).toBe(true);
    expect(summarizeMember(member('甲', {}, { exportedAt: '2026-03-31T12:00:00.000Z' }), march, context).exportedEarly).toBe(false);
  });
});

describe('memberFacts', () => {
  it('reads raw data of a domain the parser skipped when it passes the schema', () => {
    const facts = memberFacts({}, { plan: full.plan, selfcheck: { version: 1, draft: null, checks: 'nonsense' } });
    expect(facts.tasksDone).toHaveLength(3);
    expect(facts.present).toEqual(['plan']);
    expect(facts.unreadable).toEqual(['selfcheck']);
    expect(facts.selfcheckDays).toEqual([]);
  });

  it('keeps a document id such as __proto__ as plain data', () => {
    const facts = memberFacts({ reading: { version: 1, docs: { ['__proto__']: { read: [], visitedAt: '2026-03-01T00:00:00Z', learnedAt: '2026-03-01T00:00:00Z' } } } });
    expect(Object.keys(facts.learned)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(facts.learned)).toBe(Object.prototype);
  });

  it('is empty for an empty file', () => {
    expect(memberFacts({})).toEqual(emptyFacts());
  });
});

describe('documentsDone', () => {
  it('counts documents learned in or before the period, not after', () => {
    const learned = { dangzhang: '2025-12-01T00:00:00Z', plan: '2026-04-01T00:00:00Z' };
    expect(documentsDone(learned, 'all', context.documents, march)).toEqual({ done: 1, total: 2 });
  });
});

describe('overdue 整改 at the end of the period', () => {
  it('counts open items past their deadline on the reference day, not on the deadline day itself', () => {
    const items = [rectifyItem({ deadline: '2026-03-31' }), rectifyItem({ deadline: '2026-03-30' }), rectifyItem({})].map(rectifyFact);
    expect(overdueAt(items, '2026-03-31')).toBe(1);
  });

  it('ignores items created after the reference day', () => {
    const item = rectifyFact(rectifyItem({ deadline: '2026-03-05', createdAt: '2026-04-01T02:00:00.000Z' }));
    expect(overdueAt([item], '2026-03-31')).toBe(0);
  });

  it('uses the status the item had then: finished later still counts as overdue then', () => {
    const item = rectifyItem({
      deadline: '2026-03-10',
      status: 'done',
      evidence: '已改',
      history: [
        { at: '2026-03-01T02:00:00.000Z', kind: 'created', to: 'todo' },
        { at: '2026-04-05T02:00:00.000Z', kind: 'status', from: 'todo', to: 'done', evidence: '已改' },
      ],
    });
    expect(overdueAt([rectifyFact(item)], '2026-03-31')).toBe(1);
    expect(overdueAt([rectifyFact(item)], '2026-04-30')).toBe(0);
  });

  it('uses the deadline the item had then', () => {
    const item = rectifyFact(
      rectifyItem({
        deadline: '2026-05-31',
        history: [
          { at: '2026-03-01T02:00:00.000Z', kind: 'created', to: 'todo' },
          { at: '2026-04-02T02:00:00.000Z', kind: 'edited', fields: ['deadline'], before: { deadline: '2026-03-15' } },
        ],
      }),
    );
    expect(rectifyAt(item, Date.parse('2026-04-01T00:00:00+08:00'))).toEqual({ status: 'todo', deadline: '2026-03-15' });
    expect(overdueAt([item], '2026-03-31')).toBe(1);
    expect(overdueAt([item], '2026-04-30')).toBe(0);
    // An edit that set the first deadline: none before.
    const first = rectifyFact(
      rectifyItem({ deadline: '2026-03-02', history: [{ at: '2026-03-01T02:00:00.000Z', kind: 'created', to: 'todo' }, { at: '2026-04-02T02:00:00.000Z', kind: 'edited', fields: ['deadline'], before: { deadline: '' } }] }),
    );
    expect(overdueAt([first], '2026-03-31')).toBe(0);
  });

  it('judges an old file on its export day, so the summary only says what the file knows', () => {
    const row = summarizeMember(member('张三', full, { exportedAt: '2026-03-15T02:00:00.000Z' }), march, context);
    // Deadline 20 March had not yet passed on 15 March.
    expect(row.overdue).toBe(0);
  });
});
