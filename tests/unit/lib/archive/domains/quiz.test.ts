import { describe, expect, it } from 'vitest';
import {
  attemptKey,
  diffQuiz,
  EMPTY_QUIZ_ARCHIVE,
  mergeAttempts,
  mergeQuiz,
  pickWrongEntry,
  quizDomain,
} from '../../../../../src/lib/archive/domains/quiz.ts';
import type { ExamResult, QuizState } from '../../../../../src/schemas/quiz-state.ts';
import { quizStateSchema } from '../../../../../src/schemas/quiz-state.ts';

const at = (m: number) => new Date(Date.UTC(2026, 10, 1) + m * 60_000).toISOString();
type Attempt = QuizState['attempts'][number];
const attempt = (q: string, m: number, ok = true, mode: Attempt['m'] = 'practice'): Attempt => ({ q, t: at(m), ok, m: mode });
const quiz = (over: Partial<QuizState>): QuizState => ({ ...EMPTY_QUIZ_ARCHIVE, ...over });
const entry = (lapses: number, streak: number, dueM: number, addedM = 0) => ({ added: at(addedM), due: at(dueM), streak, lapses });
function exam(id: string, finishedM: number): ExamResult {
  return {
    id,
    startedAt: at(finishedM - 10),
    finishedAt: at(finishedM),
    minutes: 30,
    passPercent: 60,
    questions: ['q1'],
    answers: { q1: 'A' },
    correct: 1,
    total: 1,
    percent: 100,
    passed: true,
    timedOut: false,
  };
}
const daily = (doneM: number, correct = 1) => ({ questions: ['q1'], answers: { q1: 'A' }, correct, doneAt: at(doneM) });

describe('quiz merge rules', () => {
  it('attempts: union without duplicates (same question, time and mode), sorted by time', () => {
    const here = [attempt('q1', 1), attempt('q2', 5)];
    const file = [attempt('q1', 1), attempt('q3', 3), attempt('q1', 1, true, 'random')];
    expect(mergeAttempts(here, file)).toEqual([attempt('q1', 1), attempt('q1', 1, true, 'random'), attempt('q3', 3), attempt('q2', 5)]);
    expect(mergeAttempts(here, [attempt('q2', 5)])).toBe(here);
    expect(attemptKey(attempt('q1', 1))).not.toBe(attemptKey(attempt('q1', 1, true, 'exam')));
  });

  it('attempts given at the same moment (a daily quiz) keep their order', () => {
    const day = [attempt('q9', 2, true, 'daily'), attempt('q3', 2, false, 'daily'), attempt('q5', 2, true, 'daily')];
    expect(mergeAttempts([attempt('q1', 1)], day)).toEqual([attempt('q1', 1), ...day]);
  });

  it('错题本: more lapses wins, then the longer streak, then the later due date', () => {
    expect(pickWrongEntry(entry(1, 2, 9), entry(2, 0, 1))).toEqual(entry(2, 0, 1));
    expect(pickWrongEntry(entry(2, 1, 9), entry(2, 2, 1))).toEqual(entry(2, 2, 1));
    expect(pickWrongEntry(entry(2, 1, 1), entry(2, 1, 9))).toEqual(entry(2, 1, 9));
    const tie = entry(2, 1, 5);
    expect(pickWrongEntry(tie, { ...entry(2, 1, 5), card: { x: 1 } })).toBe(tie);
  });

  it('错题本: both books hold a question → the entry chosen by the rules', () => {
    const here = quiz({ wrong: { q1: entry(1, 1, 50) } });
    const file = quiz({ wrong: { q1: entry(3, 0, 10) } });
    expect(mergeQuiz(here, file).wrong.q1).toEqual(entry(3, 0, 10));
  });

  it('a question mastered on one side is not brought back by the other side’s older entry', () => {
    // This device answered q1 wrong at minute 10; the file mastered it at minute 60.
    const here = quiz({ attempts: [attempt('q1', 10, false)], wrong: { q1: entry(1, 0, 10, 10) } });
    const file = quiz({ attempts: [attempt('q1', 10, false)], mastered: { q1: at(60) } });
    const merged = mergeQuiz(here, file);
    expect(merged.wrong.q1).toBeUndefined();
    expect(merged.mastered.q1).toBe(at(60));
    expect(mergeQuiz(file, here).wrong.q1).toBeUndefined();
  });

  it('…but comes back when it went wrong again after it was mastered', () => {
    const here = quiz({ attempts: [attempt('q1', 10, false), attempt('q1', 90, false)], wrong: { q1: entry(2, 0, 90, 10) } });
    const file = quiz({ attempts: [attempt('q1', 10, false)], mastered: { q1: at(60) } });
    expect(mergeQuiz(here, file).wrong.q1).toEqual(entry(2, 0, 90, 10));
    expect(mergeQuiz(file, here).wrong.q1).toEqual(entry(2, 0, 90, 10));
  });

  it('without answers recorded, the entry’s added time stands for its lapse', () => {
    const here = quiz({ wrong: { q1: entry(1, 0, 100, 100) } });
    expect(mergeQuiz(here, quiz({ mastered: { q1: at(60) } })).wrong.q1).toBeDefined();
    expect(mergeQuiz(here, quiz({ mastered: { q1: at(160) } })).wrong.q1).toBeUndefined();
  });

  it('mastered: union, the later time (mastering again after a relapse moves it on, as the store does)', () => {
    const merged = mergeQuiz(quiz({ mastered: { q1: at(5), q2: at(1) } }), quiz({ mastered: { q1: at(9), q3: at(2) } }));
    expect(merged.mastered).toEqual({ q1: at(9), q2: at(1), q3: at(2) });
  });

  it('starred: union, this device’s order first', () => {
    expect(mergeQuiz(quiz({ starred: ['q2', 'q1'] }), quiz({ starred: ['q3', 'q1'] })).starred).toEqual(['q2', 'q1', 'q3']);
  });

  it('practice positions: the newer one', () => {
    const here = quiz({ practice: { plan: { at: 'q5', t: at(5) }, dangzhang: { at: 'd9', t: at(9) } } });
    const file = quiz({ practice: { plan: { at: 'q7', t: at(7) }, dangzhang: { at: 'd2', t: at(2) }, zhunze: { at: 'z1', t: at(1) } } });
    expect(mergeQuiz(here, file).practice).toEqual({ plan: { at: 'q7', t: at(7) }, dangzhang: { at: 'd9', t: at(9) }, zhunze: { at: 'z1', t: at(1) } });
  });

  it('每日一练: union by day; a day done on both keeps the earlier completion (the one that counted)', () => {
    const here = quiz({ daily: { '2026-11-01': daily(30, 5), '2026-11-02': daily(1500) } });
    const file = quiz({ daily: { '2026-11-01': daily(20, 3), '2026-11-03': daily(3000) } });
    expect(mergeQuiz(here, file).daily).toEqual({ '2026-11-01': daily(20, 3), '2026-11-02': daily(1500), '2026-11-03': daily(3000) });
  });

  it('exams: union by id, sorted by finish time', () => {
    const here = quiz({ exams: [exam('a', 10), exam('c', 30)] });
    const file = quiz({ exams: [exam('b', 20), exam('a', 10)] });
    expect(mergeQuiz(here, file).exams.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('the merged state is valid stored data', () => {
    const merged = mergeQuiz(
      quiz({ attempts: [attempt('q1', 1, false)], wrong: { q1: entry(1, 0, 1, 1) }, exams: [exam('a', 5)] }),
      quiz({ starred: ['q2'], daily: { '2026-11-01': daily(5) }, practice: { plan: { at: 'q1', t: at(2) } } }),
    );
    expect(quizStateSchema.safeParse(merged).success).toBe(true);
    expect(quizDomain.key).toBe('quiz');
  });
});

// ── laws, over many generated histories ──
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random but valid quiz state over a small pool of questions, so that sides overlap. */
function randomQuiz(rand: () => number, pool: string[], minuteBase: number): QuizState {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const modes: Attempt['m'][] = ['practice', 'random', 'daily', 'exam', 'wrong', 'starred'];
  const attempts = Array.from({ length: Math.floor(rand() * 12) }, (_, i) => attempt(pick(pool), minuteBase + i * 7 + Math.floor(rand() * 5), rand() < 0.6, pick(modes)))
    .sort((x, y) => x.t.localeCompare(y.t));
  const wrong: QuizState['wrong'] = {};
  const mastered: QuizState['mastered'] = {};
  for (const q of pool) {
    const r = rand();
    if (r < 0.3) wrong[q] = entry(1 + Math.floor(rand() * 3), Math.floor(rand() * 3), minuteBase + Math.floor(rand() * 200), minuteBase + Math.floor(rand() * 100));
    else if (r < 0.5) mastered[q] = at(minuteBase + Math.floor(rand() * 200));
  }
  const starred = pool.filter(() => rand() < 0.3);
  const practice: QuizState['practice'] = {};
  for (const d of ['plan', 'dangzhang']) if (rand() < 0.5) practice[d] = { at: pick(pool), t: at(minuteBase + Math.floor(rand() * 300)) };
  const days: QuizState['daily'] = {};
  for (const d of ['2026-11-01', '2026-11-02', '2026-11-03']) if (rand() < 0.4) days[d] = daily(minuteBase + Math.floor(rand() * 300));
  const exams = ['e1', 'e2', 'e3'].filter(() => rand() < 0.4).map((id, i) => exam(id, 100 * (i + 1)));
  return { version: 1, attempts, wrong, mastered, starred, practice, daily: days, exams };
}

describe('quiz merge laws', () => {
  const pool = ['q1', 'q2', 'q3', 'q4', 'q5'];
  const rand = rng(20261128);
  const pairs = Array.from({ length: 300 }, () => [randomQuiz(rand, pool, 0), randomQuiz(rand, pool, 3)] as const);

  it('merge(a, a) is a itself', () => {
    for (const [a] of pairs) expect(mergeQuiz(a, a)).toBe(a);
  });

  it('merging the same file twice changes nothing the second time', () => {
    for (const [a, b] of pairs) {
      const once = mergeQuiz(a, b);
      expect(mergeQuiz(once, b)).toEqual(once);
      expect(diffQuiz(once, b)).toEqual({ added: 0, changed: 0 });
    }
  });

  it('the merge of histories that do not overlap is the same either way round', () => {
    const rand2 = rng(7);
    for (let i = 0; i < 200; i++) {
      const a = randomQuiz(rand2, ['a1', 'a2', 'a3'], 0);
      const b = randomQuiz(rand2, ['b1', 'b2', 'b3'], 1000);
      // Disjoint: different questions, documents, days and exams.
      b.practice = Object.fromEntries(Object.entries(b.practice).map(([k, v]) => [`${k}#b`, v]));
      b.daily = Object.fromEntries(Object.entries(b.daily).map(([k, v]) => [k.replace('2026-11', '2026-12'), v]));
      b.exams = b.exams.map((e) => ({ ...e, id: `${e.id}b`, finishedAt: at(1000 + Number(e.id.slice(1))) }));
      // 收藏 is a set; its order is only the display order (this device's stars first), so compare it as a set.
      const asSet = (s: QuizState) => ({ ...s, starred: [...s.starred].sort() });
      expect(asSet(mergeQuiz(a, b))).toEqual(asSet(mergeQuiz(b, a)));
    }
  });

  it('nothing is dropped: every answer and exam of either side is in the merge', () => {
    for (const [a, b] of pairs) {
      const merged = mergeQuiz(a, b);
      const keys = new Set(merged.attempts.map(attemptKey));
      for (const x of [...a.attempts, ...b.attempts]) expect(keys.has(attemptKey(x))).toBe(true);
      expect(new Set(merged.exams.map((e) => e.id))).toEqual(new Set([...a.exams, ...b.exams].map((e) => e.id)));
      expect(new Set(merged.starred)).toEqual(new Set([...a.starred, ...b.starred]));
    }
  });

  it('the relapse scenario stays settled when merged again', () => {
    // b mastered q1 at 10, went wrong at 20; a (synced later) mastered it again at 30.
    const b = quiz({ attempts: [attempt('q1', 20, false)], wrong: { q1: entry(2, 0, 20, 0) }, mastered: { q1: at(10) } });
    const a = quiz({ attempts: [attempt('q1', 20, false)], mastered: { q1: at(30) } });
    const once = mergeQuiz(a, b);
    expect(once.wrong.q1).toBeUndefined();
    expect(mergeQuiz(once, b)).toEqual(once);
  });
});

describe('quiz diff', () => {
  it('counts answers, book entries, stars, positions, days and exams added or changed', () => {
    const here = quiz({
      attempts: [attempt('q1', 1)],
      wrong: { q2: entry(1, 0, 5) },
      starred: ['q1'],
      practice: { plan: { at: 'q1', t: at(1) } },
      daily: { '2026-11-01': daily(40) },
    });
    const file = quiz({
      attempts: [attempt('q1', 1), attempt('q3', 2), attempt('q4', 3)], // 2 added
      wrong: { q2: entry(2, 0, 9) }, // 1 changed
      starred: ['q1', 'q5'], // 1 added
      practice: { plan: { at: 'q3', t: at(2) } }, // 1 changed
      daily: { '2026-11-01': daily(30), '2026-11-02': daily(1500) }, // 1 changed, 1 added
      exams: [exam('e1', 50)], // 1 added
    });
    expect(diffQuiz(here, file)).toEqual({ added: 5, changed: 3 });
    expect(diffQuiz(here, here)).toEqual({ added: 0, changed: 0 });
    expect(diffQuiz(EMPTY_QUIZ_ARCHIVE, EMPTY_QUIZ_ARCHIVE)).toEqual({ added: 0, changed: 0 });
  });

  it('a question leaving the book because the file mastered it counts as changed (and its mastering as added)', () => {
    const here = quiz({ attempts: [attempt('q1', 1, false)], wrong: { q1: entry(1, 0, 1, 1) } });
    expect(diffQuiz(here, quiz({ mastered: { q1: at(30) } }))).toEqual({ added: 1, changed: 1 });
  });
});
