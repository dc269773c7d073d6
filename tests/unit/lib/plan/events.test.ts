import { describe, expect, it } from 'vitest';
import { studyPlanSchema } from '../../../../src/schemas/study-plan.ts';
import { eventsForTrack, eventsInMonth, nextMeeting, planEvents } from '../../../../src/lib/plan/events.ts';
import { validPlan } from './fixture-plan.ts';

const plan = studyPlanSchema.parse(validPlan());

describe('planEvents', () => {
  const events = planEvents(plan);

  it('has a 党员活动日 on the 7th of every month, titled with the month’s theme', () => {
    const days = events.filter((e) => e.kind === 'activity-day');
    expect(days.map((e) => e.date)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-07`));
    expect(days[5]).toMatchObject({ id: '2026-activity-06', title: '第 6 月主题', audience: 'all' });
  });

  it('lists tasks on their due day, meetings, events, seminars and 七一 activities, sorted by day and time', () => {
    const january = eventsInMonth(events, 2026, 1);
    expect(january.map((e) => [e.date, e.kind, e.id])).toEqual([
      ['2026-01-05', 'meeting', '2026-committee-01'],
      ['2026-01-07', 'activity-day', '2026-activity-01'],
      ['2026-01-14', 'meeting', '2026-congress-q1'],
      ['2026-01-20', 'task', '2026-01-zhangcheng'],
      ['2026-01-31', 'task', '2026-01-plan'],
    ]);
    expect(events.find((e) => e.id === '2026-congress-q1')).toMatchObject({ sub: 'congress', time: '15:00', minutes: 90 });
    expect(events.find((e) => e.id === '2026-committee-01')?.minutes).toBeUndefined();
  });

  it('lists a 七一 activity held at a meeting once, as that meeting marked with it', () => {
    expect(events.some((e) => e.id === '2026-qiyi-lecture')).toBe(false);
    expect(events.find((e) => e.id === '2026-lecture-q2')).toMatchObject({ lecturer: 'secretary', qiyi: ['lecture'] });
    expect(events.find((e) => e.id === '2026-qiyi-oath')).toMatchObject({ kind: 'qiyi', sub: 'oath', date: '2026-06-07' });
  });

  it('keeps leaders’ items off the all-member calendar', () => {
    const all = eventsForTrack(events, 'all');
    const leaders = eventsForTrack(events, 'leaders');
    expect(all.some((e) => e.id === '2026-democratic-life' || e.id === '2026-02-tiaoli')).toBe(false);
    expect(leaders.filter((e) => e.audience === 'leaders').map((e) => e.id)).toEqual(['2026-02-tiaoli', '2026-democratic-life']);
    expect(leaders.length - all.length).toBe(2);
  });

  it('finds the next 三会一课 on or after a day', () => {
    expect(nextMeeting(events, '2026-01-06')?.id).toBe('2026-congress-q1');
    expect(nextMeeting(events, '2026-01-14')?.id).toBe('2026-congress-q1');
    expect(nextMeeting(events, '2026-01-15')?.id).toBe('2026-lecture-q2');
    expect(nextMeeting(events, '2026-07-01')).toBeUndefined();
  });
});
