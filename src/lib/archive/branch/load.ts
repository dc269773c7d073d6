/**
 * Reading many members' 学习档案 files at once for the 支部汇总. Each file is checked on its own
 * by the same parser a member's import uses: a bad file is listed with its name and the reason,
 * and never stops the others. When one member (same name and role) handed in several files, the
 * one exported last is used and the others are listed as replaced, so a member who exports again
 * to catch up is counted once, with their latest record.
 *
 * A file dated after today (Beijing) — a phone with a wrong clock, or an edited file — is flagged
 * and never beats a member's file dated today or earlier; it counts only when it is the member's
 * only file, and then it is still listed so the secretary can ask about it.
 */
import type { ParseResult } from '../archive-file.ts';
import { beijingDay } from '../../dates.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { memberFacts, type MemberFacts } from './facts.ts';

const t = translator(archiveStrings);

/** A file the secretary picked, already read as text. */
export interface MemberFileInput {
  /** The file's name, shown when it is rejected or replaced. */
  name: string;
  /** Its contents. */
  text: string;
  /** Its size in bytes (the parser refuses files over its limit before reading them). */
  size: number;
}

/** Reads one file; `parseArchive` with the site's domains, or a fake in tests. */
export type ParseArchiveFn = (text: string, size: number) => Promise<ParseResult>;

/** One member's archive that passed every check. */
export interface LoadedMember {
  /** Identity used to find duplicates: the name (NFC) and the role id. */
  key: string;
  /** The file it came from. */
  file: string;
  /** The member's name as they entered it. */
  name: string;
  /** The role id they chose on the site, if any. */
  role?: string;
  /** When the file was exported (ISO instant). */
  exportedAt: string;
  /**
   * What the summary needs from the file, taken out once when it is read: a few numbers and
   * dates per domain instead of every answer, so 200 members fit in memory and changing the
   * period is instant.
   */
  facts: MemberFacts;
  /** Exported on a Beijing day after the day the files were read: its date cannot be right. */
  futureDated?: boolean;
}

/** A file that could not be used, and why (in Chinese). */
export interface RejectedFile {
  file: string;
  reason: string;
}

/** A member's older file, set aside for a newer one. */
export interface ReplacedFile {
  /** The older file's name. */
  file: string;
  /** Whose it is. */
  name: string;
  role?: string;
  /** When the older file was exported. */
  exportedAt: string;
  /** The file used instead, and when it was exported. */
  keptFile: string;
  keptExportedAt: string;
}

/** A file dated after today, flagged for the secretary. */
export interface FutureFile {
  file: string;
  name: string;
  /** The impossible export time the file claims. */
  exportedAt: string;
  /** Whether it is counted (the member's only file) or was set aside for a genuinely dated one. */
  used: boolean;
}

/** Everything read so far: members (one per person), rejected, replaced and future-dated files. */
export interface LoadResult {
  members: LoadedMember[];
  rejected: RejectedFile[];
  replaced: ReplacedFile[];
  future: FutureFile[];
}

/** Nothing read yet. */
export const EMPTY_LOAD: LoadResult = { members: [], rejected: [], replaced: [], future: [] };

/** Whether `a` should be used rather than `b`: a genuinely dated file first, then the one exported last. */
function preferred(a: LoadedMember, b: LoadedMember): boolean {
  if (Boolean(a.futureDated) !== Boolean(b.futureDated)) return !a.futureDated;
  return Date.parse(a.exportedAt) > Date.parse(b.exportedAt);
}

/** The duplicate key of a member: same name (Unicode-normalised) and same role. */
export function memberKey(name: string, role: string | undefined): string {
  return `${name.normalize('NFC')}\u0000${role ?? ''}`;
}

/**
 * Adds one accepted member to `result` (mutating it): a newer file of the same member takes the
 * older one's place in the list (so the order stays the order files were first picked); an
 * older or equally old file is listed as replaced.
 */
function addMember(result: LoadResult, index: Map<string, number>, member: LoadedMember): void {
  const at = index.get(member.key);
  if (at === undefined) {
    index.set(member.key, result.members.length);
    result.members.push(member);
    return;
  }
  const current = result.members[at]!;
  const newer = preferred(member, current);
  const [kept, old] = newer ? [member, current] : [current, member];
  if (newer) result.members[at] = member;
  const replaced: ReplacedFile = { file: old.file, name: old.name, exportedAt: old.exportedAt, keptFile: kept.file, keptExportedAt: kept.exportedAt };
  if (old.role !== undefined) replaced.role = old.role;
  result.replaced.push(replaced);
}

/** One file after its check: the member it holds, or why it was rejected. */
export type CheckedFile = { ok: true; member: LoadedMember } | { ok: false; rejected: RejectedFile };

/**
 * Checks one file with `parse` and takes out the summary's facts. Never throws: a parser failure
 * rejects the file. Runs in a worker on the page (many files at once), or on the main thread.
 */
export async function checkMemberFile(file: MemberFileInput, parse: ParseArchiveFn): Promise<CheckedFile> {
  let parsed: ParseResult;
  try {
    parsed = await parse(file.text, file.size);
  } catch {
    parsed = { ok: false, reason: t('archive.branch.files.readFailed') };
  }
  if (!parsed.ok) return { ok: false, rejected: { file: file.name, reason: parsed.reason } };
  const { archive } = parsed;
  const member: LoadedMember = {
    key: memberKey(archive.member.name, archive.member.role),
    file: file.name,
    name: archive.member.name,
    exportedAt: archive.exportedAt,
    // Domains the parser skipped (not known to this site yet) are read from the raw data.
    facts: memberFacts(parsed.decoded, Object.fromEntries(parsed.skipped.map((key) => [key, archive.data[key]]))),
  };
  if (archive.member.role !== undefined) member.role = archive.member.role;
  return { ok: true, member };
}

/**
 * Adds checked files, in the order given, to what was read before: members (one per person,
 * the newest genuinely dated file kept), rejected files, replaced duplicates and files dated
 * after `today` (a Beijing day, `YYYY-MM-DD`). `into` is not changed.
 */
export function addCheckedFiles(into: LoadResult, checked: readonly CheckedFile[], today: string = beijingDay(new Date())): LoadResult {
  const result: LoadResult = { members: [...into.members], rejected: [...into.rejected], replaced: [...into.replaced], future: [...into.future] };
  const index = new Map(result.members.map((m, i) => [m.key, i]));
  for (const c of checked) {
    if (!c.ok) {
      result.rejected.push(c.rejected);
      continue;
    }
    const futureDated = beijingDay(new Date(c.member.exportedAt)) > today;
    if (futureDated) result.future.push({ file: c.member.file, name: c.member.name, exportedAt: c.member.exportedAt, used: false });
    addMember(result, index, futureDated ? { ...c.member, futureDated } : c.member);
  }
  // A later, genuinely dated file of the same member may have displaced one counted before.
  const used = new Set(result.members.map((m) => m.file));
  result.future = result.future.map((f) => ({ ...f, used: used.has(f.file) }));
  return result;
}

/** Options for {@link loadMemberFiles}. */
export interface LoadOptions {
  /** Files read before (picked earlier): new files are added to them, duplicates resolved across both. */
  into?: LoadResult;
  /** Called after each file with how many are done; may return a promise, which is waited for. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** The Beijing day the files are read on (default: now); files dated later are flagged. */
  today?: string;
}

/**
 * Checks every file with `parse`, one after another, and returns the members, the rejected files
 * (name and reason) and the older duplicates. Never throws. `into` is not changed; a new result
 * is returned.
 */
export async function loadMemberFiles(files: readonly MemberFileInput[], parse: ParseArchiveFn, options: LoadOptions = {}): Promise<LoadResult> {
  const checked: CheckedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    checked.push(await checkMemberFile(files[i]!, parse));
    await options.onProgress?.(i + 1, files.length);
  }
  return addCheckedFiles(options.into ?? EMPTY_LOAD, checked, options.today);
}
