import { describe, expect, it } from 'vitest';
import { beijingDay, formatBeijingDateTime, formatPartialDate } from '../../../src/lib/dates.ts';
import { translate } from '../../../src/lib/i18n.ts';
import { zhCN } from '../../../src/i18n/zh-CN.ts';

describe('dates', () => {
  it('writes only the known parts of a date', () => {
    expect(formatPartialDate('2016')).toBe('2016年');
    expect(formatPartialDate('2015-12')).toBe('2015年12月');
    expect(formatPartialDate('2016-01-01')).toBe('2016年1月1日');
  });

  it('uses Beijing time for the day', () => {
    // 16:30 UTC is already the next morning in Beijing.
    expect(beijingDay(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
    expect(beijingDay(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
    expect(formatBeijingDateTime('2026-11-27T16:30:00Z')).toBe('11月28日 00:30');
    expect(formatBeijingDateTime('not a date')).toBe('');
  });

  it('agrees with Intl in the Asia/Shanghai time zone across years, months and midnights', () => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
    const intlDateTime = (d: Date) => {
      const get = (type: string) => time.formatToParts(d).find((p) => p.type === type)?.value;
      return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
    };
    // Every 96 h 57 min from 1992 to 2040: the step drifts through every hour and minute of the day.
    for (let ms = Date.UTC(1992, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 349_020_000) {
      const d = new Date(ms);
      expect(beijingDay(d)).toBe(day.format(d));
      expect(formatBeijingDateTime(d.toISOString())).toBe(intlDateTime(d));
    }
    expect(beijingDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('UI strings', () => {
  it('fills placeholders and throws on a missing key', () => {
    expect(translate(zhCN, 'home.progress', { done: 2, total: 9 })).toBe('学习清单已学完 2 / 9 份');
    expect(() => translate(zhCN, 'no.such.key' as keyof typeof zhCN)).toThrow('missing UI string');
  });

  it('has Chinese in every string that is more than a format of placeholders and punctuation', () => {
    for (const [key, value] of Object.entries(zhCN)) {
      // Formats such as “{done} / {total}” or “《{title}》” hold no words of their own.
      const isFormat = !/[\p{L}]/u.test(value.replace(/\{\w+\}/g, ''));
      if (!isFormat) expect(value, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
