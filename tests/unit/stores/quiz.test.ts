import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scheduler } from '../../../src/lib/quiz/wrong-book.ts';
import type { ExamResult } from '../../../src/schemas/quiz-state.ts';

const QUIZ_KEY = 'lxyz:v1:quiz';
const EXAM_KEY = 'lxyz:v1:exam';

const t0 = new Date('2026-07-01T01:00:00.000Z');
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
const DAY = 86_400_000;

// Stores read storage when their module loads, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const quiz = await import('../../../src/stores/quiz.ts');
  // The recorder's own, synchronous actions; the lazy wrappers in quiz.ts have their own tests below.
  const record = await import('../../../src/stores/quiz-record.ts');
  return { ...engine, ...quiz, ...record };
}

function stored(key: string): unknown {
  const raw = localStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

function backups(key: string): [string, string][] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith(`lxyz:backup:${key}:`))
    .map((k) => [k, localStorage.getItem(k) ?? '']);
}

/** Right → due in (reviews) days; wrong → due in an hour. Records what it was asked. */
function fakeScheduler() {
  const calls: { card: unknown; ok: boolean; now: string }[] = [];
  const scheduler: Scheduler = {
    next(card, ok, now) {
      calls.push({ card, ok, now: now.toISOString() });
      const reviews = ((card as { reviews?: number } | undefined)?.reviews ?? 0) + 1;
      return { card: { reviews }, due: new Date(now.getTime() + (ok ? reviews * DAY : 3_600_000)) };
    },
  };
  return { scheduler, calls };
}

function examResult(id: string, questions: string[], correct: number): ExamResult {
  return {
    id,
    startedAt: t0.toISOString(),
    finishedAt: minutes(20).toISOString(),
    minutes: 30,
    passPercent: 60,
    questions,
    answers: Object.fromEntries(questions.map((q) => [q, 'A'])),
    correct,
    total: questions.length,
    percent: Math.round((correct / questions.length) * 100),
    passed: correct / questions.length >= 0.6,
    timedOut: false,
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('answers and the 错题本', () => {
  it('appends each answer to the history in order', async () => {
    const s = await load();
    s.recordAnswer('plan-001', true, 'practice', t0);
    s.recordAnswer('plan-002', false, 'random', minutes(1));
    expect(s.$quiz.get().attempts).toEqual([
      { q: 'plan-001', t: t0.toISOString(), ok: true, m: 'practice' },
      { q: 'plan-002', t: minutes(1).toISOString(), ok: false, m: 'random' },
    ]);
  });

  it('puts a wrong answer in the 错题本, due straight away', async () => {
    const s = await load();
    s.recordAnswer('plan-002', false, 'practice', t0);
    expect(s.$quiz.get().wrong).toEqual({
      'plan-002': { added: t0.toISOString(), due: t0.toISOString(), streak: 0, lapses: 1 },
    });
  });

  it('counts a second wrong answer as one more lapse and keeps when it was added', async () => {
    const s = await load();
    s.recordAnswer('plan-002', false, 'practice', t0);
    s.recordAnswer('plan-002', false, 'random', minutes(5));
    expect(s.$quiz.get().wrong['plan-002']).toEqual({
      added: t0.toISOString(),
      due: minutes(5).toISOString(),
      streak: 0,
      lapses: 2,
    });
  });

  it('leaves the 错题本 alone after a right answer', async () => {
    const s = await load();
    s.recordAnswer('plan-002', false, 'practice', t0);
    const before = s.$quiz.get().wrong;
    s.recordAnswer('plan-002', true, 'practice', minutes(1));
    s.recordAnswer('plan-003', true, 'practice', minutes(2));
    expect(s.$quiz.get().wrong).toBe(before);
    expect(Object.keys(s.$quiz.get().wrong)).toEqual(['plan-002']);
    expect(s.$quiz.get().attempts).toHaveLength(3);
  });

  it('schedules a right review with the scheduler and counts the streak', async () => {
    const s = await load();
    const { scheduler, calls } = fakeScheduler();
    s.recordAnswer('plan-002', false, 'practice', t0);
    const mastered = s.recordWrongReview('plan-002', true, scheduler, minutes(60));
    expect(mastered).toBe(false);
    expect(calls).toEqual([{ card: undefined, ok: true, now: minutes(60).toISOString() }]);
    expect(s.$quiz.get().wrong['plan-002']).toEqual({
      added: t0.toISOString(),
      due: new Date(minutes(60).getTime() + DAY).toISOString(),
      streak: 1,
      lapses: 1,
      card: { reviews: 1 },
    });
    expect(s.$quiz.get().attempts.at(-1)).toEqual({ q: 'plan-002', t: minutes(60).toISOString(), ok: true, m: 'wrong' });
    expect(s.$quiz.get().mastered).toEqual({});
  });

  it('sends a wrong review back to streak 0', async () => {
    const s = await load();
    const { scheduler } = fakeScheduler();
    s.recordAnswer('plan-002', false, 'practice', t0);
    s.recordWrongReview('plan-002', true, scheduler, minutes(60));
    s.recordWrongReview('plan-002', false, scheduler, minutes(120));
    expect(s.$quiz.get().wrong['plan-002']).toMatchObject({
      streak: 0,
      lapses: 2,
      due: minutes(180).toISOString(),
      card: { reviews: 2 },
    });
  });

  it('takes a question out after three right reviews in a row and lists it as mastered', async () => {
    const s = await load();
    const { scheduler } = fakeScheduler();
    s.recordAnswer('plan-002', false, 'practice', t0);
    s.recordAnswer('plan-003', false, 'practice', t0);
    expect(s.recordWrongReview('plan-002', true, scheduler, minutes(1 * 1440))).toBe(false);
    expect(s.recordWrongReview('plan-002', true, scheduler, minutes(3 * 1440))).toBe(false);
    expect(s.$quiz.get().wrong['plan-002']?.streak).toBe(2);
    expect(s.recordWrongReview('plan-002', true, scheduler, minutes(6 * 1440))).toBe(true);
    const state = s.$quiz.get();
    expect(Object.keys(state.wrong)).toEqual(['plan-003']);
    expect(state.mastered).toEqual({ 'plan-002': minutes(6 * 1440).toISOString() });
    expect(state.attempts.filter((a) => a.m === 'wrong').map((a) => a.ok)).toEqual([true, true, true]);
  });

  it('takes a question out by hand and records when', async () => {
    const s = await load();
    s.recordAnswer('plan-002', false, 'practice', t0);
    s.recordAnswer('plan-003', false, 'practice', t0);
    s.dismissWrong('plan-002', minutes(10));
    expect(Object.keys(s.$quiz.get().wrong)).toEqual(['plan-003']);
    expect(s.$quiz.get().mastered).toEqual({ 'plan-002': minutes(10).toISOString() });
  });
});

describe('收藏 and practice positions', () => {
  it('stars a question and unstars it on the second toggle', async () => {
    const s = await load();
    s.toggleStar('plan-001');
    s.toggleStar('plan-007');
    expect(s.$quiz.get().starred).toEqual(['plan-001', 'plan-007']);
    s.toggleStar('plan-001');
    expect(s.$quiz.get().starred).toEqual(['plan-007']);
    s.toggleStar('plan-001');
    expect(s.$quiz.get().starred).toEqual(['plan-007', 'plan-001']);
  });

  it('remembers where practice stopped, per document and part', async () => {
    const s = await load();
    s.savePracticePosition('plan', 'plan-010', t0);
    s.savePracticePosition('plan#sec-3', 'plan-040', minutes(1));
    s.savePracticePosition('plan', 'plan-012', minutes(2));
    expect(s.$quiz.get().practice).toEqual({
      plan: { at: 'plan-012', t: minutes(2).toISOString() },
      'plan#sec-3': { at: 'plan-040', t: minutes(1).toISOString() },
    });
  });
});

describe('每日一练', () => {
  const questions = ['plan-001', 'dangzhang-004', 'plan-020'];
  const answers = { 'plan-001': 'B', 'dangzhang-004': true, 'plan-020': ['A', 'C'] };
  const results = { 'plan-001': true, 'dangzhang-004': false, 'plan-020': true };

  it('counts the day once and puts its wrong answers in the 错题本', async () => {
    const s = await load();
    expect(s.completeDaily('2026-07-01', questions, answers, results, t0)).toBe(true);
    const state = s.$quiz.get();
    expect(state.daily).toEqual({
      '2026-07-01': { questions, answers, correct: 2, doneAt: t0.toISOString() },
    });
    expect(state.attempts).toEqual([
      { q: 'plan-001', t: t0.toISOString(), ok: true, m: 'daily' },
      { q: 'dangzhang-004', t: t0.toISOString(), ok: false, m: 'daily' },
      { q: 'plan-020', t: t0.toISOString(), ok: true, m: 'daily' },
    ]);
    expect(Object.keys(state.wrong)).toEqual(['dangzhang-004']);
  });

  it('changes nothing when the same day is completed again', async () => {
    const s = await load();
    s.completeDaily('2026-07-01', questions, answers, results, t0);
    const before = s.$quiz.get();
    const storedBefore = localStorage.getItem(QUIZ_KEY);
    expect(s.completeDaily('2026-07-01', ['plan-099'], { 'plan-099': 'A' }, { 'plan-099': false }, minutes(30))).toBe(false);
    expect(s.$quiz.get()).toBe(before);
    expect(localStorage.getItem(QUIZ_KEY)).toBe(storedBefore);
  });

  it('counts another day separately', async () => {
    const s = await load();
    s.completeDaily('2026-07-01', questions, answers, results, t0);
    expect(s.completeDaily('2026-07-02', ['plan-099'], { 'plan-099': 'A' }, { 'plan-099': false }, minutes(1440))).toBe(true);
    expect(Object.keys(s.$quiz.get().daily)).toEqual(['2026-07-01', '2026-07-02']);
    expect(s.$quiz.get().daily['2026-07-02']?.correct).toBe(0);
    expect(s.$quiz.get().attempts).toHaveLength(4);
  });

  it('treats a question without a result as wrong', async () => {
    const s = await load();
    s.completeDaily('2026-07-01', ['plan-001', 'plan-002'], {}, { 'plan-001': true }, t0);
    expect(s.$quiz.get().daily['2026-07-01']?.correct).toBe(1);
    expect(Object.keys(s.$quiz.get().wrong)).toEqual(['plan-002']);
  });
});

describe('模拟考试', () => {
  const exam = { id: String(t0.getTime()), startedAt: t0.getTime(), minutes: 30, passPercent: 60, questions: ['plan-001', 'plan-002', 'dangzhang-003'] };

  it('starts an exam at the first question with no answers', async () => {
    const s = await load();
    s.startExam(exam);
    expect(s.$exam.get()).toEqual({ version: 1, current: { ...exam, answers: {}, index: 0 } });
  });

  it('does not replace an exam under way', async () => {
    const s = await load();
    s.startExam(exam);
    s.saveExamProgress({ 'plan-001': 'A' }, 1);
    s.startExam({ ...exam, id: 'other', questions: ['plan-050'] });
    expect(s.$exam.get().current).toEqual({ ...exam, answers: { 'plan-001': 'A' }, index: 1 });
  });

  it('saves answers and position', async () => {
    const s = await load();
    s.startExam(exam);
    s.saveExamProgress({ 'plan-001': 'A', 'plan-002': ['B', 'C'] }, 2);
    expect(s.$exam.get().current).toMatchObject({ id: exam.id, answers: { 'plan-001': 'A', 'plan-002': ['B', 'C'] }, index: 2 });
    expect(stored(EXAM_KEY)).toEqual(s.$exam.get());
  });

  it('saves no progress when no exam is under way', async () => {
    const s = await load();
    s.saveExamProgress({ 'plan-001': 'A' }, 1);
    expect(s.$exam.get()).toEqual({ version: 1, current: null });
  });

  it('hands in: stores the result, the attempts and the wrong answers, then clears the exam', async () => {
    const s = await load();
    s.startExam(exam);
    const result = examResult(exam.id, exam.questions, 2);
    s.finishExam(result, { 'plan-001': true, 'plan-002': false, 'dangzhang-003': true }, minutes(20));
    const state = s.$quiz.get();
    expect(state.exams).toEqual([result]);
    expect(state.attempts).toEqual([
      { q: 'plan-001', t: minutes(20).toISOString(), ok: true, m: 'exam' },
      { q: 'plan-002', t: minutes(20).toISOString(), ok: false, m: 'exam' },
      { q: 'dangzhang-003', t: minutes(20).toISOString(), ok: true, m: 'exam' },
    ]);
    expect(state.wrong).toEqual({ 'plan-002': { added: minutes(20).toISOString(), due: minutes(20).toISOString(), streak: 0, lapses: 1 } });
    expect(s.$exam.get()).toEqual({ version: 1, current: null });
    expect(stored(EXAM_KEY)).toEqual({ version: 1, current: null });
  });

  it('hands in with questions left empty: they are neither attempts nor 错题本 entries', async () => {
    const s = await load();
    s.startExam(exam);
    const result = examResult(exam.id, exam.questions, 1);
    // plan-002 and dangzhang-003 were not answered, so they are not in the results.
    s.finishExam(result, { 'plan-001': true }, minutes(20));
    const state = s.$quiz.get();
    expect(state.exams).toEqual([result]);
    expect(state.attempts).toEqual([{ q: 'plan-001', t: minutes(20).toISOString(), ok: true, m: 'exam' }]);
    expect(state.wrong).toEqual({});
  });

  it('hands in the same exam only once', async () => {
    const s = await load();
    s.startExam(exam);
    const result = examResult(exam.id, exam.questions, 2);
    const results = { 'plan-001': true, 'plan-002': false, 'dangzhang-003': true };
    s.finishExam(result, results, minutes(20));
    const before = s.$quiz.get();
    s.finishExam(result, results, minutes(21));
    expect(s.$quiz.get()).toBe(before);
    expect(s.$quiz.get().exams).toHaveLength(1);
    expect(s.$quiz.get().attempts).toHaveLength(3);
    expect(s.$quiz.get().wrong['plan-002']?.lapses).toBe(1);
    expect(s.$exam.get().current).toBeNull();
  });

  it('abandons an exam without a result', async () => {
    const s = await load();
    s.startExam(exam);
    s.abandonExam();
    expect(s.$exam.get()).toEqual({ version: 1, current: null });
    expect(s.$quiz.get().exams).toEqual([]);
    expect(s.$quiz.get().attempts).toEqual([]);
    s.startExam({ ...exam, id: 'next' });
    expect(s.$exam.get().current?.id).toBe('next');
  });
});

describe('storage', () => {
  it('writes the state as versioned JSON and reads it back on the next load', async () => {
    const first = await load();
    first.recordAnswer('plan-002', false, 'practice', t0);
    first.toggleStar('plan-005');
    const written = stored(QUIZ_KEY) as Record<string, unknown>;
    expect(written).toMatchObject({ version: 1, starred: ['plan-005'] });
    expect(written).toEqual(first.$quiz.get());
    const second = await load();
    expect(second.$quiz.get()).toEqual(written);
    expect(second.$storageNotices.get()).toEqual([]);
  });

  it('starts empty when nothing is stored', async () => {
    const s = await load();
    expect(s.$quiz.get()).toEqual(s.EMPTY_QUIZ);
    expect(s.$exam.get()).toEqual({ version: 1, current: null });
    expect(localStorage.getItem(QUIZ_KEY)).toBeNull();
  });

  it('keeps data that fails validation aside, tells the member and starts empty', async () => {
    const bad = JSON.stringify({ version: 1, attempts: 'oops', wrong: {}, mastered: {}, starred: [], practice: {}, daily: {}, exams: [] });
    localStorage.setItem(QUIZ_KEY, bad);
    const s = await load();
    expect(s.$quiz.get()).toEqual(s.EMPTY_QUIZ);
    const kept = backups(QUIZ_KEY);
    expect(kept.map(([, v]) => v)).toEqual([bad]);
    expect(s.$storageNotices.get()).toEqual([
      { kind: 'corrupt', key: QUIZ_KEY, backupKey: kept[0]![0], reason: '字段 attempts 不合要求' },
    ]);
    // The original stays where it was until the member answers again; the backup outlives that.
    expect(localStorage.getItem(QUIZ_KEY)).toBe(bad);
    s.recordAnswer('plan-001', true, 'practice', t0);
    expect(backups(QUIZ_KEY).map(([, v]) => v)).toEqual([bad]);
  });

  it('keeps data from a newer version aside instead of reading or overwriting it', async () => {
    const newer = JSON.stringify({ version: 2, attempts: [], extra: { kept: true } });
    localStorage.setItem(QUIZ_KEY, newer);
    const s = await load();
    expect(s.$quiz.get()).toEqual(s.EMPTY_QUIZ);
    expect(localStorage.getItem(QUIZ_KEY)).toBe(newer);
    expect(backups(QUIZ_KEY).map(([, v]) => v)).toEqual([newer]);
    expect(s.$storageNotices.get()).toMatchObject([{ kind: 'corrupt', key: QUIZ_KEY, reason: '版本 2 比本站支持的版本 1 新' }]);
  });

  it('keeps a bad exam record aside under its own key', async () => {
    localStorage.setItem(EXAM_KEY, '{"version":1,"current":{"id":"1"}}');
    const s = await load();
    expect(s.$exam.get()).toEqual({ version: 1, current: null });
    expect(backups(EXAM_KEY).map(([, v]) => v)).toEqual(['{"version":1,"current":{"id":"1"}}']);
    expect(backups(QUIZ_KEY)).toEqual([]);
    expect(s.$storageNotices.get().map((n) => [n.kind, n.key])).toEqual([['corrupt', EXAM_KEY]]);
  });

  it('resumes an exam under way after a reload', async () => {
    const first = await load();
    first.startExam({ id: '1782867600000', startedAt: 1782867600000, minutes: 30, passPercent: 60, questions: ['plan-001', 'plan-002'] });
    first.saveExamProgress({ 'plan-001': ['A', 'B'] }, 1);
    const saved = first.$exam.get();
    expect(stored(EXAM_KEY)).toEqual(saved);
    const second = await load();
    expect(second.$exam.get()).toEqual({
      version: 1,
      current: { id: '1782867600000', startedAt: 1782867600000, minutes: 30, passPercent: 60, questions: ['plan-001', 'plan-002'], answers: { 'plan-001': ['A', 'B'] }, index: 1 },
    });
    second.startExam({ id: 'new', startedAt: 0, minutes: 10, passPercent: 60, questions: ['plan-009'] });
    expect(second.$exam.get().current?.id).toBe('1782867600000');
  });

  it('reads an exam in progress written by hand exactly as stored', async () => {
    const current = { id: '42', startedAt: 42, minutes: 45, passPercent: 80, questions: ['plan-001', 'plan-002', 'plan-003'], answers: { 'plan-002': false, 'plan-003': ['七一'] }, index: 2 };
    localStorage.setItem(EXAM_KEY, JSON.stringify({ version: 1, current }));
    const s = await load();
    expect(s.$exam.get()).toEqual({ version: 1, current });
    expect(s.$storageNotices.get()).toEqual([]);
  });
});

describe('recording through quiz.ts, which loads the recorder on first use', () => {
  async function loadLazy() {
    vi.resetModules();
    return import('../../../src/stores/quiz.ts');
  }

  it('applies changes in the order they were asked for, each with the time of the call', async () => {
    const quiz = await loadLazy();
    // Dismissing only works on a question already in the 错题本: applied out of order, it would do nothing.
    const answered = quiz.recordAnswer('plan-001', false, 'practice', t0);
    const dismissed = quiz.dismissWrong('plan-001', minutes(1));
    const starred = quiz.toggleStar('plan-002', minutes(2));
    await Promise.all([answered, dismissed, starred]);
    const s = quiz.$quiz.get();
    expect(s.attempts).toEqual([{ q: 'plan-001', t: t0.toISOString(), ok: false, m: 'practice' }]);
    expect(s.wrong).toEqual({});
    expect(s.mastered).toEqual({ 'plan-001': minutes(1).toISOString() });
    expect(s.starred).toEqual(['plan-002']);
  });

  it('passes the recorder results back and clears the exam it hands in', async () => {
    const quiz = await loadLazy();
    quiz.startExam({ id: 'e1', startedAt: t0.getTime(), minutes: 30, passPercent: 60, questions: ['plan-001', 'plan-002'] });
    await quiz.finishExam(examResult('e1', ['plan-001', 'plan-002'], 1), { 'plan-001': true, 'plan-002': false }, minutes(20));
    expect(quiz.$exam.get().current).toBeNull();
    expect(quiz.$quiz.get().exams.map((e) => e.id)).toEqual(['e1']);
    await expect(quiz.completeDaily('2026-07-01', ['plan-003'], { 'plan-003': 'A' }, { 'plan-003': true }, t0)).resolves.toBe(true);
    await expect(quiz.completeDaily('2026-07-01', ['plan-003'], { 'plan-003': 'B' }, { 'plan-003': false }, t0)).resolves.toBe(false);
    const { scheduler } = fakeScheduler();
    await expect(quiz.recordWrongReview('plan-002', true, scheduler, minutes(30))).resolves.toBe(false);
  });
  it('tells the member when the recorder cannot be fetched, keeps the changes and applies them in order on 重试', async () => {
    vi.useFakeTimers();
    vi.resetModules();
    let failing = true;
    vi.doMock('../../../src/stores/quiz-record.ts', async (importOriginal) => {
      if (failing) throw new Error('chunk did not load');
      return importOriginal();
    });
    try {
      const engine = await import('../../../src/stores/engine.ts');
      const quiz = await import('../../../src/stores/quiz.ts');
      const answered = quiz.recordAnswer('plan-001', false, 'practice', t0);
      const dismissed = quiz.dismissWrong('plan-001', minutes(1));
      // 1 + 3 + 9 s of retries: until then the member is not bothered.
      await vi.advanceTimersByTimeAsync(12_000);
      expect(engine.$storageNotices.get()).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_000);
      const notice = engine.$storageNotices.get().find((n) => n.kind === 'record');
      expect(notice?.retry).toBeTypeOf('function');
      expect(quiz.$quiz.get().attempts).toEqual([]);
      expect(stored(QUIZ_KEY)).toBeNull();

      failing = false;
      await expect(notice!.retry!()).resolves.toBe(true);
      await Promise.all([answered, dismissed]);
      // In order: the wrong answer entered the 错题本 before it was taken out.
      expect(quiz.$quiz.get().attempts).toEqual([{ q: 'plan-001', t: t0.toISOString(), ok: false, m: 'practice' }]);
      expect(quiz.$quiz.get().mastered).toEqual({ 'plan-001': minutes(1).toISOString() });
      expect(engine.$storageNotices.get()).toEqual([]);
    } finally {
      vi.doUnmock('../../../src/stores/quiz-record.ts');
      vi.useRealTimers();
    }
  });
});
