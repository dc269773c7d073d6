import { describe, expect, it } from 'vitest';
import { studyPlanSchema } from '../../../../src/schemas/study-plan.ts';
import { eventsForTrack, planEvents, type PlanEvent } from '../../../../src/lib/plan/events.ts';
import { foldLine, planCalendar, type CalendarOptions } from '../../../../src/lib/plan/ics.ts';
import { parseIcs, prop, textValue } from './ics-parse.ts';
import { validPlan } from './fixture-plan.ts';

const events = planEvents(studyPlanSchema.parse(validPlan()));
const options: CalendarOptions = {
  name: '支部学习计划（全体党员）',
  uidDomain: 'example.org',
  now: new Date('2026-01-02T03:04:05.678Z'),
  summary: (e) => `${e.kind}：${e.title}`,
  description: (e) => (e.attendees ? `参加人员：${e.attendees}\n第二行` : undefined),
};

function calendar(list: readonly PlanEvent[]) {
  const root = parseIcs(planCalendar(list, options));
  return { root, vevents: root.children.filter((c) => c.type === 'VEVENT') };
}

describe('planCalendar', () => {
  it('parses back with one VEVENT per event and the calendar’s name and zone', () => {
    const all = eventsForTrack(events, 'all');
    const { root, vevents } = calendar(all);
    expect(root.type).toBe('VCALENDAR');
    expect(prop(root, 'VERSION')?.value).toBe('2.0');
    expect(prop(root, 'X-WR-CALNAME')?.value).toBe('支部学习计划（全体党员）');
    expect(prop(root, 'X-WR-TIMEZONE')?.value).toBe('Asia/Shanghai');
    expect(vevents).toHaveLength(all.length);
    expect(vevents.map((v) => prop(v, 'UID')?.value)).toEqual(all.map((e) => `${e.id}@example.org`));
    expect(new Set(vevents.map((v) => prop(v, 'UID')?.value)).size).toBe(vevents.length);
    expect(vevents.every((v) => prop(v, 'DTSTAMP')?.value === '20260102T030405Z')).toBe(true);
  });

  it('writes timed items in Beijing time with TZID and a VTIMEZONE of +0800', () => {
    const { root, vevents } = calendar(events);
    const tz = root.children.find((c) => c.type === 'VTIMEZONE')!;
    expect(prop(tz, 'TZID')?.value).toBe('Asia/Shanghai');
    expect(prop(tz.children[0]!, 'TZOFFSETTO')?.value).toBe('+0800');
    const congress = vevents.find((v) => prop(v, 'UID')?.value === '2026-congress-q1@example.org')!;
    expect(prop(congress, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Asia/Shanghai' }, value: '20260114T150000' });
    expect(prop(congress, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Asia/Shanghai' }, value: '20260114T163000' });
    expect(textValue(prop(congress, 'SUMMARY')!.value)).toBe('meeting：部署');
  });

  it('writes 党员活动日, task due days and untimed meetings as all-day dates', () => {
    const { vevents } = calendar(events);
    const byUid = (id: string) => vevents.find((v) => prop(v, 'UID')?.value === `${id}@example.org`)!;
    const activity = byUid('2026-activity-12');
    expect(prop(activity, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261207' });
    expect(prop(activity, 'DTEND')?.value).toBe('20261208');
    expect(prop(byUid('2026-01-plan'), 'DTSTART')?.value).toBe('20260131');
    expect(prop(byUid('2026-01-plan'), 'DTEND')?.value).toBe('20260201');
    const committee = byUid('2026-committee-01');
    expect(prop(committee, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260105' });
    expect(textValue(prop(committee, 'DESCRIPTION')!.value)).toBe('参加人员：支部委员\n第二行');
    // Every 党员活动日 lands on the 7th.
    const days = vevents.filter((v) => prop(v, 'UID')!.value.includes('-activity-')).map((v) => prop(v, 'DTSTART')!.value);
    expect(days).toHaveLength(12);
    expect(days.every((d) => d.endsWith('07'))).toBe(true);
  });

  it('ends a late meeting on the next day, across the year end', () => {
    const late: PlanEvent = { id: '2026-late', kind: 'meeting', sub: 'congress', date: '2026-12-31', time: '23:30', minutes: 60, title: '跨年', audience: 'all' };
    const { vevents } = calendar([late]);
    expect(prop(vevents[0]!, 'DTEND')?.value).toBe('20270101T003000');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const long = '很长的标题'.repeat(20);
    const folded = foldLine(`SUMMARY:${long}`);
    const encoder = new TextEncoder();
    expect(folded.split('\r\n').every((line) => encoder.encode(line).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${long}`);
    const { vevents } = calendar([{ id: '2026-long', kind: 'task', date: '2026-03-01', title: long, audience: 'all' }]);
    expect(textValue(prop(vevents[0]!, 'SUMMARY')!.value)).toBe(`task：${long}`);
  });

  it('is a valid empty calendar when there are no events', () => {
    const { root, vevents } = calendar([]);
    expect(vevents).toEqual([]);
    expect(root.children.map((c) => c.type)).toEqual(['VTIMEZONE']);
  });
});
