/**
 * 错题本: questions a member got wrong, brought back for review on a spaced schedule until they
 * are answered right {@link MASTERED_STREAK} times in a row. The schedule itself is injected
 * (see `fsrs.ts`), so this module stays pure and testable with a fake clock.
 */

/** One question in the wrong book. */
export interface WrongEntry {
  /** When it first went in (ISO). */
  added: string;
  /** When it is next due for review (ISO). */
  due: string;
  /** Successive right reviews since the last wrong answer. */
  streak: number;
  /** Times answered wrong, in any mode. */
  lapses: number;
  /** The scheduler's serialized card; opaque here. */
  card?: unknown;
}

/** The wrong book, keyed by question id. */
export type WrongBook = Record<string, WrongEntry>;

/** Right reviews in a row that take a question out of the book. */
export const MASTERED_STREAK = 3;

/** Works out when a card is next due. */
export interface Scheduler {
  /**
   * The card after one review (`undefined` for a question never reviewed) and its next due date.
   * @param card the stored card, or undefined for a first review
   * @param ok whether the review was answered right
   * @param now the time of the review
   */
  next(card: unknown | undefined, ok: boolean, now: Date): { card: unknown; due: Date };
}

/** Whether a stored value looks like a {@link WrongEntry}, so a damaged store is dropped entry by entry. */
export function isWrongEntry(value: unknown): value is WrongEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.added === 'string' &&
    typeof e.due === 'string' &&
    Number.isInteger(e.streak) &&
    (e.streak as number) >= 0 &&
    Number.isInteger(e.lapses) &&
    (e.lapses as number) >= 0
  );
}

/** `book` with `id`'s entry replaced (or added); the original is not touched. */
function withEntry(book: WrongBook, id: string, entry: WrongEntry): WrongBook {
  return { ...book, [id]: entry };
}

/**
 * Puts a wrongly answered question in the book, due straight away: a new entry (streak 0, one
 * lapse), or an existing one back to streak 0 with one lapse more. The card is kept, so the
 * scheduler still knows the question's history.
 */
export function recordWrong(book: WrongBook, id: string, now: Date): WrongBook {
  const at = now.toISOString();
  const old = Object.hasOwn(book, id) ? book[id] : undefined;
  if (!old) return withEntry(book, id, { added: at, due: at, streak: 0, lapses: 1 });
  return withEntry(book, id, { ...old, due: at, streak: 0, lapses: old.lapses + 1 });
}

/** The book without `id`. */
export function removeWrong(book: WrongBook, id: string): WrongBook {
  if (!Object.hasOwn(book, id)) return book;
  const { [id]: _removed, ...rest } = book;
  return rest;
}

/**
 * Records a review of a question in the book. Right: the streak grows and the scheduler sets the
 * next due date, until {@link MASTERED_STREAK} takes it out (`mastered`). Wrong: streak back to 0,
 * one lapse more, and the scheduler sets when to try again. A question not in the book is ignored.
 */
export function recordReview(
  book: WrongBook,
  id: string,
  ok: boolean,
  now: Date,
  scheduler: Scheduler,
): { book: WrongBook; mastered: boolean } {
  const old = Object.hasOwn(book, id) ? book[id] : undefined;
  if (!old) return { book, mastered: false };
  const streak = ok ? old.streak + 1 : 0;
  if (streak >= MASTERED_STREAK) return { book: removeWrong(book, id), mastered: true };
  const next = scheduler.next(old.card, ok, now);
  const entry: WrongEntry = {
    ...old,
    streak,
    lapses: ok ? old.lapses : old.lapses + 1,
    due: next.due.toISOString(),
    card: next.card,
  };
  return { book: withEntry(book, id, entry), mastered: false };
}

/** Due time in ms; an unreadable date counts as due now rather than hiding the question forever. */
function dueMs(entry: WrongEntry, now: Date): number {
  const ms = Date.parse(entry.due);
  return Number.isNaN(ms) ? now.getTime() : ms;
}

/** Entries sorted by due time (then id, so equal times keep a stable order). */
function byDue(book: WrongBook, now: Date, keep: (ms: number) => boolean): string[] {
  return Object.entries(book)
    .map(([id, entry]) => ({ id, ms: dueMs(entry, now) }))
    .filter((row) => keep(row.ms))
    .sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => row.id);
}

/** Ids due for review at `now`, the longest overdue first. */
export function dueIds(book: WrongBook, now: Date): string[] {
  return byDue(book, now, (ms) => ms <= now.getTime());
}

/** Ids not yet due at `now`, soonest first. */
export function upcoming(book: WrongBook, now: Date): string[] {
  return byDue(book, now, (ms) => ms > now.getTime());
}
