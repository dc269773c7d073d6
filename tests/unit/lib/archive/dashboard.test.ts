import { describe, expect, it } from 'vitest';
import {
  addDays,
  chartBars,
  chartTop,
  dayRange,
  daysInMonth,
  examFigures,
  latestSelfcheck,
  monthStarts,
  splitDuration,
  studySeries,
  summarizeSeries,
  tasksDone,
  yearByMonth,
} from '../../../../src/lib/archive/dashboard.ts';

describe('days', () => {
  it('steps over month and year ends and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('lists the last n days, oldest first', () => {
    expect(dayRange('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
    expect(dayRange('2026-03-02', 90)).toHaveLength(90);
    expect(dayRange('2026-03-02', 90)[0]).toBe('2025-12-03');
  });
});

describe('study series', () => {
  const days = { '2026-03-01': 600, '2026-03-02': 1800, '2026-02-20': 60, '2025-01-01': 999 };
  it('fills missing days with zero and leaves out days outside the window', () => {
    const series = studySeries(days, '2026-03-02', 10);
    expect(series).toHaveLength(10);
    expect(series.at(-1)).toEqual({ day: '2026-03-02', seconds: 1800 });
    expect(series.reduce((s, p) => s + p.seconds, 0)).toBe(2400);
  });

  it('sums up total, active days, average, best day and the last week', () => {
    const summary = summarizeSeries(studySeries(days, '2026-03-02', 90));
    expect(summary).toEqual({ total: 2460, activeDays: 3, averagePerActiveDay: 820, best: { day: '2026-03-02', seconds: 1800 }, lastWeek: 2400 });
    expect(summarizeSeries(studySeries({}, '2026-03-02', 90))).toEqual({ total: 0, activeDays: 0, averagePerActiveDay: 0, lastWeek: 0 });
  });
});

describe('chart', () => {
  it('rounds the scale up to a readable step, at least ten minutes', () => {
    expect(chartTop(0)).toBe(600);
    expect(chartTop(601)).toBe(900);
    expect(chartTop(3600)).toBe(3600);
    expect(chartTop(3601)).toBe(5400);
    expect(chartTop(86_400)).toBe(86_400);
  });

  it('lays bars side by side, scaled to the top, with a sliver for short days', () => {
    const series = [{ day: 'a', seconds: 0 }, { day: 'b', seconds: 300 }, { day: 'c', seconds: 1 }, { day: 'd', seconds: 600 }];
    const { bars, top } = chartBars(series, 40, 100);
    expect(top).toBe(600);
    expect(bars.map((b) => b.height)).toEqual([0, 50, 1, 100]);
    expect(bars.map((b) => b.y)).toEqual([100, 50, 99, 0]);
    expect(bars.map((b) => b.x)).toEqual([1, 11, 21, 31]);
    expect(bars[0]!.width).toBe(8);
  });

  it('marks where months begin', () => {
    const series = studySeries({}, '2026-03-02', 5);
    expect(monthStarts(series)).toEqual([{ index: 0, year: 2026, month: 2 }, { index: 3, year: 2026, month: 3 }]);
  });

  it('splits durations into hours and minutes', () => {
    expect(splitDuration(0)).toEqual({ hours: 0, minutes: 0 });
    expect(splitDuration(59)).toEqual({ hours: 0, minutes: 0 });
    expect(splitDuration(3_725)).toEqual({ hours: 1, minutes: 2 });
  });
});

describe('figures', () => {
  it('counts daily-quiz days in a month', () => {
    expect(daysInMonth(['2026-03-01', '2026-03-31', '2026-04-01', '2025-03-05'], '2026-03')).toBe(2);
  });

  it('finds the best and the latest exam', () => {
    const exams = [
      { id: '1', finishedAt: '2026-03-01T01:00:00Z', percent: 80, passed: true },
      { id: '2', finishedAt: '2026-03-03T01:00:00Z', percent: 55, passed: false },
      { id: '3', finishedAt: '2026-03-02T01:00:00Z', percent: 80, passed: true },
    ];
    const f = examFigures(exams);
    expect(f.count).toBe(3);
    expect(f.passed).toBe(2);
    expect(f.best?.id).toBe('1');
    expect(f.latest?.id).toBe('2');
    expect(examFigures([])).toEqual({ count: 0, passed: 0 });
  });

  it('counts a role’s plan tasks for a month or a year', () => {
    const tasks = [
      { id: 'a', year: 2026, month: 3, audience: 'all' as const },
      { id: 'b', year: 2026, month: 3, audience: 'leaders' as const },
      { id: 'c', year: 2026, month: 4, audience: 'all' as const },
      { id: 'd', year: 2027, month: 3, audience: 'all' as const },
    ];
    const done = { a: '2026-03-02T00:00:00Z', b: '2026-03-02T00:00:00Z', d: '2027-03-01T00:00:00Z' };
    expect(tasksDone(tasks, done, 'all', 2026, 3)).toEqual({ done: 1, total: 1 });
    expect(tasksDone(tasks, done, 'leaders', 2026, 3)).toEqual({ done: 2, total: 2 });
    expect(tasksDone(tasks, done, 'leaders', 2026)).toEqual({ done: 2, total: 3 });
  });

  it('adds up a year by month', () => {
    const months = yearByMonth({ '2026-01-05': 600, '2026-01-06': 60, '2026-12-31': 30, '2025-12-31': 999 }, ['2026-01-05', '2026-02-01', '2027-01-01'], 2026);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, seconds: 660, studyDays: 2, dailyDays: 1 });
    expect(months[1]).toEqual({ month: 2, seconds: 0, studyDays: 0, dailyDays: 1 });
    expect(months[11]).toEqual({ month: 12, seconds: 30, studyDays: 1, dailyDays: 0 });
  });

  it('finds the latest self-check and its gaps', () => {
    const records = [
      { at: '2026-03-01T00:00:00Z', day: '2026-03-01', items: [{ rating: 'gap' }] },
      { at: '2026-04-01T00:00:00Z', day: '2026-04-01', items: [{ rating: 'ok' }, { rating: 'gap' }, { rating: 'gap' }] },
    ];
    expect(latestSelfcheck(records)).toEqual({ record: records[1], gaps: 2 });
    expect(latestSelfcheck([])).toBeUndefined();
  });
});

describe('years', () => {
  it('reads the Beijing year of an instant', async () => {
    const { beijingYearOf } = await import('../../../../src/lib/archive/dashboard.ts');
    expect(beijingYearOf('2025-12-31T15:59:59Z')).toBe(2025);
    expect(beijingYearOf('2025-12-31T16:00:00Z')).toBe(2026);
    expect(beijingYearOf('nonsense')).toBeUndefined();
  });

  it('offers this year and every year with records, newest first', async () => {
    const { yearsWithData } = await import('../../../../src/lib/archive/dashboard.ts');
    expect(yearsWithData(['2024-06-01T00:00:00Z', 'bad'], ['2025-01-01', '2026-02-02', 'x'], 2026)).toEqual([2026, 2025, 2024]);
    expect(yearsWithData([], [], 2026)).toEqual([2026]);
  });

  it('counts tasks month by month', async () => {
    const { monthlyTasksDone } = await import('../../../../src/lib/archive/dashboard.ts');
    const months = monthlyTasksDone([{ id: 'a', year: 2026, month: 1, audience: 'all' }, { id: 'b', year: 2026, month: 1, audience: 'all' }], { a: '2026-01-02T00:00:00Z' }, 'all', 2026);
    expect(months[0]).toEqual({ done: 1, total: 2 });
    expect(months[1]).toEqual({ done: 0, total: 0 });
  });
});
