import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../../src/lib/search-shortcut.ts';

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, ...mods });

describe('the search shortcut', () => {
  it('is / outside text fields', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });

  it('is Ctrl+K or ⌘K, even while typing', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('k', { metaKey: true }), false)).toBe(true);
  });

  it('is no other key', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('K', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('?'), false)).toBe(false);
    expect(isSearchShortcut(press('Enter', { ctrlKey: true }), false)).toBe(false);
  });
});
