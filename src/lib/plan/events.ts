/**
 * Every dated item of a year's plan as one flat, sorted list of calendar events: task due days,
 * 三会一课, 党员活动日 (generated on the 7th), 专题研讨, yearly events and the 七一 activities.
 * The month view, the home page and the .ics files all read this list. Pure.
 */
import type { StudyPlan } from '../../schemas/study-plan.ts';
import type { Audience, EventKind, Lecturer, MeetingKind, QiyiKind } from '../../schemas/plan-vocabulary.ts';
import type { Track } from '../../schemas/site-config.ts';
import { activityDay } from './activity-days.ts';
import { compareOrdinal } from '../ordinal.ts';

/** What kind of item an event comes from. */
export type PlanEventKind = 'task' | 'meeting' | 'activity-day' | 'seminar' | 'event' | 'qiyi';

/** One dated item of the plan. */
export interface PlanEvent {
  /** Id of the item it comes from; a 党员活动日 is `<year>-activity-<MM>`. */
  id: string;
  /** What kind of item it is. */
  kind: PlanEventKind;
  /** The meeting, event or 七一 kind, where the item has one. */
  sub?: MeetingKind | EventKind | QiyiKind;
  /** Beijing calendar day `YYYY-MM-DD` (for a task, its due day). */
  date: string;
  /** Start time `HH:MM` (Beijing); absent for all-day items. */
  time?: string;
  /** Length in minutes for timed items. */
  minutes?: number;
  /** What it is, from the plan (a 党员活动日's title is its theme). */
  title: string;
  /** More words, from the plan. */
  detail?: string;
  /** Who attends, when not the whole branch. */
  attendees?: string;
  /** Who gives a 党课. */
  lecturer?: Lecturer;
  /** Who it is for. */
  audience: Audience;
  /** The 七一 activities that take place at this meeting or event. */
  qiyi?: QiyiKind[];
}

/** Length of a timed meeting when the plan does not say. */
export const DEFAULT_MINUTES = 90;

const KIND_ORDER: Record<PlanEventKind, number> = { 'activity-day': 0, meeting: 1, event: 2, seminar: 3, qiyi: 4, task: 5 };

/** Sort order: by day, all-day items before timed ones, then by time and kind. */
export function compareEvents(a: PlanEvent, b: PlanEvent): number {
  return (
    compareOrdinal(a.date, b.date) ||
    compareOrdinal(a.time ?? '', b.time ?? '') ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareOrdinal(a.id, b.id)
  );
}

/** Every dated item of one year's plan, for both audiences, sorted. */
export function planEvents(plan: StudyPlan): PlanEvent[] {
  const events: PlanEvent[] = [];
  const heldAt = new Map<string, QiyiKind[]>();
  for (const q of plan.qiyi) if (q.meeting) heldAt.set(q.meeting, [...(heldAt.get(q.meeting) ?? []), q.kind]);

  for (const m of plan.months) {
    events.push({
      id: `${plan.year}-activity-${String(m.month).padStart(2, '0')}`,
      kind: 'activity-day',
      date: activityDay(plan.year, m.month),
      title: m.activityTheme,
      detail: m.activityDetail,
      audience: 'all',
    });
    for (const t of m.tasks) {
      events.push({ id: t.id, kind: 'task', date: t.due, title: t.title, detail: t.detail, audience: t.audience });
    }
  }
  for (const m of plan.meetings) {
    events.push({
      id: m.id, kind: 'meeting', sub: m.kind, date: m.date, time: m.time, minutes: m.time ? (m.minutes ?? DEFAULT_MINUTES) : undefined,
      title: m.title, attendees: m.attendees, lecturer: m.lecturer, audience: m.audience, qiyi: heldAt.get(m.id),
    });
  }
  for (const e of plan.events) {
    events.push({
      id: e.id, kind: 'event', sub: e.kind, date: e.date, time: e.time, minutes: e.time ? (e.minutes ?? DEFAULT_MINUTES) : undefined,
      title: e.title, attendees: e.attendees, audience: e.audience, qiyi: heldAt.get(e.id),
    });
  }
  for (const s of plan.seminars) {
    events.push({
      id: s.id, kind: 'seminar', date: s.date, time: s.time, minutes: s.time ? DEFAULT_MINUTES : undefined,
      title: s.title, detail: s.prompts.length > 0 ? s.prompts.join(' ') : undefined, audience: s.audience,
    });
  }
  // A 七一 activity held at a meeting or event is already on the calendar as that item.
  for (const q of plan.qiyi) {
    if (!q.meeting) events.push({ id: q.id, kind: 'qiyi', sub: q.kind, date: q.date, title: q.title, audience: 'all' });
  }
  return events.sort(compareEvents);
}

/** Whether an item for `audience` is on the calendar of a role on `track`. */
export function isForRoleTrack(audience: Audience, track: Track): boolean {
  return audience === 'all' || track === 'leaders';
}

/** The events a role on `track` sees: leading cadres see everything, others what is for all members. */
export function eventsForTrack(events: readonly PlanEvent[], track: Track): PlanEvent[] {
  return events.filter((e) => isForRoleTrack(e.audience, track));
}

/** Events on days of one month (1–12). */
export function eventsInMonth(events: readonly PlanEvent[], year: number, month: number): PlanEvent[] {
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  return events.filter((e) => e.date.startsWith(prefix));
}

/** The first 三会一课 item on or after `today` (a Beijing day), if the plans have one. */
export function nextMeeting(events: readonly PlanEvent[], today: string): PlanEvent | undefined {
  return [...events].sort(compareEvents).find((e) => e.kind === 'meeting' && e.date >= today);
}
