/**
 * The plan as an iCalendar file for members' phone calendars, written with the `ics` package.
 * All-day items (task due days, 党员活动日, 七一 activities) are DATE values, which carry no time
 * zone; timed items (三会一课, 研讨, meetings) are local times with TZID=Asia/Shanghai and a
 * VTIMEZONE block, so a phone set to another zone still shows 15:00 Beijing time correctly.
 * `ics` itself writes only UTC or floating times, so the TZID is added to its output here.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, dayParts } from './calendar-date.ts';
import { DEFAULT_MINUTES, type PlanEvent } from './events.ts';

/** The time zone every date and time of the plan is in. */
export const PLAN_TZID = 'Asia/Shanghai';

/** Asia/Shanghai: UTC+8 all year (no daylight saving since 1991). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PLAN_TZID}`,
  `X-LIC-LOCATION:${PLAN_TZID}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** What the calendar file needs besides the events. */
export interface CalendarOptions {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  /** Domain part of every UID, so they stay globally unique, e.g. the site's host. */
  uidDomain: string;
  /** When the file is generated (DTSTAMP). */
  now: Date;
  /** The event's title in the calendar, e.g. 支部党员大会：…; the caller words it. */
  summary(event: PlanEvent): string;
  /** Optional description lines for an event. */
  description?(event: PlanEvent): string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSS` local (floating) time `minutes` after `day` `time`. */
function localStamp(day: string, time: string, plusMinutes = 0): string {
  const p = dayParts(day);
  if (!p) throw new Error(`不是有效日期：${day}`);
  const [h, m] = time.split(':').map(Number) as [number, number];
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day, h, m + plusMinutes));
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

/**
 * Folds a content line at 75 octets as RFC 5545 §3.1 asks (`ics` counts characters, and a
 * Chinese character is three octets), never inside a character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const dateArray = (day: string): [number, number, number] => {
  const p = dayParts(day);
  if (!p) throw new Error(`不是有效日期：${day}`);
  return [p.year, p.month, p.day];
};

/** The `ics` attributes of one event. */
function toAttributes(event: PlanEvent, options: CalendarOptions): EventAttributes {
  const common = {
    uid: `${event.id}@${options.uidDomain}`,
    title: options.summary(event),
    description: options.description?.(event),
    // DTSTAMP: `ics` accepts it but its types leave it out.
    timestamp: utcStamp(options.now),
    calName: options.name,
    productId: 'lxyz-study-site/plan',
  };
  if (event.time) {
    // Strings are written as given; the TZID parameter is added after generation.
    return { ...common, start: localStamp(event.date, event.time), end: localStamp(event.date, event.time, event.minutes ?? DEFAULT_MINUTES) };
  }
  return { ...common, start: dateArray(event.date), end: dateArray(addDays(event.date, 1)) };
}

/**
 * An iCalendar (RFC 5545) file of `events`. Throws if `ics` rejects an event, naming it, so a
 * bad item fails the build instead of shipping a broken calendar.
 */
export function planCalendar(events: readonly PlanEvent[], options: CalendarOptions): string {
  const { error, value } = createEvents(
    events.map((e) => toAttributes(e, options)),
    { calName: options.name, productId: 'lxyz-study-site/plan', method: 'PUBLISH' },
  );
  if (error || !value) throw new Error(`日历生成失败：${error?.message ?? '无输出'}`);
  const unfolded = value.replace(/\r\n[ \t]/g, '');
  const zoned = unfolded.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})\r$/gm, `$1;TZID=${PLAN_TZID}:$2\r`);
  // The time zone block and the default zone go in before the first event (or at the end when there is none).
  const header = `X-WR-TIMEZONE:${PLAN_TZID}\r\n${VTIMEZONE}\r\n`;
  const at = zoned.indexOf('BEGIN:VEVENT');
  const whole = at >= 0 ? zoned.slice(0, at) + header + zoned.slice(at) : zoned.replace('END:VCALENDAR', `${header}END:VCALENDAR`);
  return whole
    .split('\r\n')
    .map((line) => (line === '' ? line : foldLine(line)))
    .join('\r\n');
}
