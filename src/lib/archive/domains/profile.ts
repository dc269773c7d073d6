/**
 * The member's profile (the name used for exports) in the 学习档案, so re-importing after storage
 * was cleared brings the name back with everything else. The name is taken from the file only
 * when this browser has none: an import never renames the member of this browser.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { profileSchema, type Profile } from '../../../schemas/profile.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { fillDiff, fillIfMissing } from './merge-helpers.ts';

const t = translator(archiveStrings);

/** The stored format; must match `PROFILE_FORMAT` in src/stores/profile.ts (a unit test checks it). */
export const PROFILE_ARCHIVE_FORMAT: VersionedFormat<Profile> = { version: 1, schema: profileSchema };

/** Nothing entered yet; equal to `EMPTY_PROFILE` in the store. */
export const EMPTY_PROFILE_ARCHIVE: Profile = { version: 1 };

/** This browser's profile, with the file's name only if this browser has none. */
export function mergeProfile(current: Profile, incoming: Profile): Profile {
  return fillIfMissing(current, incoming, 'name');
}

/** One item added (the name) when the file brings one and this browser has none. */
export function diffProfile(current: Profile, incoming: Profile): DomainDiff {
  return fillDiff(current, mergeProfile(current, incoming));
}

/** The profile as an archive domain. */
export const profileDomain: ArchiveDomain<Profile> = {
  key: 'profile',
  label: t('archive.transfer.domain.profile'),
  format: PROFILE_ARCHIVE_FORMAT,
  empty: EMPTY_PROFILE_ARCHIVE,
  merge: mergeProfile,
  diff: diffProfile,
};
