import './engine.ts';
import { branchSettingsSchema, type BranchSettings } from '../schemas/branch.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { NOTICE_TEMPLATE_MAX, NOTICE_TITLE_MAX } from '../lib/archive/branch/notice.ts';
import { NO_THRESHOLDS, type Thresholds } from '../lib/archive/branch/thresholds.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

/** Stored format of the 支部汇总 settings; version 1 is the first. */
export const BRANCH_FORMAT: VersionedFormat<BranchSettings> = { version: 1, schema: branchSettingsSchema };

/** `lxyz:v1:branch`. */
export const BRANCH_KEY = storageKey('branch');

/** No standards, default 通报 text. */
export const EMPTY_BRANCH: BranchSettings = { version: 1, thresholds: { ...NO_THRESHOLDS } };

/**
 * The secretary's standards and 通报 text, remembered in this browser. The members' files are
 * never stored: they stay in the page's memory only.
 */
export const $branch = versionedAtom<BranchSettings>(BRANCH_KEY, BRANCH_FORMAT, EMPTY_BRANCH);

/** Remembers the standards just applied. */
export function saveThresholds(thresholds: Thresholds): void {
  $branch.set({ ...$branch.get(), thresholds: { ...thresholds } });
}

/**
 * Remembers the 通报 title and paragraph as typed (cut to the stored limits; the form warns
 * first). Empty text means "use the default".
 */
export function saveNoticeText(text: { title?: string; template?: string }): void {
  const next: BranchSettings = { ...$branch.get() };
  if (text.title !== undefined) {
    if (text.title.trim()) next.title = text.title.slice(0, NOTICE_TITLE_MAX);
    else delete next.title;
  }
  if (text.template !== undefined) {
    if (text.template.trim()) next.template = text.template.slice(0, NOTICE_TEMPLATE_MAX);
    else delete next.template;
  }
  $branch.set(next);
}

/** Goes back to the default 通报 title and paragraph. */
export function resetNoticeText(): void {
  const { title: _title, template: _template, ...rest } = $branch.get();
  $branch.set(rest);
}
