/**
 * The 整改清单 as a CSV file that Excel and WPS open correctly: UTF-8 with a byte-order mark (else
 * Excel guesses the wrong encoding for Chinese), CRLF line ends, every field quoted. Pure: the
 * island passes the Chinese labels and makes the download.
 */
import type { RectifyItem, RectifyOrigin, RectifyStatus } from '../../schemas/rectify.ts';
import { beijingDay } from '../dates.ts';
import { overdueDays } from './rectify.ts';
import { csvText } from '../csv.ts';

export { CSV_BOM as BOM, csvField, csvText } from '../csv.ts';

/** The Chinese words the CSV needs, from zh-CN.ts. */
export interface CsvLabels {
  /** Column headers, in the order of `rectifyCsvRow`'s fields. */
  headers: readonly string[];
  status: (status: RectifyStatus) => string;
  origin: (origin: RectifyOrigin) => string;
  /** What the item came from, e.g. the 查摆 question; '' when nothing is known. */
  originRef: (item: RectifyItem) => string;
  /** The overdue column for an item `days` past its deadline (0: not overdue). */
  overdue: (days: number) => string;
}

/** An ISO instant as a Beijing date and time, `YYYY-MM-DD HH:mm`. */
export function beijingDateTime(iso: string): string {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${beijingDay(date)} ${get('hour')}:${get('minute')}`;
}

/** The number of columns `rectifyCsv` writes; the island's headers must match. */
export const CSV_COLUMNS = 12;

/** One item's fields: 序号, 问题, 来源, 来源说明, 整改措施, 责任人, 整改时限, 状态, 逾期, 完成情况, 创建, 更新. */
export function rectifyCsvRow(item: RectifyItem, index: number, labels: CsvLabels, now: Date): string[] {
  return [
    String(index + 1),
    item.problem,
    labels.origin(item.origin),
    labels.originRef(item),
    item.measures,
    item.responsible,
    item.deadline ?? '',
    labels.status(item.status),
    labels.overdue(overdueDays(item, now)),
    item.evidence,
    beijingDateTime(item.createdAt),
    beijingDateTime(item.updatedAt),
  ];
}

/** The whole list as CSV text, items in the order given. */
export function rectifyCsv(items: readonly RectifyItem[], labels: CsvLabels, now: Date): string {
  if (labels.headers.length !== CSV_COLUMNS) throw new Error(`CSV 需要 ${CSV_COLUMNS} 个列名，收到 ${labels.headers.length} 个`);
  return csvText([labels.headers, ...items.map((item, i) => rectifyCsvRow(item, i, labels, now))]);
}

/** The download's name, with the Beijing day it was made: 整改清单-2026-07-01.csv. */
export function csvFileName(prefix: string, now: Date): string {
  return `${prefix}-${beijingDay(now)}.csv`;
}
