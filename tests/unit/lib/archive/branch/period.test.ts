import { describe, expect, it } from 'vitest';
import { beijingDay } from '../../../../../src/lib/dates.ts';
import {
  beijingDayOfMs,
  dayInPeriod,
  instantByPeriodEnd,
  instantInPeriod,
  parsePeriod,
  periodId,
  periodIdOf,
  periodLabel,
  quarterName,
} from '../../../../../src/lib/archive/branch/period.ts';

describe('parsePeriod', () => {
  it('reads a month with its first and last Beijing days', () => {
    const p = parsePeriod('2026-02')!;
    expect(p).toMatchObject({ kind: 'month', year: 2026, index: 2, firstDay: '2026-02-01', lastDay: '2026-02-28' });
    expect(parsePeriod('2028-02')!.lastDay).toBe('2028-02-29');
    expect(p.startMs).toBe(Date.parse('2026-01-31T16:00:00Z'));
    expect(p.endMs).toBe(Date.parse('2026-02-28T16:00:00Z'));
  });

  it('reads a quarter', () => {
    expect(parsePeriod('2026-Q1')).toMatchObject({ kind: 'quarter', index: 1, firstDay: '2026-01-01', lastDay: '2026-03-31' });
    expect(parsePeriod('2026-Q4')).toMatchObject({ firstDay: '2026-10-01', lastDay: '2026-12-31' });
  });

  it('refuses anything else', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26-01', '2026-1', '1999-01', '2101-Q1', '', '2026-01-01']) {
      expect(parsePeriod(bad), bad).toBeUndefined();
    }
  });
});

describe('days and instants', () => {
  const march = parsePeriod('2026-03')!;

  it('tests Beijing days by their text', () => {
    expect(dayInPeriod('2026-03-01', march)).toBe(true);
    expect(dayInPeriod('2026-03-31', march)).toBe(true);
    expect(dayInPeriod('2026-02-28', march)).toBe(false);
    expect(dayInPeriod('2026-04-01', march)).toBe(false);
  });

  it('counts an instant by its Beijing day, not its UTC day', () => {
    // 2026-02-28 16:30 UTC is 2026-03-01 00:30 in Beijing.
    expect(instantInPeriod('2026-02-28T16:30:00Z', march)).toBe(true);
    expect(instantInPeriod('2026-02-28T15:59:59Z', march)).toBe(false);
    // 2026-03-31 16:00 UTC is already April 1st in Beijing.
    expect(instantInPeriod('2026-03-31T15:59:59.999Z', march)).toBe(true);
    expect(instantInPeriod('2026-03-31T16:00:00Z', march)).toBe(false);
    expect(instantInPeriod('2026-03-15T10:00:00+08:00', march)).toBe(true);
  });

  it('never counts an unreadable or missing instant', () => {
    expect(instantInPeriod('not a date', march)).toBe(false);
    expect(instantInPeriod(undefined, march)).toBe(false);
    expect(instantByPeriodEnd(undefined, march)).toBe(false);
  });

  it('tells instants by the end of the period', () => {
    expect(instantByPeriodEnd('2025-06-01T00:00:00Z', march)).toBe(true);
    expect(instantByPeriodEnd('2026-03-31T15:00:00Z', march)).toBe(true);
    expect(instantByPeriodEnd('2026-03-31T16:00:00Z', march)).toBe(false);
  });

  it('agrees with beijingDay on the day of an instant', () => {
    for (const iso of ['2026-02-28T15:59:59Z', '2026-02-28T16:00:00Z', '2026-12-31T16:00:00Z', '2026-06-30T23:59:00Z', '2016-01-01T00:00:00Z']) {
      const date = new Date(iso);
      expect(beijingDayOfMs(date.getTime()), iso).toBe(beijingDay(date));
    }
  });
});

describe('ids and labels', () => {
  it('finds the period of a day', () => {
    expect(periodIdOf('2026-03-15', 'month')).toBe('2026-03');
    expect(periodIdOf('2026-03-15', 'quarter')).toBe('2026-Q1');
    expect(periodIdOf('2026-10-01', 'quarter')).toBe('2026-Q4');
    expect(periodId('month', 2026, 7)).toBe('2026-07');
    expect(periodId('quarter', 2026, 3)).toBe('2026-Q3');
  });

  it('writes periods in Chinese', () => {
    expect(periodLabel(parsePeriod('2026-03')!)).toBe('2026年3月');
    expect(periodLabel(parsePeriod('2026-Q2')!)).toBe('2026年第二季度');
    expect(quarterName(4)).toBe('第四季度');
  });
});
