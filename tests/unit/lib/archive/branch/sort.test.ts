import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../../../src/lib/archive/branch/report.ts';
import { SORT_KEYS, compareNames, firstDirection, sortRows } from '../../../../../src/lib/archive/branch/sort.ts';

function row(name: string, over: Partial<ReportRow> = {}): ReportRow {
  return {
    key: name,
    file: `${name}.json`,
    name,
    exportedAt: '2026-04-01T00:00:00Z',
    exportedDay: '2026-04-01',
    exportedEarly: false,
    studySeconds: 0,
    docsDone: 0,
    docsTotal: 5,
    tasksDone: 0,
    attendanceDays: 0,
    examBest: null,
    examCount: 0,
    selfcheckDone: false,
    overdue: 0,
    missing: [],
    shortfalls: [],
    ...over,
  };
}

const rows = [
  row('张三', { studySeconds: 600, examBest: 80, roleName: '普通党员', attendanceDays: 2 }),
  row('李四', { studySeconds: 1200, examBest: null, attendanceDays: 2 }),
  row('王五', { studySeconds: 600, examBest: 0, roleName: '党员领导干部', attendanceDays: 5, shortfalls: [{ kind: 'study', need: 60 }] }),
  row('赵六', { studySeconds: 1200, examBest: 95, roleName: '普通党员', attendanceDays: 2 }),
];
const names = (list: ReportRow[]) => list.map((r) => r.name);

describe('sortRows', () => {
  it('orders Chinese names by pinyin, as localeCompare(zh-CN) does', () => {
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['李四', '王五', '张三', '赵六']);
    expect(names(sortRows(rows, 'name', 'descending'))).toEqual(['赵六', '张三', '王五', '李四']);
    expect(compareNames('李四', '张三')).toBe(Math.sign('李四'.localeCompare('张三', 'zh-CN')));
  });

  it('is stable both ways: ties keep the order they came in', () => {
    expect(names(sortRows(rows, 'study', 'ascending'))).toEqual(['张三', '王五', '李四', '赵六']);
    expect(names(sortRows(rows, 'study', 'descending'))).toEqual(['李四', '赵六', '张三', '王五']);
    expect(names(sortRows(rows, 'attendance', 'descending'))).toEqual(['王五', '张三', '李四', '赵六']);
  });

  it('puts no exam below a score of 0', () => {
    expect(names(sortRows(rows, 'exam', 'ascending'))).toEqual(['李四', '王五', '张三', '赵六']);
  });

  it('puts members without a role last when sorting roles low to high', () => {
    expect(names(sortRows(rows, 'role', 'ascending'))).toEqual(['王五', '张三', '赵六', '李四']);
  });

  it('sorts by standing: fewer shortfalls first', () => {
    expect(names(sortRows(rows, 'status', 'descending'))[0]).toBe('王五');
  });

  it('does not change the array it is given, and sorts on every column', () => {
    const before = names(rows);
    for (const key of SORT_KEYS) {
      expect(sortRows(rows, key, 'ascending')).toHaveLength(4);
      expect(['ascending', 'descending']).toContain(firstDirection(key));
    }
    expect(names(rows)).toEqual(before);
  });
});
