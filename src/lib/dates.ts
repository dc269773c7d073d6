/**
 * Formats a partial ISO date (`2016`, `2015-12`, `2016-10-27`) the way Chinese documents write it,
 * without inventing the parts that are not known.
 */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  let out = `${year}年`;
  if (month) out += `${Number(month)}月`;
  if (day) out += `${Number(day)}日`;
  return out;
}

/** The calendar day (YYYY-MM-DD) of an instant in Beijing time, which is where members live. */
export function beijingDay(instant: Date): string {
  // Asia/Shanghai has had no daylight saving since 1991, but Intl keeps us honest anyway.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A short Chinese date-time in Beijing time for "last read" notes, e.g. 11月28日 09:05. */
export function formatBeijingDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}
