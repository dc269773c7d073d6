/**
 * The wrong book's {@link Scheduler}, backed by FSRS (ts-fsrs). Cards are stored as JSON, so
 * their dates are kept as ISO strings and turned back into Dates before scheduling.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { Scheduler } from './wrong-book.ts';

/** A ts-fsrs card as stored: the same fields, with dates as ISO strings. */
export interface StoredCard extends Omit<Card, 'due' | 'last_review'> {
  /** When the card is due (ISO). */
  due: string;
  /** When it was last reviewed (ISO), if ever. */
  last_review?: string;
}

// Day-level steps (no short-term learning steps): members review the wrong book in sessions,
// not minute by minute, and three right answers a few minutes apart would "master" a question
// without any spacing at all. No fuzz, so the same history always gives the same date.
const engine = fsrs({ enable_short_term: false, enable_fuzz: false });

const NUMBER_FIELDS = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;

/** The card as JSON-safe data. */
export function serializeCard(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

/** A stored card back as a ts-fsrs card, or undefined when it is missing or damaged (the question then starts afresh). */
export function reviveCard(value: unknown): Card | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Record<string, unknown>;
  if (!NUMBER_FIELDS.every((key) => typeof stored[key] === 'number' && Number.isFinite(stored[key]))) return undefined;
  const due = new Date(stored.due as string);
  if (typeof stored.due !== 'string' || Number.isNaN(due.getTime())) return undefined;
  const lastReview = typeof stored.last_review === 'string' ? new Date(stored.last_review) : undefined;
  const card = { ...(stored as unknown as Omit<Card, 'due' | 'last_review'>), due } as Card;
  if (lastReview && !Number.isNaN(lastReview.getTime())) card.last_review = lastReview;
  else delete card.last_review;
  return card;
}

/** FSRS scheduling: right is rated Good, wrong is Again; a question with no card starts from a new one. */
export const fsrsScheduler: Scheduler = {
  next(card, ok, now) {
    const current: Card = reviveCard(card) ?? createEmptyCard<Card>(now);
    const { card: after } = engine.next(current, now, ok ? Rating.Good : Rating.Again);
    return { card: serializeCard(after), due: after.due };
  },
};
