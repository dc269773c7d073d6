/**
 * Settings in the 学习档案. Text size and colour scheme belong to the device (a phone and a
 * desktop want different sizes), so an import never touches them; the role is taken from the
 * file only when this device has none yet.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { DEFAULT_FONT_STEP, settingsSchema, type Settings } from '../../../schemas/settings.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { fillDiff, fillIfMissing } from './merge-helpers.ts';

const t = translator(archiveStrings);

/**
 * The stored settings format. Must match `SETTINGS_FORMAT` in src/stores/settings.ts (a unit test
 * checks it), because lib code cannot import a store.
 */
export const SETTINGS_ARCHIVE_FORMAT: VersionedFormat<Settings> = { version: 1, schema: settingsSchema };

/** Settings before any choice; equal to `DEFAULT_SETTINGS` in the store. */
export const EMPTY_SETTINGS_ARCHIVE: Settings = { version: 1, fontStep: DEFAULT_FONT_STEP, theme: 'auto' };

/** This device's settings, with the file's role only if this device has not chosen one. */
export function mergeSettings(current: Settings, incoming: Settings): Settings {
  return fillIfMissing(current, incoming, 'role');
}

/** One item added (the role) when the file brings a role and this device has none. */
export function diffSettings(current: Settings, incoming: Settings): DomainDiff {
  return fillDiff(current, mergeSettings(current, incoming));
}

/** Settings as an archive domain. */
export const settingsDomain: ArchiveDomain<Settings> = {
  key: 'settings',
  label: t('archive.transfer.domain.settings'),
  format: SETTINGS_ARCHIVE_FORMAT,
  empty: EMPTY_SETTINGS_ARCHIVE,
  merge: mergeSettings,
  diff: diffSettings,
};
