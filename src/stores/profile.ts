import './engine.ts';
import { profileSchema, type Profile } from '../schemas/profile.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

/** Stored format of the profile. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const PROFILE_FORMAT: VersionedFormat<Profile> = { version: 1, schema: profileSchema };

/** Nothing entered yet. */
export const EMPTY_PROFILE: Profile = { version: 1 };

/** The member's name as entered for the 学习档案, remembered for the next export. */
export const $profile = versionedAtom<Profile>(storageKey('profile'), PROFILE_FORMAT, EMPTY_PROFILE);

/** Remembers the name used for an export. */
export function rememberName(name: string): void {
  const trimmed = name.trim();
  if (trimmed && $profile.get().name !== trimmed) $profile.set({ ...$profile.get(), name: trimmed });
}
