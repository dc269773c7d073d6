import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../../src/lib/archive/canonical-json.ts';
import {
  TOMBSTONE_DAYS,
  compactTombstones,
  forgetDeletion,
  isDeleted,
  mergeTombstones,
  recordDeletion,
  stayDeleted,
  tombstoneKey,
  withTombstones,
} from '../../../../src/lib/archive/tombstones.ts';
import { mergeRectify, diffRectify } from '../../../../src/lib/archive/domains/rectify.ts';
import { mergeSelfcheck, diffSelfcheck } from '../../../../src/lib/archive/domains/selfcheck.ts';
import { mergeNotes, diffNotes } from '../../../../src/lib/archive/domains/notes.ts';
import { mergeQuiz, diffQuiz, EMPTY_QUIZ_ARCHIVE } from '../../../../src/lib/archive/domains/quiz.ts';
import type { RectifyItem, RectifyState } from '../../../../src/schemas/rectify.ts';
import type { SelfcheckState } from '../../../../src/schemas/selfcheck.ts';
import type { NotesState } from '../../../../src/schemas/notes.ts';
import type { QuizState } from '../../../../src/schemas/quiz-state.ts';

const T = ['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z', '2026-03-04T00:00:00.000Z'];

describe('tombstones', () => {
  const now = new Date('2026-03-10T00:00:00Z');

  it('records, forgets and compacts deletions after the documented period', () => {
    const one = recordDeletion(undefined, 'item:a', now);
    expect(one).toEqual({ 'item:a': now.toISOString() });
    expect(forgetDeletion(one, 'item:a')).toEqual({});
    expect(forgetDeletion(one, 'item:b')).toBe(one);
    const old = { 'item:old': '2024-01-01T00:00:00.000Z', 'item:new': '2026-03-01T00:00:00.000Z' };
    expect(compactTombstones(old, now)).toEqual({ 'item:new': '2026-03-01T00:00:00.000Z' });
    expect(TOMBSTONE_DAYS).toBe(730);
    // Compaction happens when another deletion is recorded.
    expect(Object.keys(recordDeletion(old, 'item:x', now)).sort()).toEqual(['item:new', 'item:x']);
  });

  it('keeps a copy changed after the deletion and drops one changed before or at it', () => {
    const t = { 'item:a': T[1]! };
    expect(isDeleted(t, 'item:a', T[0])).toBe(true);
    expect(isDeleted(t, 'item:a', T[1])).toBe(true);
    expect(isDeleted(t, 'item:a', T[2])).toBe(false);
    expect(isDeleted(t, 'item:b', T[0])).toBe(false);
    expect(isDeleted({ 'star:q': T[0]! }, 'star:q')).toBe(true);
  });

  it('merges to the later time per key and leaves the field out when empty', () => {
    expect(mergeTombstones({ a: T[0]!, b: T[2]! }, { a: T[1]!, b: T[1]!, c: T[0]! })).toEqual({ a: T[1], b: T[2], c: T[0] });
    const mine = { a: T[1]! };
    expect(mergeTombstones(mine, { a: T[0]! })).toBe(mine);
    expect(mergeTombstones(mine, undefined)).toBe(mine);
    expect(withTombstones({ version: 1, deleted: { a: T[0]! } }, {})).toEqual({ version: 1 });
    expect(stayDeleted(['a', 'b', 'c'], new Set(['a']))).toBe(2);
  });
});

// ---- Generators: small id and time sets, so that sides overlap often. ----
const time = fc.constantFrom(...T);
const tombs = (keys: string[]) => fc.option(fc.dictionary(fc.constantFrom(...keys), time, { maxKeys: keys.length }), { nil: undefined });

const rectifyItem = fc.record({ id: fc.constantFrom('a', 'b', 'c'), updatedAt: time, problem: fc.constantFrom('甲', '乙'), n: fc.integer({ min: 1, max: 2 }) }).map(
  ({ id, updatedAt, problem, n }): RectifyItem => ({
    id,
    problem,
    origin: 'manual',
    measures: '',
    responsible: '',
    status: 'todo',
    evidence: '',
    createdAt: T[0]!,
    updatedAt,
    history: Array.from({ length: n }, () => ({ at: T[0]!, kind: 'created' as const, to: 'todo' as const })),
  }),
);
const rectifyState: fc.Arbitrary<RectifyState> = fc
  .record({
    items: fc.uniqueArray(rectifyItem, { selector: (i) => i.id, maxLength: 3 }),
    notes: fc.dictionary(fc.constantFrom('q1', 'q2'), fc.record({ note: fc.constantFrom('x', 'y'), answeredAt: fc.constant(T[0]!), updatedAt: time })),
    deleted: tombs(['item:a', 'item:b', 'item:c', 'chabai:l/q1', 'chabai:l/q2']),
  })
  .map(({ items, notes, deleted }) => withTombstones<RectifyState>({ version: 1, chabai: Object.keys(notes).length ? { l: notes } : {}, items }, deleted));

const selfcheckState: fc.Arbitrary<SelfcheckState> = fc
  .record({
    // Submitted checks never change, so one id always comes with the same time.
    checks: fc.uniqueArray(fc.constantFrom(['c1', T[0]!], ['c2', T[1]!], ['c3', T[2]!]).map(([id, at]) => ({ id, at })), { selector: (c) => c.id, maxLength: 3 }),
    deleted: tombs(['c1', 'c2', 'c3']),
  })
  .map(({ checks, deleted }) =>
    withTombstones(
      {
        version: 1 as const,
        // The draft belongs to the device it is typed on (this side's wins), so it is left out here.
        draft: null,
        checks: checks
          .map((c) => ({ id: c.id, at: c.at, ratings: {}, notes: {} }) as unknown as SelfcheckState['checks'][number])
          .sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id)),
      },
      deleted,
    ),
  );

const notesState: fc.Arbitrary<NotesState> = fc
  .record({
    notes: fc.uniqueArray(fc.record({ id: fc.constantFrom('n1', 'n2', 'n3'), updated: time, text: fc.constantFrom('甲', '乙') }), { selector: (n) => n.id, maxLength: 3 }),
    deleted: tombs(['n1', 'n2', 'n3']),
  })
  .map(({ notes, deleted }) =>
    withTombstones(
      { version: 1 as const, notes: Object.fromEntries(notes.map((n) => [n.id, { id: n.id, doc: 'plan', anchor: 'p-1', heading: '第1段', text: n.text, created: T[0]!, updated: n.updated }])) },
      deleted,
    ),
  );

const quizState: fc.Arbitrary<QuizState> = fc
  .record({
    starred: fc.uniqueArray(fc.constantFrom('q1', 'q2', 'q3')),
    // One answer (question, time, mode) is the same answer on every device, right or wrong alike.
    attempts: fc.uniqueArray(
      fc.record({ q: fc.constantFrom('q1', 'q2'), t: time }).map(({ q, t }) => ({ q, t, ok: (q === 'q1') === (t < T[2]!), m: 'practice' as const })),
      { selector: (a) => `${a.q}${a.t}`, maxLength: 4 },
    ),
    deleted: tombs(['star:q1', 'star:q2', 'star:q3']),
  })
  .map(({ starred, attempts, deleted }) =>
    withTombstones({ ...EMPTY_QUIZ_ARCHIVE, starred, attempts: [...attempts].sort((x, y) => x.t.localeCompare(y.t) || x.q.localeCompare(y.q)) }, deleted),
  );

/** The same content whatever order lists came in (items are shown sorted anyway). */
function canon(state: object): string {
  const sortList = (v: unknown): unknown =>
    Array.isArray(v) ? [...v.map(sortList)].sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b))) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortList(x)])) : v;
  return canonicalJson(sortList(state));
}

const domains = [
  { name: 'rectify', arb: rectifyState, merge: mergeRectify },
  { name: 'selfcheck', arb: selfcheckState, merge: mergeSelfcheck },
  { name: 'notes', arb: notesState, merge: mergeNotes },
  { name: 'quiz (stars and answers)', arb: quizState, merge: mergeQuiz },
] as const;

describe.each(domains)('merge laws with tombstones: $name', ({ arb, merge }) => {
  const m = merge as (a: object, b: object) => object;
  it('is commutative: merge(a, b) = merge(b, a)', () => {
    fc.assert(fc.property(arb, arb, (a, b) => canon(m(a, b)) === canon(m(b, a))));
  });
  it('is idempotent: merging a merged state with itself, or with either side again, changes nothing', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = m(a, b);
        return canon(m(ab, ab)) === canon(ab) && canon(m(ab, a)) === canon(ab) && canon(m(ab, b)) === canon(ab);
      }),
    );
  });
  it('is associative: merge(merge(a, b), c) = merge(a, merge(b, c))', () => {
    fc.assert(fc.property(arb, arb, arb, (a, b, c) => canon(m(m(a, b), c)) === canon(m(a, m(b, c)))));
  });
});

describe('a deletion is never brought back by an older state', () => {
  const later = '2026-03-05T00:00:00.000Z';
  it('整改 items and 查摆 notes', () => {
    fc.assert(
      fc.property(rectifyState, (old) => {
        const tomb = Object.fromEntries([...old.items.map((i) => [tombstoneKey.rectifyItem(i.id), later]), ...Object.keys(old.chabai.l ?? {}).map((q) => [tombstoneKey.chabai('l', q), later])]);
        const deletedHere: RectifyState = withTombstones({ version: 1, chabai: {}, items: [] }, mergeTombstones(old.deleted, tomb));
        for (const merged of [mergeRectify(deletedHere, old), mergeRectify(old, deletedHere)]) {
          if (merged.items.length !== 0 || Object.keys(merged.chabai).length !== 0) return false;
        }
        const diff = diffRectify(deletedHere, old);
        return diff.added === 0 && (diff.stayDeleted ?? 0) === old.items.length + Object.keys(old.chabai.l ?? {}).length;
      }),
    );
  });

  it('党性体检 records, notes and stars', () => {
    fc.assert(
      fc.property(selfcheckState, notesState, quizState, (sc, notes, quiz) => {
        const scDel: SelfcheckState = withTombstones({ version: 1, draft: null, checks: [] }, mergeTombstones(sc.deleted, Object.fromEntries(sc.checks.map((c) => [c.id, later]))));
        const notesDel: NotesState = withTombstones({ version: 1, notes: {} }, mergeTombstones(notes.deleted, Object.fromEntries(Object.keys(notes.notes).map((id) => [id, later]))));
        const quizDel: QuizState = withTombstones({ ...quiz, starred: [] }, mergeTombstones(quiz.deleted, Object.fromEntries(quiz.starred.map((q) => [tombstoneKey.star(q), later]))));
        return (
          mergeSelfcheck(scDel, sc).checks.length === 0 &&
          (diffSelfcheck(scDel, sc).stayDeleted ?? 0) === sc.checks.length &&
          Object.keys(mergeNotes(notesDel, notes).notes).length === 0 &&
          (diffNotes(notesDel, notes).stayDeleted ?? 0) === Object.keys(notes.notes).length &&
          mergeQuiz(quizDel, quiz).starred.length === 0 &&
          mergeQuiz(quiz, quizDel).starred.length === 0 &&
          (quiz.starred.length === 0 || (diffQuiz(quizDel, quiz).stayDeleted ?? 0) === quiz.starred.length)
        );
      }),
    );
  });

  it('keeps an item edited on another device after it was deleted here', () => {
    const item = (updatedAt: string): RectifyItem => ({ id: 'a', problem: '甲', origin: 'manual', measures: '', responsible: '', status: 'todo', evidence: '', createdAt: T[0]!, updatedAt, history: [{ at: T[0]!, kind: 'created', to: 'todo' }] });
    const here: RectifyState = { version: 1, chabai: {}, items: [], deleted: { 'item:a': T[1]! } };
    expect(mergeRectify(here, { version: 1, chabai: {}, items: [item(T[0]!)] }).items).toEqual([]);
    expect(mergeRectify(here, { version: 1, chabai: {}, items: [item(T[2]!)] }).items).toEqual([item(T[2]!)]);
  });
});
