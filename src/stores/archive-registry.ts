/**
 * Which stores go into the 学习档案, each with the archive domain that knows how to validate,
 * merge and summarise its data. Adding a domain is one line in {@link ARCHIVE_ENTRIES}:
 * `entry(notesDomain, $notes),` with the domain from src/lib/archive/domains/ and its store.
 */
import type { WritableAtom } from 'nanostores';
import type { ArchiveDomain } from '../lib/archive/domain.ts';
import { readingDomain } from '../lib/archive/domains/reading.ts';
import { quizDomain } from '../lib/archive/domains/quiz.ts';
import { settingsDomain } from '../lib/archive/domains/settings.ts';
import { notesDomain } from '../lib/archive/domains/notes.ts';
import { activityDomain } from '../lib/archive/domains/activity.ts';
import { $reading } from './reading.ts';
import { $quiz } from './quiz.ts';
import { $settings } from './settings.ts';
import { $notes } from './notes.ts';
import { $activity } from './activity.ts';
import { planDomain } from '../lib/archive/domains/plan.ts';
import { selfcheckDomain } from '../lib/archive/domains/selfcheck.ts';
import { rectifyDomain } from '../lib/archive/domains/rectify.ts';
import { profileDomain } from '../lib/archive/domains/profile.ts';
import { $profile } from './profile.ts';
import { $planProgress } from './plan-progress.ts';
import { $selfcheck } from './selfcheck.ts';
import { $rectify } from './rectify.ts';

/** A domain and the store holding this browser's data for it. */
export interface ArchiveEntry<T = unknown> {
  /** How the data is validated, merged and summarised. */
  domain: ArchiveDomain<T>;
  /** Where this browser keeps it (key `lxyz:v1:<domain.key>`). */
  store: WritableAtom<T>;
}

/** Pairs a domain with its store, checking at compile time that both hold the same type. */
function entry<T>(domain: ArchiveDomain<T>, store: WritableAtom<T>): ArchiveEntry {
  return { domain, store } as unknown as ArchiveEntry;
}

/** Every domain the site exports and imports, in the order summaries list them. */
export const ARCHIVE_ENTRIES: readonly ArchiveEntry[] = [
  entry(readingDomain, $reading),
  entry(quizDomain, $quiz),
  entry(notesDomain, $notes),
  entry(activityDomain, $activity),
  entry(planDomain, $planProgress),
  entry(selfcheckDomain, $selfcheck),
  entry(rectifyDomain, $rectify),
  entry(settingsDomain, $settings),
  entry(profileDomain, $profile),
];

/** The domains alone, for reading files. */
export const ARCHIVE_DOMAINS: readonly ArchiveDomain<unknown>[] = ARCHIVE_ENTRIES.map((e) => e.domain);
