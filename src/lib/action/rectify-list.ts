/**
 * Filtering, sorting and counting the 整改清单 for display and export. Pure; "now" is passed in so
 * overdue items are judged by the same Beijing day everywhere on the page.
 */
import { RECTIFY_STATUSES, type RectifyItem, type RectifyOrigin, type RectifyStatus } from '../../schemas/rectify.ts';
import { OPEN_STATUSES, overdueDays } from './rectify.ts';
import { compareOrdinal } from '../ordinal.ts';

/** Which items to show. */
export interface RectifyFilter {
  /** A status, `open` (待整改 and 整改中) or `all`. */
  status: RectifyStatus | 'open' | 'all';
  /** An origin or `all`. */
  origin: RectifyOrigin | 'all';
  /** Only items past their deadline. */
  overdueOnly: boolean;
}

/** How to order them: `urgent` = overdue first, then by deadline; `deadline`; `newest`; `status`. */
export const RECTIFY_SORTS = ['urgent', 'deadline', 'newest', 'status'] as const;
export type RectifySort = (typeof RECTIFY_SORTS)[number];

/** Show everything, most urgent first. */
export const DEFAULT_FILTER: RectifyFilter = { status: 'all', origin: 'all', overdueOnly: false };

/** The items the filter lets through, in their stored order. */
export function filterItems(items: readonly RectifyItem[], filter: RectifyFilter, now: Date): RectifyItem[] {
  return items.filter((item) => {
    if (filter.status === 'open' ? !OPEN_STATUSES.includes(item.status) : filter.status !== 'all' && item.status !== filter.status) return false;
    if (filter.origin !== 'all' && item.origin !== filter.origin) return false;
    return !filter.overdueOnly || overdueDays(item, now) > 0;
  });
}

// Items without a deadline sort after every dated one.
const NO_DEADLINE = '9999-99-99';
const byDeadline = (a: RectifyItem, b: RectifyItem) => compareOrdinal(a.deadline ?? NO_DEADLINE, b.deadline ?? NO_DEADLINE);
const newestFirst = (a: RectifyItem, b: RectifyItem) => compareOrdinal(b.createdAt, a.createdAt) || compareOrdinal(a.id, b.id);

/**
 * The items in the chosen order (a new array; ties fall back to newest first, then id, so the
 * order is stable). `urgent`: overdue items first (longest overdue first), then other open items by
 * deadline, then 已完成 and 已销号 items. `status`: 待整改, 整改中, 已完成, 已销号, each by deadline.
 */
export function sortItems(items: readonly RectifyItem[], sort: RectifySort, now: Date): RectifyItem[] {
  const compare: Record<RectifySort, (a: RectifyItem, b: RectifyItem) => number> = {
    urgent: (a, b) => {
      const overdue = Number(overdueDays(b, now) > 0) - Number(overdueDays(a, now) > 0);
      const open = Number(OPEN_STATUSES.includes(b.status)) - Number(OPEN_STATUSES.includes(a.status));
      return overdue || open || byDeadline(a, b) || newestFirst(a, b);
    },
    deadline: (a, b) => byDeadline(a, b) || newestFirst(a, b),
    newest: newestFirst,
    status: (a, b) => RECTIFY_STATUSES.indexOf(a.status) - RECTIFY_STATUSES.indexOf(b.status) || byDeadline(a, b) || newestFirst(a, b),
  };
  return [...items].sort(compare[sort]);
}

/** Counts for the summary line. */
export interface RectifyCounts {
  total: number;
  /** 待整改 + 整改中. */
  open: number;
  overdue: number;
  /** 已完成 + 已销号. */
  finished: number;
}

/** How many items there are, open, overdue and finished. */
export function countItems(items: readonly RectifyItem[], now: Date): RectifyCounts {
  const open = items.filter((i) => OPEN_STATUSES.includes(i.status)).length;
  return { total: items.length, open, overdue: items.filter((i) => overdueDays(i, now) > 0).length, finished: items.length - open };
}
