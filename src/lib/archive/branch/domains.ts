/**
 * The archive domains the 支部汇总 checks members' files with: the same domain objects, in the
 * same order, as the 学习档案 import registers in src/stores/archive-registry.ts, listed here
 * without their stores so the files can be checked in a Web Worker, where stores cannot live.
 * A unit test keeps the two lists equal. (Should a domain ever be missing here, the summary still
 * reads its raw data and checks it against the domain's schema; see facts.ts.)
 */
import type { ArchiveDomain } from '../domain.ts';
import { activityDomain } from '../domains/activity.ts';
import { notesDomain } from '../domains/notes.ts';
import { planDomain } from '../domains/plan.ts';
import { quizDomain } from '../domains/quiz.ts';
import { readingDomain } from '../domains/reading.ts';
import { rectifyDomain } from '../domains/rectify.ts';
import { selfcheckDomain } from '../domains/selfcheck.ts';
import { settingsDomain } from '../domains/settings.ts';
import { profileDomain } from '../domains/profile.ts';

/** Every archive domain a member's file may hold. */
export const BRANCH_DOMAINS: readonly ArchiveDomain<unknown>[] = [
  readingDomain,
  quizDomain,
  notesDomain,
  activityDomain,
  planDomain,
  selfcheckDomain,
  rectifyDomain,
  settingsDomain,
  profileDomain,
] as unknown as ArchiveDomain<unknown>[];
