// Small builders shared by the 支部汇总 unit tests.
import type { ArchiveFile, ParseResult } from '../../../../../src/lib/archive/archive-file.ts';
import type { LoadedMember } from '../../../../../src/lib/archive/branch/load.ts';
import { memberFacts } from '../../../../../src/lib/archive/branch/facts.ts';
import { memberKey } from '../../../../../src/lib/archive/branch/load.ts';

/** The text of a fake file the fake parser understands. */
export function fakeFile(name: string, member: { name: string; role?: string }, exportedAt: string, decoded: Record<string, unknown> = {}, skipped: Record<string, unknown> = {}) {
  const text = JSON.stringify({ member, exportedAt, decoded, skipped });
  return { name, text, size: text.length };
}

/** Parses what {@link fakeFile} wrote; `bad:<reason>` texts are rejected with the reason; `throw` throws. */
export async function fakeParse(text: string): Promise<ParseResult> {
  if (text.startsWith('bad:')) return { ok: false, reason: text.slice(4) };
  if (text === 'throw') throw new Error('boom');
  const { member, exportedAt, decoded, skipped } = JSON.parse(text) as { member: ArchiveFile['member']; exportedAt: string; decoded: Record<string, unknown>; skipped: Record<string, unknown> };
  const archive: ArchiveFile = { format: 'lxyz-archive', version: 1, exportedAt, member, data: { ...decoded, ...skipped }, checksum: 'sha256:x' };
  return { ok: true, archive, decoded, skipped: Object.keys(skipped) };
}

/** A loaded member straight from domain values. */
export function member(name: string, decoded: Record<string, unknown>, options: { role?: string; exportedAt?: string; raw?: Record<string, unknown>; file?: string } = {}): LoadedMember {
  const m: LoadedMember = {
    key: memberKey(name, options.role),
    file: options.file ?? `学习档案-${name}.json`,
    name,
    exportedAt: options.exportedAt ?? '2026-07-01T02:00:00.000Z',
    facts: memberFacts(decoded, options.raw ?? {}),
  };
  if (options.role !== undefined) m.role = options.role;
  return m;
}
