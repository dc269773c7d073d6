import { describe, expect, it } from 'vitest';
import {
  dueIds,
  isWrongEntry,
  MASTERED_STREAK,
  recordReview,
  recordWrong,
  removeWrong,
  upcoming,
  type Scheduler,
  type WrongBook,
} from '../../../../src/lib/quiz/wrong-book.ts';

const t0 = new Date('2026-03-01T02:00:00Z');
const hours = (h: number) => new Date(t0.getTime() + h * 3_600_000);

/** A fake scheduler: right → due in (reviews) days, wrong → due in an hour; it records its calls. */
function fakeScheduler() {
  const calls: { card: unknown; ok: boolean }[] = [];
  const scheduler: Scheduler = {
    next(card, ok, now) {
      calls.push({ card, ok });
      const reviews = ((card as { reviews?: number } | undefined)?.reviews ?? 0) + 1;
      return { card: { reviews }, due: new Date(now.getTime() + (ok ? reviews * 86_400_000 : 3_600_000)) };
    },
  };
  return { scheduler, calls };
}

describe('recordWrong', () => {
  it('adds a new entry due now without touching the old book', () => {
    const empty: WrongBook = {};
    const book = recordWrong(empty, 'plan-001', t0);
    expect(empty).toEqual({});
    expect(book['plan-001']).toEqual({ added: t0.toISOString(), due: t0.toISOString(), streak: 0, lapses: 1 });
  });

  it('resets an existing entry, keeping when it was added and its card', () => {
    const book: WrongBook = {
      'plan-001': { added: t0.toISOString(), due: hours(48).toISOString(), streak: 2, lapses: 1, card: { reviews: 2 } },
    };
    const later = hours(5);
    const next = recordWrong(book, 'plan-001', later);
    expect(next['plan-001']).toEqual({ added: t0.toISOString(), due: later.toISOString(), streak: 0, lapses: 2, card: { reviews: 2 } });
    expect(book['plan-001']!.streak).toBe(2);
  });
});

describe('recordReview', () => {
  it('schedules a right review and takes the question out at the mastered streak', () => {
    const { scheduler, calls } = fakeScheduler();
    let book = recordWrong({}, 'plan-001', t0);
    for (let i = 1; i < MASTERED_STREAK; i += 1) {
      const result = recordReview(book, 'plan-001', true, hours(i * 24), scheduler);
      expect(result.mastered).toBe(false);
      expect(result.book['plan-001']!.streak).toBe(i);
      expect(result.book['plan-001']!.lapses).toBe(1);
      expect(result.book['plan-001']!.card).toEqual({ reviews: i });
      expect(result.book['plan-001']!.due).toBe(new Date(hours(i * 24).getTime() + i * 86_400_000).toISOString());
      book = result.book;
    }
    expect(calls.map((c) => c.card)).toEqual([undefined, { reviews: 1 }]);
    const last = recordReview(book, 'plan-001', true, hours(100), scheduler);
    expect(last).toEqual({ book: {}, mastered: true });
    expect(book['plan-001']).toBeDefined();
  });

  it('sends a wrong review back to streak 0 with one lapse more', () => {
    const { scheduler, calls } = fakeScheduler();
    const book: WrongBook = { 'plan-001': { added: t0.toISOString(), due: t0.toISOString(), streak: 2, lapses: 1, card: { reviews: 4 } } };
    const result = recordReview(book, 'plan-001', false, hours(1), scheduler);
    expect(result.mastered).toBe(false);
    expect(result.book['plan-001']).toEqual({
      added: t0.toISOString(),
      due: hours(2).toISOString(),
      streak: 0,
      lapses: 2,
      card: { reviews: 5 },
    });
    expect(calls).toEqual([{ card: { reviews: 4 }, ok: false }]);
  });

  it('ignores a question not in the book', () => {
    const { scheduler, calls } = fakeScheduler();
    const book: WrongBook = {};
    expect(recordReview(book, 'plan-009', true, t0, scheduler)).toEqual({ book, mastered: false });
    expect(calls).toEqual([]);
  });
});

describe('due and upcoming', () => {
  const entry = (due: Date | string) => ({ added: t0.toISOString(), due: typeof due === 'string' ? due : due.toISOString(), streak: 0, lapses: 1 });
  const book: WrongBook = {
    'plan-003': entry(hours(-1)),
    'plan-001': entry(hours(-5)),
    'plan-002': entry(t0),
    'plan-004': entry(hours(30)),
    'plan-005': entry(hours(2)),
    'plan-006': entry('garbled'),
  };

  it('lists due questions oldest first, counting now and unreadable dates as due', () => {
    expect(dueIds(book, t0)).toEqual(['plan-001', 'plan-003', 'plan-002', 'plan-006']);
  });

  it('lists the rest soonest first', () => {
    expect(upcoming(book, t0)).toEqual(['plan-005', 'plan-004']);
    expect(dueIds(book, hours(3))).toContain('plan-005');
  });
});

describe('removeWrong and isWrongEntry', () => {
  it('removes without mutating', () => {
    const book = recordWrong(recordWrong({}, 'plan-001', t0), 'plan-002', t0);
    const next = removeWrong(book, 'plan-001');
    expect(Object.keys(next)).toEqual(['plan-002']);
    expect(Object.keys(book)).toEqual(['plan-001', 'plan-002']);
    expect(removeWrong(book, 'plan-404')).toBe(book);
  });

  it('recognises stored entries', () => {
    expect(isWrongEntry({ added: 'x', due: 'y', streak: 0, lapses: 1 })).toBe(true);
    expect(isWrongEntry({ added: 'x', due: 'y', streak: -1, lapses: 1 })).toBe(false);
    expect(isWrongEntry({ added: 'x', streak: 0, lapses: 1 })).toBe(false);
    expect(isWrongEntry(null)).toBe(false);
  });
});
