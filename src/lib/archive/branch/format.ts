/** How the 支部汇总 writes its figures: durations, rates, scores. Shared by the table, CSV and 通报. */
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { splitDuration } from '../dashboard.ts';

const t = translator(archiveStrings);

/** Whole minutes in a number of seconds (rounded down, as the member's own record shows them). */
export function wholeMinutes(seconds: number): number {
  return Math.floor(Math.max(0, seconds) / 60);
}

/** A duration in words: 45 分钟, 3 小时 5 分钟. */
export function formatDuration(seconds: number): string {
  const { hours, minutes } = splitDuration(seconds);
  return hours === 0 ? t('archive.branch.cell.minutes', { minutes }) : t('archive.branch.cell.hours', { hours, minutes });
}

/** A share in whole percent; 0 when there is nobody to share among. */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** A number with at most one decimal, without a trailing .0 (3, 3.5). */
export function oneDecimal(n: number): string {
  return String(Math.round(n * 10) / 10);
}
