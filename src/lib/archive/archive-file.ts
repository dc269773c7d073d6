/**
 * The 学习档案 file: one JSON document with a format tag, a version, the member's name and role,
 * every domain's stored value (each with its own version) and a checksum. Building it and reading
 * it back are pure; the stores decide where the data comes from and where it goes.
 *
 * Reading an untrusted file never throws and never half-accepts: either every known domain
 * decodes through its own migrations and schema, or the file is rejected with one Chinese reason.
 */
import { beijingDay } from '../dates.ts';
import { decodeVersioned, type Migration } from '../versioned.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import siteStrings from 'virtual:zh-CN/site';
import { canonicalJson } from './canonical-json.ts';
import type { ArchiveDomain } from './domain.ts';
import { sha256Hex } from './sha256.ts';

const t = translator({ ...archiveStrings, ...siteStrings });

/** Tag in every archive file, so other JSON files are recognised as not ours. */
export const ARCHIVE_FORMAT = 'lxyz-archive' as const;
/** Envelope version written today. Version 1 is the first; see {@link ARCHIVE_MIGRATIONS}. */
export const ARCHIVE_VERSION = 1;
/** Largest file accepted: far above a year of heavy use, small enough to read on an old phone. */
export const MAX_ARCHIVE_BYTES = 5 * 1024 * 1024;
/** Longest member name, in characters. */
export const MAX_NAME_LENGTH = 50;
/** Prefix of the checksum field, naming the algorithm so a later one can be told apart. */
export const CHECKSUM_PREFIX = 'sha256:';

/**
 * Steps that upgrade an older envelope: `ARCHIVE_MIGRATIONS[n]` turns version n into n + 1.
 * Empty while version 1 is the only one; when `ARCHIVE_VERSION` becomes 2, add `1: (old) => …`
 * here (domain data is not touched: each domain migrates itself through its own format).
 */
export const ARCHIVE_MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The envelope's version and upgrade steps; parameter of {@link parseArchive} so tests can try a newer one. */
export interface EnvelopeFormat {
  /** Version written today. */
  version: number;
  /** `migrations[n]` turns version n into n + 1. */
  migrations: Readonly<Record<number, Migration>>;
}

/** The envelope this site reads and writes. */
export const ARCHIVE_ENVELOPE: EnvelopeFormat = { version: ARCHIVE_VERSION, migrations: ARCHIVE_MIGRATIONS };

/** Who the archive belongs to, as the member entered it. */
export interface ArchiveMember {
  /** The member's name, 1–50 characters. */
  name: string;
  /** Id of the role chosen on the site (`site.config.ts`), when one was chosen. */
  role?: string;
}

/** An exported 学习档案. */
export interface ArchiveFile {
  /** Always {@link ARCHIVE_FORMAT}. */
  format: typeof ARCHIVE_FORMAT;
  /** Envelope version ({@link ARCHIVE_VERSION} when written by this site). */
  version: number;
  /** When it was exported (ISO instant). */
  exportedAt: string;
  /** Whose record it is. */
  member: ArchiveMember;
  /** Each domain's stored value (with its own `version`), by domain key. */
  data: Record<string, unknown>;
  /** `sha256:<hex>` over the canonical JSON of every other field; detects accidental damage only. */
  checksum: string;
}

/** What reading a file gives: the archive and each known domain's decoded value, or why not. */
export type ParseResult =
  | {
      ok: true;
      /** The file as read (after any envelope upgrade). */
      archive: ArchiveFile;
      /** Decoded, migrated and validated value of every known domain present in the file, by key. */
      decoded: Record<string, unknown>;
      /** Domain keys in the file that this site does not know: kept in the file, not imported. */
      skipped: string[];
    }
  | { ok: false; reason: string };

/** Characters counted as a person reads them (a CJK character or an emoji is one). */
function charCount(text: string): number {
  return [...text].length;
}

/**
 * Why a name cannot go into an archive, or undefined when it can. The name is trimmed first;
 * the same rule applies when exporting and when reading a file.
 */
export function memberNameProblem(name: unknown): 'type' | 'empty' | 'long' | undefined {
  if (typeof name !== 'string') return 'type';
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (charCount(trimmed) > MAX_NAME_LENGTH) return 'long';
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The checksum of an archive: SHA-256 over the canonical JSON of every field except `checksum`. */
export async function checksumOf(archive: object): Promise<string> {
  const { checksum: _ignored, ...rest } = archive as Readonly<Record<string, unknown>>;
  return CHECKSUM_PREFIX + (await sha256Hex(canonicalJson(rest)));
}

/** Builds the archive for `member` from each domain's stored value (`data`, by domain key). */
export async function buildArchive(member: ArchiveMember, data: Record<string, unknown>, now: Date): Promise<ArchiveFile> {
  const who: ArchiveMember = member.role ? { name: member.name.trim(), role: member.role } : { name: member.name.trim() };
  const body = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: now.toISOString(), member: who, data };
  return { ...body, checksum: await checksumOf(body) };
}

/**
 * The file name `学习档案-<姓名>-<YYYY-MM-DD>.json`, the day in Beijing time. Characters that
 * Windows, macOS or Android refuse in file names become `_`; an unusable name becomes 未署名.
 */
export function archiveFileName(name: string, now: Date): string {
  // Line breaks and tabs become spaces first; other control characters are not allowed.
  const safe = [...name.normalize('NFC').replace(/\s+/g, ' ')]
    .map((ch) => (/[\\/:*?"<>|\p{Cc}\p{Cf}]/u.test(ch) ? '_' : ch))
    .join('')
    .trim()
    // A leading dot hides the file on macOS and Linux; trailing dots and spaces vanish on Windows.
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  const short = [...safe].slice(0, MAX_NAME_LENGTH).join('');
  return `学习档案-${short || '未署名'}-${beijingDay(now)}.json`;
}

/** Size in MB with one decimal, for messages. */
function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Upgrades an envelope record to `envelope.version` step by step. The version must already be
 * known to be a whole number no newer than the target.
 */
export function upgradeEnvelope(
  record: Record<string, unknown>,
  envelope: EnvelopeFormat = ARCHIVE_ENVELOPE,
): { ok: true; record: Record<string, unknown> } | { ok: false; reason: string } {
  let current = record;
  for (let v = current.version as number; v < envelope.version; v++) {
    const step = envelope.migrations[v];
    if (!step) return { ok: false, reason: t('archive.transfer.reason.upgrade', { version: v }) };
    try {
      current = { ...step(current), version: v + 1 };
    } catch {
      return { ok: false, reason: t('archive.transfer.reason.upgrade', { version: v }) };
    }
  }
  return { ok: true, record: current };
}

/**
 * Reads an archive file. Checks, in order: size, JSON, format tag, version, checksum (over the
 * file as written, before any upgrade), envelope upgrade, export time, member, and every known
 * domain through `decodeVersioned` (its migrations, then its schema). The first failure rejects
 * the whole file, naming the domain and field, so a member never gets half an import.
 *
 * @param text the file's text
 * @param byteLength the file's size in bytes (checked before anything else)
 * @param domains the domains this site knows; others in the file are listed in `skipped`
 * @param envelope the envelope format (tests pass a newer one to exercise upgrades)
 */
export async function parseArchive(
  text: string,
  byteLength: number,
  domains: readonly ArchiveDomain<unknown>[],
  envelope: EnvelopeFormat = ARCHIVE_ENVELOPE,
): Promise<ParseResult> {
  const fail = (reason: string): ParseResult => ({ ok: false, reason });
  if (byteLength > MAX_ARCHIVE_BYTES) return fail(t('archive.transfer.reason.tooBig', { size: megabytes(byteLength) }));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(t('archive.transfer.reason.notJson'));
  }
  if (!isRecord(parsed) || parsed.format !== ARCHIVE_FORMAT) return fail(t('archive.transfer.reason.notArchive'));
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(t('archive.transfer.reason.noVersion'));
  if (version > envelope.version) {
    // Written by a newer site: reading it would drop what we do not understand.
    return fail(t('archive.transfer.reason.newer', { version, supported: envelope.version }));
  }
  if (typeof parsed.checksum !== 'string' || !parsed.checksum.startsWith(CHECKSUM_PREFIX)) return fail(t('archive.transfer.reason.noChecksum'));
  if ((await checksumOf(parsed)) !== parsed.checksum) return fail(t('archive.transfer.reason.checksum'));

  const upgraded = upgradeEnvelope(parsed, envelope);
  if (!upgraded.ok) return upgraded;
  const record = upgraded.record;

  const exportedAt = record.exportedAt;
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) return fail(t('archive.transfer.reason.exportedAt'));
  const member = record.member;
  if (!isRecord(member)) return fail(t('archive.transfer.reason.member'));
  const nameProblem = memberNameProblem(member.name);
  if (nameProblem === 'type') return fail(t('archive.transfer.reason.nameType'));
  if (nameProblem === 'empty') return fail(t('archive.transfer.reason.nameEmpty'));
  if (nameProblem === 'long') return fail(t('archive.transfer.reason.nameLong'));
  const role = member.role;
  if (role !== undefined && (typeof role !== 'string' || charCount(role) > MAX_NAME_LENGTH)) return fail(t('archive.transfer.reason.role'));
  const data = record.data;
  if (!isRecord(data)) return fail(t('archive.transfer.reason.data'));

  const decoded: [string, unknown][] = [];
  for (const domain of domains) {
    if (!Object.hasOwn(data, domain.key)) continue;
    // Same path as a value read from storage: versions, migrations, schema.
    const result = decodeVersioned(JSON.stringify(data[domain.key]) ?? 'null', domain.format);
    if (!result.ok) return fail(t('archive.transfer.reason.domain', { label: domain.label, reason: result.reason }));
    decoded.push([domain.key, result.value]);
  }
  const known = new Set(domains.map((d) => d.key));
  const archive: ArchiveFile = {
    format: ARCHIVE_FORMAT,
    version: record.version as number,
    exportedAt,
    member: typeof role === 'string' ? { name: (member.name as string).trim(), role } : { name: (member.name as string).trim() },
    data,
    checksum: parsed.checksum,
  };
  return {
    ok: true,
    archive,
    // fromEntries defines own properties, so a key such as `__proto__` stays plain data.
    decoded: Object.fromEntries(decoded),
    skipped: Object.keys(data).filter((key) => !known.has(key)),
  };
}
