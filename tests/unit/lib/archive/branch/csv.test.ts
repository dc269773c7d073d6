import { describe, expect, it } from 'vitest';
import { CSV_BOM, branchCsv, branchCsvFileName, branchCsvHeader, csvField, csvLine, toCsv } from '../../../../../src/lib/archive/branch/csv.ts';
import { parsePeriod } from '../../../../../src/lib/archive/branch/period.ts';
import type { ReportRow } from '../../../../../src/lib/archive/branch/report.ts';

describe('csvField', () => {
  it('quotes every field, Chinese included', () => {
    expect(csvField('张三')).toBe('"张三"');
    expect(csvField('')).toBe('""');
    expect(csvField(12)).toBe('"12"');
    expect(csvField(null)).toBe('""');
    expect(csvField(undefined)).toBe('""');
    expect(csvField(Number.NaN)).toBe('""');
  });

  it('keeps commas, quotes and line breaks inside the field', () => {
    expect(csvField('张三,李四')).toBe('"张三,李四"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\r\n第二行\n第三行')).toBe('"第一行\r\n第二行\n第三行"');
    expect(csvField('全角，逗号“引号”')).toBe('"全角，逗号“引号”"');
  });

  it('stops a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe('"\'+1"');
    expect(csvField('-1')).toBe('"\'-1"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    // Numbers are numbers.
    expect(csvField(-1)).toBe('"-1"');
  });
});

describe('toCsv', () => {
  it('starts with the BOM, ends every line with CRLF', () => {
    const text = toCsv(['姓名', '分数'], [['张三', 90], ['李,四', null]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe('\uFEFF"姓名","分数"\r\n"张三","90"\r\n"李,四",""\r\n');
    expect(csvLine(['a', 1])).toBe('"a","1"');
  });

  it('encodes as UTF-8 with the BOM bytes Excel looks for', () => {
    const bytes = new TextEncoder().encode(toCsv(['姓名'], []));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('branchCsv', () => {
  const row: ReportRow = {
    key: 'k',
    file: '学习档案-张三-2026-04-01.json',
    name: '张"三"',
    roleId: 'member',
    roleName: '普通党员',
    exportedAt: '2026-04-01T00:00:00Z',
    exportedDay: '2026-04-01',
    exportedEarly: false,
    studySeconds: 3661,
    docsDone: 2,
    docsTotal: 6,
    tasksDone: 1,
    attendanceDays: 4,
    examBest: null,
    examCount: 0,
    selfcheckDone: true,
    overdue: 1,
    missing: [],
    shortfalls: [{ kind: 'attendance', need: 5 }, { kind: 'overdue', count: 1 }],
  };

  it('writes Chinese headers and one line per member with plain numbers', () => {
    const lines = branchCsv([row]).slice(1).split('\r\n');
    expect(lines[0]).toBe(branchCsvHeader().map((h) => `"${h}"`).join(','));
    expect(lines[0]).toContain('"姓名","身份","学习时长（分钟）"');
    expect(lines[1]).toBe(
      '"张""三""","普通党员","61","2","6","1","4","未参加","已完成","1","2026-04-01","未达标：考勤不足 5 天；有 1 项整改逾期","学习档案-张三-2026-04-01.json"',
    );
    expect(lines[2]).toBe('');
  });

  it('names the file after the period', () => {
    expect(branchCsvFileName(parsePeriod('2026-Q1')!)).toBe('支部学习汇总-2026年第一季度.csv');
    expect(branchCsvFileName(parsePeriod('2026-03')!)).toBe('支部学习汇总-2026年3月.csv');
  });
});
