import { splitDuration } from '../../lib/archive/dashboard.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** Seconds of study in words: 1 小时 5 分钟, 25 分钟, 不到 1 分钟, 0 分钟. */
export function formatDuration(seconds: number): string {
  const { hours, minutes } = splitDuration(seconds);
  if (hours > 0) return t('archive.duration.hm', { h: hours, m: minutes });
  if (minutes === 0 && seconds > 0) return t('archive.duration.under');
  return t('archive.duration.m', { m: minutes });
}
