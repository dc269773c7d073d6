import { describe, expect, it } from 'vitest';
import { beijingDateTime, BOM, csvField, csvFileName, csvText, rectifyCsv, type CsvLabels } from '../../../../src/lib/action/rectify-csv.ts';
import type { RectifyItem } from '../../../../src/schemas/rectify.ts';

const headers = ['序号', '问题', '来源', '来源说明', '整改措施', '责任人', '整改时限', '状态', '是否逾期', '完成情况', '创建时间', '最后更新'];
const labels: CsvLabels = {
  headers,
  status: (s) => ({ todo: '待整改', doing: '整改中', done: '已完成', closed: '已销号' })[s],
  origin: (o) => ({ selfcheck: '党性体检', chabai: '查摆问题', manual: '自行添加' })[o],
  originRef: (item) => (item.originRef === 'dangyuan-1' ? '理想信念是否坚定' : ''),
  overdue: (days) => (days > 0 ? `逾期 ${days} 天` : ''),
};

describe('csvField', () => {
  it('quotes every field and doubles quotes', () => {
    expect(csvField('')).toBe('""');
    expect(csvField('普通文字')).toBe('"普通文字"');
    expect(csvField('他说"要改"')).toBe('"他说""要改"""');
  });

  it('keeps commas (ASCII and Chinese) and line breaks inside the quotes', () => {
    expect(csvField('学习,工作，生活')).toBe('"学习,工作，生活"');
    expect(csvField('第一行\n第二行\r\n第三行')).toBe('"第一行\n第二行\r\n第三行"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+86')).toBe(`"'+86"`);
    expect(csvField('-无')).toBe(`"'-无"`);
    expect(csvField('@某人')).toBe(`"'@某人"`);
    expect(csvField('a=b')).toBe('"a=b"');
  });
});

describe('csvText', () => {
  it('starts with the BOM and ends every row with CRLF', () => {
    const text = csvText([['甲', '乙'], ['1', '2']]);
    expect(text).toBe(`${BOM}"甲","乙"\r\n"1","2"\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('rectifyCsv', () => {
  const item: RectifyItem = {
    id: 'zg-1',
    problem: '理想信念"不够坚定",\n需加强',
    origin: 'chabai',
    originRef: 'dangyuan-1',
    measures: '读原著，写心得',
    responsible: '张三',
    deadline: '2026-07-10',
    status: 'doing',
    evidence: '',
    createdAt: '2026-06-30T16:30:00.000Z',
    updatedAt: '2026-07-01T02:05:00.000Z',
    history: [{ at: '2026-06-30T16:30:00.000Z', kind: 'created', to: 'todo' }],
  };

  it('writes the Chinese headers and one row per item, escaped', () => {
    const text = rectifyCsv([item], labels, new Date('2026-07-12T04:00:00Z'));
    expect(text.startsWith(`${BOM}"序号","问题","来源"`)).toBe(true);
    const row = text.split('\r\n')[1];
    expect(row).toBe(
      '"1","理想信念""不够坚定"",\n需加强","查摆问题","理想信念是否坚定","读原著，写心得","张三","2026-07-10","整改中","逾期 2 天","","2026-07-01 00:30","2026-07-01 10:05"',
    );
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('refuses a header list of the wrong length', () => {
    expect(() => rectifyCsv([item], { ...labels, headers: ['问题'] }, new Date())).toThrow();
  });
});

describe('names and times', () => {
  it('names the file with the Beijing day', () => {
    expect(csvFileName('整改清单', new Date('2026-06-30T16:30:00Z'))).toBe('整改清单-2026-07-01.csv');
  });

  it('formats instants in Beijing time', () => {
    expect(beijingDateTime('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00');
  });
});
