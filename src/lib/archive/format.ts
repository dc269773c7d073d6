import { beijingDay, formatBeijingDateTime, formatPartialDate } from '../dates.ts';

/**
 * An instant as a full Chinese date and time in Beijing time, e.g. 2026年12月1日 09:05, for
 * archive files and backups (which may be from another year, so the year is shown).
 * An unreadable instant gives an empty string.
 */
export function formatArchiveTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = formatBeijingDateTime(iso).split(' ')[1] ?? '';
  return `${formatPartialDate(beijingDay(date))} ${time}`.trim();
}
