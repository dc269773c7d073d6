import { describe, expect, it } from 'vitest';
import {
  NO_THRESHOLDS,
  hasThresholds,
  parseThresholds,
  shortfallText,
  shortfalls,
  standingText,
  thresholdInput,
} from '../../../../../src/lib/archive/branch/thresholds.ts';
import type { MemberRow } from '../../../../../src/lib/archive/branch/summary.ts';

const row: MemberRow = {
  key: 'k',
  file: 'f.json',
  name: '张三',
  exportedAt: '2026-04-01T00:00:00Z',
  exportedDay: '2026-04-01',
  exportedEarly: false,
  studySeconds: 3599,
  docsDone: 2,
  docsTotal: 6,
  tasksDone: 1,
  attendanceDays: 3,
  examBest: 59,
  examCount: 1,
  selfcheckDone: false,
  overdue: 2,
  missing: [],
};
const blank = { studyMinutes: '', attendanceDays: '', examScore: '', docs: '', flagOverdue: false };

describe('parseThresholds', () => {
  it('reads whole numbers, full-width digits and blanks (not assessed)', () => {
    expect(parseThresholds({ studyMinutes: ' 60 ', attendanceDays: '４', examScore: '', docs: '0', flagOverdue: true })).toEqual({
      ok: true,
      value: { studyMinutes: 60, attendanceDays: 4, docs: 0, flagOverdue: true },
    });
    expect(parseThresholds(blank)).toEqual({ ok: true, value: NO_THRESHOLDS });
  });

  it('names every field that is not a whole number in range', () => {
    const result = parseThresholds({ studyMinutes: '1.5', attendanceDays: '93', examScore: '-1', docs: '三', flagOverdue: false });
    expect(result).toEqual({
      ok: false,
      problems: { studyMinutes: { code: 'notNumber' }, attendanceDays: { code: 'range', max: 92 }, examScore: { code: 'notNumber' }, docs: { code: 'notNumber' } },
    });
    expect(parseThresholds({ ...blank, examScore: '101' })).toEqual({ ok: false, problems: { examScore: { code: 'range', max: 100 } } });
  });

  it('turns the standards back into the form’s text', () => {
    expect(thresholdInput({ studyMinutes: 30, flagOverdue: true })).toEqual({ ...blank, studyMinutes: '30', flagOverdue: true });
  });
});

describe('shortfalls', () => {
  it('finds nothing without standards', () => {
    expect(shortfalls(row, NO_THRESHOLDS)).toEqual([]);
    expect(hasThresholds(NO_THRESHOLDS)).toBe(false);
    expect(hasThresholds({ flagOverdue: false, docs: 0 })).toBe(true);
  });

  it('compares seconds with minutes exactly, and lists shortfalls in column order', () => {
    const list = shortfalls(row, { studyMinutes: 60, attendanceDays: 3, examScore: 60, docs: 3, flagOverdue: true });
    expect(list).toEqual([
      { kind: 'study', need: 60 },
      { kind: 'docs', need: 3 },
      { kind: 'exam', need: 60 },
      { kind: 'overdue', count: 2 },
    ]);
    expect(shortfalls({ ...row, studySeconds: 3600 }, { studyMinutes: 60, flagOverdue: false })).toEqual([]);
  });

  it('counts no exam as short of any score above 0', () => {
    expect(shortfalls({ ...row, examBest: null }, { examScore: 60, flagOverdue: false })).toEqual([{ kind: 'examNone', need: 60 }]);
    expect(shortfalls({ ...row, examBest: null }, { examScore: 0, flagOverdue: false })).toEqual([]);
  });

  it('puts shortfalls into words', () => {
    expect(shortfallText({ kind: 'attendance', need: 4 })).toBe('考勤不足 4 天');
    expect(shortfallText({ kind: 'examNone', need: 60 })).toBe('本期未参加模拟考试');
    expect(standingText([])).toBe('达标');
    expect(standingText([{ kind: 'study', need: 60 }, { kind: 'overdue', count: 2 }])).toBe('未达标：学习时长不足 60 分钟；有 2 项整改逾期');
  });
});
