import { describe, expect, it } from 'vitest';
import { fsrsScheduler, reviveCard } from '../../../../src/lib/quiz/fsrs.ts';
import { recordReview, recordWrong } from '../../../../src/lib/quiz/wrong-book.ts';

const t0 = new Date('2026-03-01T02:00:00Z');
const DAY = 86_400_000;

describe('fsrsScheduler (ts-fsrs integration)', () => {
  it('brings a fresh wrong answer back within a day', () => {
    const { due, card } = fsrsScheduler.next(undefined, false, t0);
    expect(due.getTime()).toBeGreaterThan(t0.getTime());
    expect(due.getTime()).toBeLessThanOrEqual(t0.getTime() + DAY);
    expect(typeof (card as { due: unknown }).due).toBe('string');
  });

  it('spaces reviews further apart after wrong-then-right', () => {
    let now = t0;
    let card: unknown;
    const gaps: number[] = [];
    for (const ok of [false, true, true, true]) {
      const next = fsrsScheduler.next(card, ok, now);
      gaps.push(next.due.getTime() - now.getTime());
      card = next.card;
      now = next.due;
    }
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
  });

  it('schedules a stored (JSON round-tripped) card the same as the live one', () => {
    const first = fsrsScheduler.next(undefined, false, t0);
    const stored = JSON.parse(JSON.stringify(first.card)) as unknown;
    const later = new Date(first.due.getTime() + 3_600_000);
    const live = fsrsScheduler.next(first.card, true, later);
    const revived = fsrsScheduler.next(stored, true, later);
    expect(revived.due.toISOString()).toBe(live.due.toISOString());
    expect(revived.card).toEqual(live.card);
    expect(reviveCard(stored)?.due).toBeInstanceOf(Date);
  });

  it('starts afresh from a damaged card', () => {
    expect(reviveCard({ due: 'nonsense', stability: 1 })).toBeUndefined();
    expect(reviveCard('card')).toBeUndefined();
    const fresh = fsrsScheduler.next(undefined, true, t0);
    expect(fsrsScheduler.next({ broken: true }, true, t0).due.toISOString()).toBe(fresh.due.toISOString());
  });

  it('drives the wrong book through to mastery', () => {
    let book = recordWrong({}, 'plan-001', t0);
    let now = t0;
    let mastered = false;
    for (let i = 0; i < 3 && !mastered; i += 1) {
      const result = recordReview(book, 'plan-001', true, now, fsrsScheduler);
      ({ book, mastered } = result);
      if (!mastered) now = new Date(book['plan-001']!.due);
    }
    expect(mastered).toBe(true);
    expect(book).toEqual({});
    expect(now.getTime()).toBeGreaterThan(t0.getTime() + DAY);
  });
});
