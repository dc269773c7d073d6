/**
 * Words for the plan's kinds, dates and times, shared by the plan islands, the year pages and
 * the calendar files so every place names things the same way.
 */
import { translator } from '../../i18n/translator.ts';
import planStrings from 'virtual:zh-CN/plan';
import type { PlanEvent } from '../../lib/plan/events.ts';
import { dayParts, weekday } from '../../lib/plan/calendar-date.ts';
import type { EventKind, Lecturer, MeetingKind } from '../../schemas/plan-vocabulary.ts';

const t = translator(planStrings);
type UiKey = keyof typeof planStrings;

const MEETING_WORDS: Record<MeetingKind, UiKey> = {
  congress: 'plan.kind.congress',
  committee: 'plan.kind.committee',
  group: 'plan.kind.group',
  lecture: 'plan.kind.lecture',
};
const EVENT_WORDS: Record<EventKind, UiKey> = {
  'org-life': 'plan.kind.orgLife',
  'democratic-life': 'plan.kind.democraticLife',
  appraisal: 'plan.kind.appraisal',
  deployment: 'plan.kind.deployment',
  'collective-study': 'plan.kind.collectiveStudy',
};
const LECTURER_WORDS: Record<Lecturer, UiKey> = {
  secretary: 'plan.lecturer.secretary',
  leader: 'plan.lecturer.leader',
  member: 'plan.lecturer.member',
  guest: 'plan.lecturer.guest',
};
const WEEKDAYS: UiKey[] = ['plan.weekday.0', 'plan.weekday.1', 'plan.weekday.2', 'plan.weekday.3', 'plan.weekday.4', 'plan.weekday.5', 'plan.weekday.6'];

/** The kind of a 三会一课 item in words, e.g. 支部党员大会. */
export function meetingKindWords(kind: MeetingKind): string {
  return t(MEETING_WORDS[kind]);
}

/** Who gives a 党课, e.g. 支部书记讲. */
export function lecturerWords(lecturer: Lecturer): string {
  return t(LECTURER_WORDS[lecturer]);
}

/** What kind of item an event is, in words: 支部党员大会, 民主生活会, 党员活动日, 学习任务截止, … */
export function eventKindWords(event: PlanEvent): string {
  switch (event.kind) {
    case 'meeting':
      return meetingKindWords(event.sub as MeetingKind);
    case 'event':
      return t(EVENT_WORDS[event.sub as EventKind]);
    case 'seminar':
      return t('plan.kind.seminar');
    case 'activity-day':
      return t('plan.kind.activityDay');
    case 'task':
      return t('plan.kind.task');
    case 'qiyi':
      return t('plan.kind.qiyi');
  }
}

/** A Beijing day as 1月14日（星期三）, or without the weekday. */
export function dayWords(day: string, withWeekday = true): string {
  const p = dayParts(day);
  if (!p) return day;
  return withWeekday
    ? t('plan.dateWeekday', { month: p.month, day: p.day, weekday: t(WEEKDAYS[weekday(day)]!) })
    : t('plan.date', { month: p.month, day: p.day });
}

/** A timed event's hours, e.g. 15:00—16:30, or undefined for an all-day item. */
export function timeWords(event: Pick<PlanEvent, 'time' | 'minutes'>): string | undefined {
  if (!event.time) return undefined;
  if (!event.minutes) return event.time;
  const [h, m] = event.time.split(':').map(Number) as [number, number];
  const end = h * 60 + m + event.minutes;
  // A meeting running past midnight keeps its start only; none in a branch plan should.
  if (end >= 24 * 60) return event.time;
  const endText = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  // Times are figures joined by a dash, the same in any wording.
  return `${event.time}—${endText}`;
}
