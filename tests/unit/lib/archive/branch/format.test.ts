import { describe, expect, it } from 'vitest';
import { formatDuration, oneDecimal, percentOf, wholeMinutes } from '../../../../../src/lib/archive/branch/format.ts';

describe('format', () => {
  it('writes durations in minutes, or hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 分钟');
    expect(formatDuration(59)).toBe('0 分钟');
    expect(formatDuration(3599)).toBe('59 分钟');
    expect(formatDuration(3600)).toBe('1 小时 0 分钟');
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe('3 小时 5 分钟');
    expect(wholeMinutes(119)).toBe(1);
    expect(wholeMinutes(-5)).toBe(0);
  });

  it('rounds shares and decimals', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
    expect(oneDecimal(3)).toBe('3');
    expect(oneDecimal(3.45)).toBe('3.5');
    expect(oneDecimal(2 / 3)).toBe('0.7');
  });
});
