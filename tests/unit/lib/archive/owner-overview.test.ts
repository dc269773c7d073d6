import { describe, expect, it } from 'vitest';
import { isOwnArchive } from '../../../../src/lib/archive/owner.ts';
import { archiveOverview } from '../../../../src/lib/archive/overview.ts';
import { diffProfile, mergeProfile } from '../../../../src/lib/archive/domains/profile.ts';

describe('isOwnArchive', () => {
  it('treats a browser without a name as the file’s owner', () => {
    expect(isOwnArchive({ name: '李娜' }, {})).toBe(true);
    expect(isOwnArchive({ name: '李娜' }, { name: '  ', role: 'member' })).toBe(true);
  });

  it('matches the same name (trimmed, any Unicode form) unless the roles contradict', () => {
    expect(isOwnArchive({ name: '王建华', role: 'member' }, { name: ' 王建华 ', role: 'member' })).toBe(true);
    expect(isOwnArchive({ name: 'e\u0301' }, { name: '\u00e9' })).toBe(true);
    expect(isOwnArchive({ name: '王建华' }, { name: '王建华', role: 'leader' })).toBe(true);
    expect(isOwnArchive({ name: '王建华', role: 'member' }, { name: '王建华', role: 'leader' })).toBe(false);
    expect(isOwnArchive({ name: '李娜' }, { name: '王建华' })).toBe(false);
  });
});

describe('archiveOverview', () => {
  it('counts what each domain in the file holds and leaves out what it lacks', () => {
    const overview = archiveOverview({
      activity: { version: 1, days: { '2026-03-01': 600, '2026-03-02': 0 } },
      rectify: { version: 1, chabai: {}, items: [{}, {}] },
      notes: { version: 1, notes: { a: {} } },
    });
    expect(overview).toEqual({ studySeconds: 600, studyDays: 1, rectifyItems: 2, notes: 1 });
  });
});

describe('profile domain', () => {
  it('takes the file’s name only when this browser has none', () => {
    expect(mergeProfile({ version: 1 }, { version: 1, name: '王建华' })).toEqual({ version: 1, name: '王建华' });
    const mine = { version: 1 as const, name: '王建华' };
    expect(mergeProfile(mine, { version: 1, name: '李娜' })).toBe(mine);
    expect(diffProfile({ version: 1 }, { version: 1, name: '王建华' })).toEqual({ added: 1, changed: 0 });
    expect(diffProfile(mine, { version: 1 })).toEqual({ added: 0, changed: 0 });
  });
});
