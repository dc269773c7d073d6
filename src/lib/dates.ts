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

/** Beijing time is UTC+8 all year: China has kept no daylight saving time since 1991. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The instant as Beijing wall-clock time, read through the UTC getters. Plain arithmetic instead
 * of Intl with a time zone: the first such Intl.DateTimeFormat loads the time-zone data, which
 * blocked a slow phone's page load for a few hundred milliseconds.
 */
function beijingClock(instant: Date): Date {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS);
}

/** The calendar day (YYYY-MM-DD) of an instant in Beijing time, which is where members live. */
export function beijingDay(instant: Date): string {
  return beijingClock(instant).toISOString().slice(0, 10);
}

/** A short Chinese date-time in Beijing time for "last read" notes, e.g. 11月28日 09:05. */
export function formatBeijingDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const clock = beijingClock(date);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${clock.getUTCMonth() + 1}月${clock.getUTCDate()}日 ${two(clock.getUTCHours())}:${two(clock.getUTCMinutes())}`;
}
