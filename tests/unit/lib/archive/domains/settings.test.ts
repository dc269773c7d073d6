import { describe, expect, it } from 'vitest';
import { diffSettings, mergeSettings, settingsDomain } from '../../../../../src/lib/archive/domains/settings.ts';
import type { Settings } from '../../../../../src/schemas/settings.ts';

const here: Settings = { version: 1, fontStep: 3, theme: 'dark' };
const file: Settings = { version: 1, fontStep: 0, theme: 'light', role: 'leader' };

describe('settings merge', () => {
  it('never takes the file’s text size or theme', () => {
    expect(mergeSettings(here, file)).toMatchObject({ fontStep: 3, theme: 'dark' });
  });

  it('takes the role only when this device has none', () => {
    expect(mergeSettings(here, file).role).toBe('leader');
    expect(mergeSettings({ ...here, role: 'member' }, file).role).toBe('member');
    expect(mergeSettings({ ...here, role: 'member' }, { ...file, role: undefined } as Settings).role).toBe('member');
  });

  it('is idempotent, and commutative for the role when only one side has one', () => {
    expect(mergeSettings(here, here)).toBe(here);
    const once = mergeSettings(here, file);
    expect(mergeSettings(once, file)).toBe(once);
    const a: Settings = { version: 1, fontStep: 1, theme: 'auto' };
    const b: Settings = { version: 1, fontStep: 1, theme: 'auto', role: 'secretary' };
    expect(mergeSettings(a, b)).toEqual(mergeSettings(b, a));
  });

  it('diff: one item added when the role would be taken, nothing otherwise', () => {
    expect(diffSettings(here, file)).toEqual({ added: 1, changed: 0 });
    expect(diffSettings(mergeSettings(here, file), file)).toEqual({ added: 0, changed: 0 });
    expect(diffSettings(file, here)).toEqual({ added: 0, changed: 0 });
    expect(settingsDomain.key).toBe('settings');
  });
});
