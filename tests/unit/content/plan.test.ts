import { describe, expect, it } from 'vitest';
import { readStudyPlans } from '../../../src/data/study-plan.ts';
import { formatPlanError } from '../../../src/lib/plan/plan-check.ts';
import { eventsForTrack, planEvents } from '../../../src/lib/plan/events.ts';
import { planCalendar } from '../../../src/lib/plan/ics.ts';
import { activityDaysOfYear } from '../../../src/lib/plan/activity-days.ts';
import { parseIcs, prop } from '../lib/plan/ics-parse.ts';

const { plans, errors, warnings } = readStudyPlans('./content');

describe('the shipped year plans', () => {
  it('pass every check', () => {
    expect(errors.map(formatPlanError)).toEqual([]);
    // The shipped plans schedule every document; only a branch's newly imported one may be missing.
    expect(warnings.map(formatPlanError)).toEqual([]);
    expect(plans.map((p) => p.year)).toEqual([2026, 2027]);
  });

  it('give every 党员活动日 a theme and hold the six 七一 activities in June', () => {
    for (const plan of plans) {
      const days = planEvents(plan).filter((e) => e.kind === 'activity-day');
      expect(days.map((e) => e.date)).toEqual(activityDaysOfYear(plan.year));
      expect(plan.qiyi.every((q) => q.date >= `${plan.year}-06-01` && q.date < `${plan.year}-07-01`)).toBe(true);
    }
  });

  it('make calendars that parse back, leaders’ with more events', () => {
    for (const plan of plans) {
      const options = { name: 'x', uidDomain: 'example.org', now: new Date(), summary: (e: { title: string }) => e.title };
      const all = parseIcs(planCalendar(eventsForTrack(planEvents(plan), 'all'), options)).children.filter((c) => c.type === 'VEVENT');
      const leaders = parseIcs(planCalendar(eventsForTrack(planEvents(plan), 'leaders'), options)).children.filter((c) => c.type === 'VEVENT');
      expect(leaders.length).toBeGreaterThan(all.length);
      expect(all.every((v) => prop(v, 'DTSTART')!.value.startsWith(String(plan.year)))).toBe(true);
    }
  });
});
