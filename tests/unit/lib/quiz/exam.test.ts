import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/schemas/question.ts';
import { deadline, DEFAULT_EXAM, finishInstant, formatClock, isTimedOut, remainingMs, validateExamSettings } from '../../../../src/lib/quiz/exam.ts';
import { allocateByDocument, pickExamQuestions, scoreExam } from '../../../../src/lib/quiz/exam-paper.ts';
import { fill, judge, multiple, single } from './questions.ts';

/** `n` judge questions on `doc`. */
const bank = (doc: string, n: number): Question[] =>
  Array.from({ length: n }, (_, i) => judge(`${doc}-${String(i + 1).padStart(3, '0')}`, true, doc));

describe('validateExamSettings', () => {
  it('accepts the defaults and the limits', () => {
    expect(validateExamSettings(DEFAULT_EXAM)).toEqual([]);
    expect(validateExamSettings({ count: 5, minutes: 180, passPercent: 100 })).toEqual([]);
    expect(validateExamSettings({ count: 100, minutes: 5, passPercent: 1 })).toEqual([]);
  });

  it('names each setting out of range or not whole', () => {
    expect(validateExamSettings({ count: 4, minutes: 45, passPercent: 60 })).toEqual(['题量应为 5 到 100 之间的整数']);
    expect(validateExamSettings({ count: 50, minutes: 181, passPercent: 60.5 })).toEqual([
      '考试时长（分钟）应为 5 到 180 之间的整数',
      '及格线（%）应为 1 到 100 之间的整数',
    ]);
    expect(validateExamSettings({ count: Number.NaN, minutes: 45, passPercent: 0 })).toHaveLength(2);
  });
});

describe('allocateByDocument', () => {
  it('splits by largest remainder', () => {
    // 10 of 100: exact shares 5.0, 3.5, 1.5 → 5, 3, 1 and one leftover seat to the tie's larger document.
    const seats = allocateByDocument(new Map([['a', 50], ['b', 35], ['c', 15]]), 10);
    expect(Object.fromEntries(seats)).toEqual({ a: 5, b: 4, c: 1 });
  });

  it('gives the leftover seats to the largest fractions', () => {
    // 7 of 30: shares 4.667, 1.4, 0.933 → floors 4, 1, 0; seats go to .933 then .667.
    const seats = allocateByDocument(new Map([['a', 20], ['b', 6], ['c', 4]]), 7);
    expect(Object.fromEntries(seats)).toEqual({ a: 5, b: 1, c: 1 });
  });

  it('never gives a document more than it has', () => {
    const seats = allocateByDocument(new Map([['a', 2], ['b', 3]]), 50);
    expect(Object.fromEntries(seats)).toEqual({ a: 2, b: 3 });
  });
});

describe('pickExamQuestions', () => {
  const pool = [...bank('plan', 60), ...bank('dangzhang', 30), ...bank('tiaoli', 10)];

  it('weights documents by their size', () => {
    const ids = pickExamQuestions(pool, 20, 'exam-1');
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    const perDoc = (doc: string) => ids.filter((id) => id.startsWith(`${doc}-`)).length;
    expect([perDoc('plan'), perDoc('dangzhang'), perDoc('tiaoli')]).toEqual([12, 6, 2]);
  });

  it('is the same paper for the same seed, whatever the pool order', () => {
    const ids = pickExamQuestions(pool, 20, 'exam-1');
    expect(pickExamQuestions([...pool].reverse(), 20, 'exam-1')).toEqual(ids);
    expect(pickExamQuestions(pool, 20, 'exam-2')).not.toEqual(ids);
  });

  it('mixes documents in the order asked', () => {
    const ids = pickExamQuestions(pool, 20, 'exam-1');
    // Not grouped by document: a sorted-by-document paper would have at most 2 changes of document.
    const changes = ids.slice(1).filter((id, i) => id.split('-')[0] !== ids[i]!.split('-')[0]).length;
    expect(changes).toBeGreaterThan(2);
  });

  it('takes the whole pool when it is smaller than the paper', () => {
    const small = bank('plan', 7);
    expect(pickExamQuestions(small, 50, 's').sort()).toEqual(small.map((q) => q.id));
    expect(pickExamQuestions([], 50, 's')).toEqual([]);
  });
});

describe('clock', () => {
  const start = Date.UTC(2026, 2, 1, 1, 0, 0);

  it('counts down to zero and no further', () => {
    expect(deadline(start, 45)).toBe(start + 45 * 60_000);
    expect(remainingMs(start, 45, start)).toBe(45 * 60_000);
    expect(remainingMs(start, 45, start + 60_000)).toBe(44 * 60_000);
    expect(remainingMs(start, 45, start + 46 * 60_000)).toBe(0);
    expect(isTimedOut(start, 45, start + 45 * 60_000 - 1)).toBe(false);
    expect(isTimedOut(start, 45, start + 45 * 60_000)).toBe(true);
  });

  it('finishes a timed-out exam at its deadline, not when the page was reopened', () => {
    expect(finishInstant(start, 45, start + 10 * 60_000)).toBe(start + 10 * 60_000);
    expect(finishInstant(start, 45, start + 3 * 3_600_000)).toBe(deadline(start, 45));
  });

  it('formats as mm:ss or h:mm:ss, rounding up', () => {
    expect(formatClock(45 * 60_000)).toBe('45:00');
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(999)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(3_600_000)).toBe('1:00:00');
    expect(formatClock(3_599_001)).toBe('1:00:00');
    expect(formatClock(3_599_000)).toBe('59:59');
    expect(formatClock(180 * 60_000)).toBe('3:00:00');
    expect(formatClock(2 * 3_600_000 + 5 * 60_000 + 9_000)).toBe('2:05:09');
  });
});

describe('scoreExam', () => {
  const questions = [
    single('plan-001', 'A'),
    multiple('plan-002', ['A', 'B']),
    judge('dangzhang-001', true, 'dangzhang'),
    fill('dangzhang-002', [['七']], 'dangzhang'),
    judge('dangzhang-003', false, 'dangzhang'),
    single('plan-003', 'C'),
  ];

  it('counts right answers, unanswered as wrong, and rounds the percentage down', () => {
    const result = scoreExam(questions, { 'plan-001': 'A', 'plan-002': ['B', 'A'], 'dangzhang-001': true, 'dangzhang-002': ['八'] }, 60);
    expect(result).toEqual({
      correct: 3,
      total: 6,
      percent: 50,
      passed: false,
      byDocument: { plan: { correct: 2, total: 3 }, dangzhang: { correct: 1, total: 3 } },
    });
  });

  it('passes at exactly the mark, not above a rounded-down score', () => {
    const four = { 'plan-001': 'A', 'plan-002': ['A', 'B'], 'dangzhang-001': true, 'dangzhang-002': ['七'] };
    // 4/6 = 66.67% → 66.
    expect(scoreExam(questions, four, 66)).toMatchObject({ percent: 66, passed: true });
    expect(scoreExam(questions, four, 67)).toMatchObject({ percent: 66, passed: false });
  });

  it('fails an empty paper', () => {
    expect(scoreExam([], {}, 60)).toEqual({ correct: 0, total: 0, percent: 0, passed: false, byDocument: {} });
  });
});
