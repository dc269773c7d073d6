/**
 * 学习计划 ticks in the 学习档案: tasks done, the 七一 checklist and the 三带头 duties, merged by
 * `mergePlanProgress` (union; a tick on both sides keeps its earlier time).
 */
import type { ArchiveDomain } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { planProgressSchema, type PlanProgress } from '../../../schemas/plan-progress.ts';
import { EMPTY_PLAN_PROGRESS, diffPlanProgress, mergePlanProgress } from '../../plan/progress.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';

const t = translator(archiveStrings);

/** The stored format; must match `PLAN_PROGRESS_FORMAT` in src/stores/plan-progress.ts (a unit test checks it). */
export const PLAN_ARCHIVE_FORMAT: VersionedFormat<PlanProgress> = { version: 1, schema: planProgressSchema };

/** Plan ticks as an archive domain. */
export const planDomain: ArchiveDomain<PlanProgress> = {
  key: 'plan',
  label: t('archive.transfer.domain.plan'),
  format: PLAN_ARCHIVE_FORMAT,
  empty: EMPTY_PLAN_PROGRESS,
  merge: mergePlanProgress,
  diff: diffPlanProgress,
};
