/**
 * The .ics files of /plan/: every dated item of every year's plan for one track, in Beijing time.
 */
import site from '../../site.config.ts';
import { planEvents, eventsForTrack, type PlanEvent } from '../lib/plan/events.ts';
import { planCalendar } from '../lib/plan/ics.ts';
import { eventKindWords, lecturerWords } from '../islands/plan/plan-words.ts';
import { studyPlans } from './study-plan.ts';
import type { Track } from '../schemas/site-config.ts';
import { t } from '../i18n/t.ts';

/** Domain for event UIDs: stable across builds so re-importing updates events instead of duplicating them. */
const UID_DOMAIN = 'lxyz-plan.invalid';

/** Description lines of an event: its detail, who attends and who gives a 党课. */
function description(event: PlanEvent): string | undefined {
  const lines = [
    event.detail,
    event.attendees ? t('plan.ics.attendees', { who: event.attendees }) : undefined,
    event.lecturer ? lecturerWords(event.lecturer) : undefined,
  ].filter((x): x is string => Boolean(x));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The calendar file for a track: `all` for every member, `leaders` with the leading cadres' items too. */
export function calendarFor(track: Track, now = new Date()): string {
  const events = studyPlans().flatMap((plan) => eventsForTrack(planEvents(plan), track));
  return planCalendar(events, {
    name: t('plan.ics.name', { branch: site.branchName, who: t(track === 'all' ? 'plan.ics.who.all' : 'plan.ics.who.leaders') }),
    uidDomain: UID_DOMAIN,
    now,
    // e.g. 支部党员大会：部署年度学习计划; the kind is worded in zh-CN.ts, the title comes from the plan.
    summary: (e) => `${eventKindWords(e)}：${e.title}`,
    description,
  });
}
