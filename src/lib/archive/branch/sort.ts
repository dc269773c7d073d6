/**
 * Sorting the 支部汇总 table by any column, either way. The sort is stable: rows that tie keep
 * the order they came in (by name, as the report lists them), also when sorting from high to low.
 */
import type { ReportRow } from './report.ts';

/** The table's sortable columns, in display order. */
export const SORT_KEYS = ['name', 'role', 'study', 'docs', 'tasks', 'attendance', 'exam', 'selfcheck', 'overdue', 'exported', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Low to high, or high to low. */
export type SortDirection = 'ascending' | 'descending';

/** Chinese names in 拼音 order, as `localeCompare('zh-CN')` does (one collator, made once, for speed). */
const collator = new Intl.Collator('zh-CN');

/** Compares two names (or role names) the way a Chinese reader orders them. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

function compareNumbers(a: number, b: number): number {
  return a - b;
}

/** Compares two rows on one column, low to high. */
export function compareRows(a: ReportRow, b: ReportRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return compareNames(a.name, b.name);
    case 'role':
      // Members without a role come last when sorting low to high.
      if ((a.roleName === undefined) !== (b.roleName === undefined)) return a.roleName === undefined ? 1 : -1;
      return compareNames(a.roleName ?? '', b.roleName ?? '');
    case 'study':
      return compareNumbers(a.studySeconds, b.studySeconds);
    case 'docs':
      return compareNumbers(a.docsDone, b.docsDone) || compareNumbers(a.docsTotal, b.docsTotal);
    case 'tasks':
      return compareNumbers(a.tasksDone, b.tasksDone);
    case 'attendance':
      return compareNumbers(a.attendanceDays, b.attendanceDays);
    case 'exam':
      // No exam sorts below a score of 0.
      return compareNumbers(a.examBest ?? -1, b.examBest ?? -1);
    case 'selfcheck':
      return compareNumbers(Number(a.selfcheckDone), Number(b.selfcheckDone));
    case 'overdue':
      return compareNumbers(a.overdue, b.overdue);
    case 'exported':
      return compareNumbers(Date.parse(a.exportedAt), Date.parse(b.exportedAt));
    case 'status':
      // Fewer shortfalls first: members who meet every standard, then those short of one, …
      return compareNumbers(a.shortfalls.length, b.shortfalls.length);
  }
}

/** A new array of the rows sorted on `key`; ties keep their order in both directions. */
export function sortRows(rows: readonly ReportRow[], key: SortKey, direction: SortDirection): ReportRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable; negating the comparison (not reversing the result) keeps ties in order.
  return [...rows].sort((a, b) => sign * compareRows(a, b, key));
}

/** The direction a column sorts in first: names low to high, figures high to low (the best first). */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'role' || key === 'status' ? 'ascending' : 'descending';
}
