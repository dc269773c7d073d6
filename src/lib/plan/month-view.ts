/**
 * What the month view and the home page show: a month's tasks with what is done, left and
 * overdue (by Beijing day), its 党员活动日 and 三会一课, and the next dates to remember. Pure.
 */
import type { Track } from '../../schemas/site-config.ts';
import { activityDay, nextActivityDayFrom } from './activity-days.ts';
import { addMonths, dayParts } from './calendar-date.ts';
import type { ClientPlan, ClientTask } from './client-plan.ts';
import { compareEvents, eventsForTrack, eventsInMonth, isForRoleTrack, nextMeeting, type PlanEvent } from './events.ts';
import { compareOrdinal } from '../ordinal.ts';

/** A task with the member's state. */
export interface TaskRow {
  task: ClientTask;
  /** When the member ticked it done (ISO instant), if they did. */
  doneAt?: string;
  /** Not done and its due day has passed (Beijing). */
  overdue: boolean;
  /** Not done and due today. */
  dueToday: boolean;
}

/** One month for one role. */
export interface MonthView {
  year: number;
  month: number;
  /** The plan of that year, when there is one. */
  plan?: { year: number; theme: string };
  /** The month's tasks for the role, by due day. */
  tasks: TaskRow[];
  total: number;
  done: number;
  left: number;
  overdue: number;
  /** The month's 党员活动日 and its theme from the plan. */
  activity: { date: string; theme?: string; detail?: string; isToday: boolean; isPast: boolean };
  /** The month's 三会一课. */
  meetings: PlanEvent[];
  /** Other dated items: 专题研讨, yearly events, 七一 activities. */
  others: PlanEvent[];
}

/** Task ids ticked done, with when. */
export type DoneMap = Readonly<Record<string, string>>;

/** A task with its state on `today`. */
export function taskRow(task: ClientTask, done: DoneMap, today: string): TaskRow {
  const doneAt = done[task.id];
  return { task, doneAt, overdue: !doneAt && task.due < today, dueToday: !doneAt && task.due === today };
}

/** The month view of `year`/`month` for a role on `track`. */
export function monthView(plans: readonly ClientPlan[], year: number, month: number, track: Track, done: DoneMap, today: string): MonthView {
  const plan = plans.find((p) => p.year === year);
  const tasks = (plan?.tasks ?? [])
    .filter((t) => t.month === month && isForRoleTrack(t.audience, track))
    .sort((a, b) => compareOrdinal(a.due, b.due) || compareOrdinal(a.id, b.id))
    .map((t) => taskRow(t, done, today));
  const events = eventsInMonth(eventsForTrack(plan?.events ?? [], track), year, month).sort(compareEvents);
  const day = activityDay(year, month);
  const activity = events.find((e) => e.kind === 'activity-day');
  const doneCount = tasks.filter((r) => r.doneAt).length;
  return {
    year,
    month,
    plan: plan ? { year: plan.year, theme: plan.theme } : undefined,
    tasks,
    total: tasks.length,
    done: doneCount,
    left: tasks.length - doneCount,
    overdue: tasks.filter((r) => r.overdue).length,
    activity: { date: day, theme: activity?.title, detail: activity?.detail, isToday: day === today, isPast: day < today },
    meetings: events.filter((e) => e.kind === 'meeting'),
    others: events.filter((e) => e.kind !== 'meeting' && e.kind !== 'activity-day'),
  };
}

/** The first and last month that have a plan, for the month view's previous/next buttons. */
export function planMonthRange(plans: readonly ClientPlan[]): { first: { year: number; month: number }; last: { year: number; month: number } } | undefined {
  if (plans.length === 0) return undefined;
  const years = plans.map((p) => p.year).sort((a, b) => a - b);
  return { first: { year: years[0]!, month: 1 }, last: { year: years.at(-1)!, month: 12 } };
}

/** The month to open on: today's, kept inside the planned months. */
export function openingMonth(plans: readonly ClientPlan[], today: string): { year: number; month: number } {
  const p = dayParts(today);
  if (!p) throw new Error(`不是有效日期：${today}`);
  const range = planMonthRange(plans);
  const here = { year: p.year, month: p.month };
  if (!range) return here;
  const index = (ym: { year: number; month: number }) => ym.year * 12 + ym.month;
  if (index(here) < index(range.first)) return range.first;
  if (index(here) > index(range.last)) return range.last;
  return here;
}

/** The neighbouring month if it is still inside the planned months. */
export function stepMonth(plans: readonly ClientPlan[], year: number, month: number, delta: 1 | -1): { year: number; month: number } | undefined {
  const range = planMonthRange(plans);
  const next = addMonths(year, month, delta);
  if (!range) return next;
  const index = (ym: { year: number; month: number }) => ym.year * 12 + ym.month;
  return index(next) < index(range.first) || index(next) > index(range.last) ? undefined : next;
}

/** What the home page shows under 本月任务. */
export interface HomeSummary {
  /** This month's view (Beijing calendar). */
  month: MonthView;
  /** Tasks of earlier months this year that are still not done and past due. */
  overdueEarlier: TaskRow[];
  /** The next 党员活动日 and the plan's theme for it, if any. */
  nextActivity: { date: string; theme?: string; isToday: boolean };
  /** The next 三会一课 item on or after today. */
  nextMeeting?: PlanEvent;
}

/** 本月任务 on `today` (a Beijing day) for a role on `track`. */
export function homeSummary(plans: readonly ClientPlan[], track: Track, done: DoneMap, today: string): HomeSummary {
  const p = dayParts(today);
  if (!p) throw new Error(`不是有效日期：${today}`);
  const month = monthView(plans, p.year, p.month, track, done, today);
  const plan = plans.find((x) => x.year === p.year);
  const overdueEarlier = (plan?.tasks ?? [])
    .filter((t) => t.month < p.month && isForRoleTrack(t.audience, track))
    .map((t) => taskRow(t, done, today))
    .filter((r) => r.overdue)
    .sort((a, b) => compareOrdinal(a.task.due, b.task.due));
  const nextDay = nextActivityDayFrom(today);
  const nextYear = plans.find((x) => x.year === Number(nextDay.slice(0, 4)));
  const theme = nextYear?.events.find((e) => e.kind === 'activity-day' && e.date === nextDay)?.title;
  const all = plans.flatMap((x) => eventsForTrack(x.events, track));
  return { month, overdueEarlier, nextActivity: { date: nextDay, theme, isToday: nextDay === today }, nextMeeting: nextMeeting(all, today) };
}
