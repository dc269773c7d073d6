import './engine.ts';
import { DEFAULT_FONT_STEP, FONT_STEPS, settingsSchema, type Settings } from '../schemas/settings.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

/** Stored format of settings. */
export const SETTINGS_FORMAT: VersionedFormat<Settings> = { version: 1, schema: settingsSchema };

/** Storage key of settings; `settings-boot.js` reads the same key before first paint. */
export const SETTINGS_KEY = storageKey('settings');

/** Settings before the member chooses anything. */
export const DEFAULT_SETTINGS: Settings = { version: 1, fontStep: DEFAULT_FONT_STEP, theme: 'auto' };

/** The member's role, text size and colour scheme. */
export const $settings = versionedAtom<Settings>(SETTINGS_KEY, SETTINGS_FORMAT, DEFAULT_SETTINGS);

/** Chooses a role. */
export function chooseRole(roleId: string): void {
  $settings.set({ ...$settings.get(), role: roleId });
}

/** Moves the text size by `delta` steps, within the available range. */
export function stepFont(delta: number): void {
  const s = $settings.get();
  const fontStep = Math.min(FONT_STEPS - 1, Math.max(0, s.fontStep + delta));
  if (fontStep !== s.fontStep) $settings.set({ ...s, fontStep });
}

/** Sets the colour scheme. */
export function setTheme(theme: Settings['theme']): void {
  $settings.set({ ...$settings.get(), theme });
}
