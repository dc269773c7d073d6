import { describe, expect, it } from 'vitest';
import { NOTICE_PLACEHOLDERS, buildNotice, defaultNoticeTemplate, fillTemplate, noticeValues, placeholderHelp, unknownPlaceholders } from '../../../../../src/lib/archive/branch/notice.ts';
import { parsePeriod } from '../../../../../src/lib/archive/branch/period.ts';
import { buildReport } from '../../../../../src/lib/archive/branch/report.ts';
import { member } from './helpers.ts';

const march = parsePeriod('2026-03')!;
const context = { roles: [], documents: [] };
const members = [
  member('张三', { activity: { version: 1, days: { '2026-03-02': 5400 } } }),
  member('李四', { activity: { version: 1, days: { '2026-03-02': 600 } } }),
];
const report = buildReport(members, march, context, { studyMinutes: 30, flagOverdue: false });

describe('fillTemplate', () => {
  it('fills known placeholders and leaves everything else exactly as typed', () => {
    expect(fillTemplate('{期间}共 {人数} 人。<b>x</b> {不认识} {人数', { 期间: '2026年3月', 人数: '2' })).toBe('2026年3月共 2 人。<b>x</b> {不认识} {人数');
    expect(fillTemplate('{constructor}{__proto__}', {})).toBe('{constructor}{__proto__}');
  });

  it('lists unknown placeholders once each', () => {
    expect(unknownPlaceholders('{期间}{姓名}{姓名}{total}')).toEqual(['{姓名}', '{total}']);
    expect(unknownPlaceholders(defaultNoticeTemplate())).toEqual([]);
  });

  it('has help for every placeholder', () => {
    for (const name of NOTICE_PLACEHOLDERS) expect(placeholderHelp(name)).not.toMatch(/^archive\./);
  });
});

describe('noticeValues and buildNotice', () => {
  it('fills the figures of the period', () => {
    const values = noticeValues(report, march, '某党支部');
    expect(values).toMatchObject({ 支部: '某党支部', 期间: '2026年3月', 人数: '2', 总学时: '1 小时 40 分钟', 人均学时: '50 分钟', 未达标人数: '1', 未达标名单: '李四', 平均最高分: '未参加' });
  });

  it('uses the defaults when title or paragraph are empty', () => {
    const notice = buildNotice({ report, period: march, branch: '某党支部', title: '  ', issuedOn: '2026年4月1日' });
    expect(notice.title).toBe('某党支部2026年3月学习通报');
    expect(notice.period).toBe('2026年3月');
    expect(notice.paragraph).toContain('支部共收到 2 名党员的学习档案');
    expect(notice.paragraph).toContain('1 名党员未达到本期学习要求：李四');
    expect(notice.issued).toBe('某党支部　2026年4月1日');
    expect(notice.figures[0]).toEqual({ label: '参加汇总的党员', value: '2 人' });
  });

  it('keeps the secretary’s own words, markup included, as text', () => {
    const notice = buildNotice({ report, period: march, branch: '支部', title: '<i>{期间}</i>', template: '<b>x</b> {人数}', issuedOn: '' });
    expect(notice.title).toBe('<i>2026年3月</i>');
    expect(notice.paragraph).toBe('<b>x</b> 2');
  });

  it('says 无 when everybody meets the standards', () => {
    const ok = buildReport(members, march, context, { studyMinutes: 5, flagOverdue: false });
    expect(noticeValues(ok, march, '支部').未达标名单).toBe('无');
    expect(buildNotice({ report: ok, period: march, branch: '支部', issuedOn: '' }).paragraph).toContain('全体党员均达到本期学习要求');
  });

  it('says no standard was set instead of naming zero members', () => {
    const unset = buildReport(members, march, context, { flagOverdue: false });
    const values = noticeValues(unset, march, '支部');
    expect(values.未达标人数).toBe('（未设定达标标准）');
    expect(values.未达标名单).toBe('（未设定达标标准）');
    const notice = buildNotice({ report: unset, period: march, branch: '支部', issuedOn: '' });
    expect(notice.paragraph).toContain('本期未设定达标标准，未评定各人是否达标。');
    expect(notice.paragraph).not.toMatch(/0 名党员|抓紧补学/);
  });
});
