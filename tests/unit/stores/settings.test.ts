import { beforeEach, describe, expect, it, vi } from 'vitest';

async function load() {
  vi.resetModules();
  const [settings, role] = await Promise.all([import('../../../src/stores/settings.ts'), import('../../../src/stores/role.ts')]);
  return { ...settings, $role: role.$role };
}

beforeEach(() => localStorage.clear());

describe('settings store', () => {
  it('keeps the role, text size and theme across loads', async () => {
    const a = await load();
    expect(a.$role.get()).toBeUndefined();
    a.chooseRole('leader');
    expect(a.$role.get()).toBe('leader');
    a.stepFont(2);
    a.setTheme('dark');
    const b = await load();
    expect(b.$settings.get()).toEqual({ version: 1, role: 'leader', fontStep: 3, theme: 'dark' });
  });

  it('keeps the text size within its steps', async () => {
    const s = await load();
    s.stepFont(-5);
    expect(s.$settings.get().fontStep).toBe(0);
    s.stepFont(99);
    expect(s.$settings.get().fontStep).toBe(4);
  });

  it('the boot script applies saved settings to the page before paint', async () => {
    localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 4, theme: 'dark' }));
    const { readFileSync } = await import('node:fs');
    new Function(readFileSync('src/stores/settings-boot.js', 'utf8'))();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(document.documentElement.getAttribute('data-font-step')).toBe('4');
  });
});
