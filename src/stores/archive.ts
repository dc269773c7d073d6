/**
 * 学习档案 export, import and restore: the actions behind the archive transfer island. Export
 * reads every registered store; import previews first (changing nothing), then backs everything
 * up, then merges; a backup puts every domain back in one step, and is itself undoable.
 */
import './engine.ts';
import { archiveFileName, buildArchive, MAX_ARCHIVE_BYTES, memberNameProblem, parseArchive, type ArchiveFile } from '../lib/archive/archive-file.ts';
import { sameJson } from '../lib/archive/canonical-json.ts';
import { decodeVersioned } from '../lib/versioned.ts';
import { readSnapshot, storage, takeSnapshot } from './archive-snapshots.ts';
import { translator } from '../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { ARCHIVE_DOMAINS, ARCHIVE_ENTRIES, type ArchiveEntry } from './archive-registry.ts';
import { $profile, rememberName } from './profile.ts';
import { isOwnArchive } from '../lib/archive/owner.ts';
import { $settings } from './settings.ts';

const t = translator(archiveStrings);

/** A failed action, with a Chinese reason for the member; nothing was changed. */
export interface Failure {
  ok: false;
  reason: string;
}

/** An export ready to download. */
export interface ExportResult {
  ok: true;
  /** The archive as built. */
  archive: ArchiveFile;
  /** `学习档案-<姓名>-<日期>.json`. */
  fileName: string;
  /** The file's contents. */
  json: string;
}

/**
 * Builds the member's 学习档案 from every registered store and remembers the name for next time.
 * The name must be 1–50 characters; a file too large to import again is refused.
 */
export async function exportArchive(name: string, now = new Date()): Promise<ExportResult | Failure> {
  const problem = memberNameProblem(name);
  if (problem) return { ok: false, reason: t(problem === 'long' ? 'archive.transfer.export.nameLong' : 'archive.transfer.export.nameEmpty') };
  // First, so the profile in the file carries the name it is exported under.
  rememberName(name);
  const data = Object.fromEntries(ARCHIVE_ENTRIES.map(({ domain, store }) => [domain.key, store.get()]));
  const role = $settings.get().role;
  const archive = await buildArchive(role ? { name, role } : { name }, data, now);
  const json = JSON.stringify(archive);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_ARCHIVE_BYTES) {
    return { ok: false, reason: t('archive.transfer.export.tooBig', { size: (bytes / (1024 * 1024)).toFixed(1) }) };
  }
  return { ok: true, archive, fileName: archiveFileName(archive.member.name, now), json };
}

/** What importing a file would do to one domain. */
export interface DomainPreview {
  /** Domain key. */
  key: string;
  /** Chinese name for the summary. */
  label: string;
  /** Whether the file has data for this domain at all. */
  inFile: boolean;
  /** Items the file would add. */
  added: number;
  /** Items the file would change. */
  changed: number;
  /** Items the file has that were deleted since and stay deleted (已删除，不恢复). */
  stayDeleted: number;
}

/** A file that passed every check, and what importing it would do. Nothing has changed yet. */
export interface ImportPreview {
  /** The archive as read. */
  archive: ArchiveFile;
  /** Each known domain's decoded value from the file. */
  decoded: Record<string, unknown>;
  /** Domain keys in the file this site does not know; they are not imported. */
  skipped: string[];
  /** Per registered domain, in registry order. */
  domains: DomainPreview[];
  /**
   * Whether the file is this browser's member's own (same name and role, or no name here yet).
   * When not, the member must choose between only viewing it and confirming it is theirs.
   */
  own: boolean;
  /** The name this browser knows its member by, if any, for the warning. */
  hereName?: string;
}

/** The file the member picked (a `File`, or anything with its size and text). */
export interface ArchiveSource {
  /** Size in bytes. */
  size: number;
  /** Reads the contents as UTF-8 text. */
  text(): Promise<string>;
}

/**
 * Reads and checks a file and works out what importing it would add and change, per domain.
 * Changes nothing. A file over the size limit is refused before it is read.
 */
export async function previewImport(file: ArchiveSource): Promise<{ ok: true; preview: ImportPreview } | Failure> {
  if (file.size > MAX_ARCHIVE_BYTES) {
    // parseArchive rejects on size before looking at the text, so the file is never read.
    const tooBig = await parseArchive('', file.size, ARCHIVE_DOMAINS);
    if (!tooBig.ok) return tooBig;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: t('archive.transfer.reason.read') };
  }
  const parsed = await parseArchive(text, file.size, ARCHIVE_DOMAINS);
  if (!parsed.ok) return parsed;
  const domains = ARCHIVE_ENTRIES.map(({ domain, store }): DomainPreview => {
    const inFile = Object.hasOwn(parsed.decoded, domain.key);
    const diff = inFile ? domain.diff(store.get(), parsed.decoded[domain.key]) : { added: 0, changed: 0 };
    return { key: domain.key, label: domain.label, inFile, added: diff.added, changed: diff.changed, stayDeleted: diff.stayDeleted ?? 0 };
  });
  const here = { name: $profile.get().name, role: $settings.get().role };
  const own = isOwnArchive(parsed.archive.member, here);
  const preview: ImportPreview = { archive: parsed.archive, decoded: parsed.decoded, skipped: parsed.skipped, domains, own };
  if (here.name !== undefined) preview.hereName = here.name;
  return { ok: true, preview };
}

/** Sets a store only when the value really differs, so untouched domains are not rewritten. */
function setIfChanged(entry: ArchiveEntry, value: unknown): boolean {
  if (sameJson(entry.store.get(), value)) return false;
  entry.store.set(value);
  return true;
}

/** The result of an import or a restore. */
export interface AppliedResult {
  ok: true;
  /** The backup taken first; restoring it undoes this action. */
  snapshotKey: string;
  /** Keys of the domains whose data changed. */
  changed: string[];
}

/**
 * Imports a previewed file: first backs up every domain (and stops, changing nothing, if that
 * fails), then merges each domain in the file into this browser's current data. The merge uses
 * the data as it is now, not as it was at preview time, so a change made meanwhile is kept.
 */
export function applyImport(preview: ImportPreview, now = new Date()): AppliedResult | Failure {
  const snapshotKey = takeSnapshot('pre-import', now, preview.archive.member.name);
  if (!snapshotKey) return { ok: false, reason: t('archive.transfer.reason.snapshot') };
  const changed: string[] = [];
  for (const entry of ARCHIVE_ENTRIES) {
    const key = entry.domain.key;
    if (!Object.hasOwn(preview.decoded, key)) continue;
    if (setIfChanged(entry, entry.domain.merge(entry.store.get(), preview.decoded[key]))) changed.push(key);
  }
  return { ok: true, snapshotKey, changed };
}

/**
 * Puts every domain back as it was in a backup. Each domain's value is checked through its
 * format (and migrated, if the site has moved on since) before anything changes; then the
 * current state is backed up (so the restore can be undone) and the domains are set. A domain
 * the backup does not hold (added to the site later) is left as it is. The result carries the
 * new backup (restoring it undoes this restore) and when the restored backup was taken.
 */
export function restoreSnapshot(key: string, now = new Date()): (AppliedResult & { takenAt: string }) | Failure {
  const store = storage();
  const snapshot = store ? readSnapshot(store, key) : undefined;
  if (!snapshot) return { ok: false, reason: t('archive.transfer.reason.snapshotMissing') };
  const values: [ArchiveEntry, unknown][] = [];
  for (const entry of ARCHIVE_ENTRIES) {
    if (!Object.hasOwn(snapshot.data, entry.domain.key)) continue;
    const result = decodeVersioned(JSON.stringify(snapshot.data[entry.domain.key]) ?? 'null', entry.domain.format);
    if (!result.ok) {
      return { ok: false, reason: t('archive.transfer.reason.snapshotBad', { reason: `${entry.domain.label}：${result.reason}` }) };
    }
    values.push([entry, result.value]);
  }
  const snapshotKey = takeSnapshot('pre-restore', now);
  if (!snapshotKey) return { ok: false, reason: t('archive.transfer.reason.restoreSnapshot') };
  const changed = values.filter(([entry, value]) => setIfChanged(entry, value)).map(([entry]) => entry.domain.key);
  return { ok: true, snapshotKey, changed, takenAt: snapshot.takenAt };
}
