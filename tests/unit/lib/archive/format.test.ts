import { describe, expect, it } from 'vitest';
import { formatArchiveTime } from '../../../../src/lib/archive/format.ts';

describe('formatArchiveTime', () => {
  it('shows the full date and time in Beijing time', () => {
    // 16:30 UTC on 31 December is already 1 January in Beijing.
    expect(formatArchiveTime('2026-12-31T16:30:00.000Z')).toBe('2027年1月1日 00:30');
  });

  it('gives an empty string for an unreadable instant', () => {
    expect(formatArchiveTime('not a date')).toBe('');
  });
});
