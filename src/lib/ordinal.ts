/**
 * Sorting order for codes: dates (2026-03-05), ISO times, ids. They are ASCII, so comparing code
 * units gives the same order as `localeCompare` — without it: the first `localeCompare` on a page
 * builds an ICU collator, about 25 ms of main thread on a laptop and four times that on a phone,
 * which showed up as the longest task of the home page.
 */

/** Negative, zero or positive as `a` sorts before, with or after `b` by UTF-16 code units. */
export function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
