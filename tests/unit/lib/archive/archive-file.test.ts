import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  MAX_ARCHIVE_BYTES,
  archiveFileName,
  buildArchive,
  checksumOf,
  memberNameProblem,
  parseArchive,
  upgradeEnvelope,
  type ArchiveFile,
} from '../../../../src/lib/archive/archive-file.ts';
import type { ArchiveDomain } from '../../../../src/lib/archive/domain.ts';
import { readingDomain } from '../../../../src/lib/archive/domains/reading.ts';
import { quizDomain, EMPTY_QUIZ_ARCHIVE } from '../../../../src/lib/archive/domains/quiz.ts';
import { settingsDomain } from '../../../../src/lib/archive/domains/settings.ts';

const now = new Date('2026-11-28T02:00:00.000Z');
const DOMAINS = [readingDomain, quizDomain, settingsDomain] as unknown as ArchiveDomain<unknown>[];

const reading = {
  version: 1,
  docs: { plan: { read: ['p-1', 'p-2'], position: 'p-2', visitedAt: '2026-11-27T01:00:00.000Z', learnedAt: '2026-11-27T01:05:00.000Z' } },
  last: 'plan',
};
const quiz = {
  ...EMPTY_QUIZ_ARCHIVE,
  attempts: [{ q: 'plan-001', t: '2026-11-27T02:00:00.000Z', ok: true, m: 'practice' }],
  starred: ['plan-002'],
};

async function sample(): Promise<ArchiveFile> {
  return buildArchive({ name: '张三', role: 'member' }, { reading, quiz, settings: { version: 1, fontStep: 1, theme: 'auto', role: 'member' } }, now);
}

/** A file changed on purpose, with its checksum recomputed, to reach the checks after the checksum. */
async function resealed(change: (file: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse(JSON.stringify(await sample())) as Record<string, unknown>;
  change(file);
  file.checksum = await checksumOf(file);
  return JSON.stringify(file);
}

async function reject(text: string, byteLength = text.length): Promise<string> {
  const result = await parseArchive(text, byteLength, DOMAINS);
  if (result.ok) throw new Error('expected a rejection');
  return result.reason;
}

describe('buildArchive and checksumOf', () => {
  it('writes format, version, export time, member, data and a sha256 checksum', async () => {
    const file = await sample();
    expect(file).toMatchObject({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: now.toISOString(), member: { name: '张三', role: 'member' } });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await checksumOf(file)).toBe(file.checksum);
  });

  it('the checksum ignores key order and covers every other field', async () => {
    const file = await sample();
    const reordered = JSON.parse(JSON.stringify({ checksum: file.checksum, data: file.data, member: file.member, exportedAt: file.exportedAt, version: file.version, format: file.format }));
    expect(await checksumOf(reordered)).toBe(file.checksum);
    expect(await checksumOf({ ...file, exportedAt: '2026-11-28T02:00:00.001Z' })).not.toBe(file.checksum);
    expect(await checksumOf({ ...file, member: { name: '李四' } })).not.toBe(file.checksum);
  });

  it('trims the name and leaves out a missing role', async () => {
    const file = await buildArchive({ name: '  王五 ' }, {}, now);
    expect(file.member).toEqual({ name: '王五' });
  });
});

describe('archiveFileName', () => {
  it('is 学习档案-<name>-<Beijing day>.json', () => {
    expect(archiveFileName('张三', now)).toBe('学习档案-张三-2026-11-28.json');
    // 17:00 UTC is already the next day in Beijing.
    expect(archiveFileName('张三', new Date('2026-11-28T17:00:00.000Z'))).toBe('学习档案-张三-2026-11-29.json');
  });

  it('makes the name safe for file systems', () => {
    expect(archiveFileName('a/b\\c:d*e?f"g<h>i|j', now)).toBe('学习档案-a_b_c_d_e_f_g_h_i_j-2026-11-28.json');
    expect(archiveFileName(' ..张\n三. ', now)).toBe('学习档案-张 三-2026-11-28.json');
    expect(archiveFileName('   ', now)).toBe('学习档案-未署名-2026-11-28.json');
    expect(archiveFileName('党'.repeat(80), now)).toBe(`学习档案-${'党'.repeat(50)}-2026-11-28.json`);
  });
});

describe('memberNameProblem', () => {
  it('accepts 1–50 characters, counting a CJK character or an emoji as one', () => {
    expect(memberNameProblem('张三')).toBeUndefined();
    expect(memberNameProblem('党'.repeat(50))).toBeUndefined();
    expect(memberNameProblem('🚩'.repeat(50))).toBeUndefined();
    expect(memberNameProblem('党'.repeat(51))).toBe('long');
    expect(memberNameProblem('  ')).toBe('empty');
    expect(memberNameProblem(42)).toBe('type');
  });
});

describe('parseArchive', () => {
  it('reads back what was built, decoding every known domain', async () => {
    const text = JSON.stringify(await sample());
    const result = await parseArchive(text, text.length, DOMAINS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.archive.member).toEqual({ name: '张三', role: 'member' });
    expect(result.decoded).toEqual({ reading, quiz, settings: { version: 1, fontStep: 1, theme: 'auto', role: 'member' } });
    expect(result.skipped).toEqual([]);
  });

  it('reads a pretty-printed file too (the checksum is over the data, not the layout)', async () => {
    const text = JSON.stringify(await sample(), null, 2);
    expect((await parseArchive(text, text.length, DOMAINS)).ok).toBe(true);
  });

  it('lists unknown domains as skipped, and imports only what it knows', async () => {
    const text = await resealed((f) => ((f.data as Record<string, unknown>).future = { version: 7, anything: true }));
    const result = await parseArchive(text, text.length, DOMAINS);
    expect(result.ok && result.skipped).toEqual(['future']);
    expect(result.ok && Object.keys(result.decoded).sort()).toEqual(['quiz', 'reading', 'settings']);
  });

  it('keeps HTML in the member name as plain text (it is rendered as text)', async () => {
    const text = await resealed((f) => ((f.member as Record<string, unknown>).name = '<img src=x onerror=alert(1)>'));
    const result = await parseArchive(text, text.length, DOMAINS);
    expect(result.ok && result.archive.member.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects a file over 5 MB before reading it', async () => {
    expect(await reject('{}', MAX_ARCHIVE_BYTES + 1)).toBe('文件有 5.0 MB，超过 5 MB 的上限。');
    expect(await reject('not even looked at', 12 * 1024 * 1024)).toContain('12.0 MB');
  });

  it('rejects text that is not JSON', async () => {
    expect(await reject('{"format": "lxyz-archive",')).toBe('文件不是有效的 JSON，可能已损坏，或者不是学习档案。');
    expect(await reject('')).toContain('不是有效的 JSON');
  });

  it('rejects JSON that is not an archive', async () => {
    for (const text of ['[]', 'null', '"学习档案"', '{"format":"other","version":1}', '{"version":1}']) {
      expect(await reject(text), text).toBe('这不是本站导出的学习档案（格式标识不对）。');
    }
  });

  it('rejects a missing or malformed version', async () => {
    for (const version of [undefined, 0, 1.5, '1', null]) {
      const text = await resealed((f) => (f.version = version));
      expect(await reject(text), String(version)).toBe('文件缺少格式版本号。');
    }
  });

  it('rejects a newer unknown version without trying to read it', async () => {
    const text = await resealed((f) => (f.version = 2));
    expect(await reject(text)).toBe('文件由更新版本的网站导出（格式版本 2），本站只能读取到版本 1，请先更新网站。');
  });

  it('rejects a missing or wrong checksum', async () => {
    const file = await sample();
    const { checksum: _c, ...bare } = file;
    expect(await reject(JSON.stringify(bare))).toBe('文件缺少校验码。');
    expect(await reject(JSON.stringify({ ...file, checksum: 'md5:abc' }))).toBe('文件缺少校验码。');
    // One character of the data changed, as a damaged copy would.
    const damaged = JSON.stringify(file).replace('"p-2"', '"p-3"');
    expect(await reject(damaged)).toBe('校验码不符：文件在保存或传输中被改动或损坏了。');
  });

  it('rejects a bad export time', async () => {
    expect(await reject(await resealed((f) => (f.exportedAt = 'yesterday')))).toBe('文件的导出时间无效。');
    expect(await reject(await resealed((f) => (f.exportedAt = 12)))).toBe('文件的导出时间无效。');
  });

  it('rejects a missing member or a bad name or role', async () => {
    expect(await reject(await resealed((f) => delete f.member))).toBe('文件缺少成员信息。');
    expect(await reject(await resealed((f) => (f.member = '张三')))).toBe('文件缺少成员信息。');
    expect(await reject(await resealed((f) => (f.member = { name: 7 })))).toBe('文件中的姓名不是文字。');
    expect(await reject(await resealed((f) => (f.member = {})))).toBe('文件中的姓名不是文字。');
    expect(await reject(await resealed((f) => (f.member = { name: ' ' })))).toBe('文件中的姓名是空的。');
    expect(await reject(await resealed((f) => (f.member = { name: '党'.repeat(51) })))).toBe('文件中的姓名超过 50 个字。');
    expect(await reject(await resealed((f) => (f.member = { name: '张三', role: ['member'] })))).toBe('文件中的角色不是 50 字以内的文字。');
  });

  it('rejects missing data', async () => {
    expect(await reject(await resealed((f) => delete f.data))).toBe('文件缺少学习数据。');
    expect(await reject(await resealed((f) => (f.data = [])))).toBe('文件缺少学习数据。');
  });

  it('rejects a domain with fields of the wrong type, naming the domain and the field', async () => {
    const text = await resealed((f) => (((f.data as { reading: typeof reading }).reading.docs.plan as unknown as { read: unknown }).read = 'p-1'));
    expect(await reject(text)).toBe('“阅读进度”的数据不合要求：字段 docs.plan.read 不合要求。');
    const quizBad = await resealed((f) => ((f.data as { quiz: { attempts: unknown[] } }).quiz.attempts = [{ q: 'x', t: 'soon', ok: true, m: 'practice' }]));
    expect(await reject(quizBad)).toBe('“学习测试记录”的数据不合要求：字段 attempts.0.t 不合要求。');
  });

  it('rejects a domain written by a newer site, or without a version', async () => {
    expect(await reject(await resealed((f) => ((f.data as { quiz: { version: number } }).quiz.version = 3)))).toBe(
      '“学习测试记录”的数据不合要求：版本 3 比本站支持的版本 1 新。',
    );
    expect(await reject(await resealed((f) => ((f.data as Record<string, unknown>).settings = { fontStep: 1, theme: 'auto' })))).toBe(
      '“角色”的数据不合要求：缺少版本号。',
    );
  });
});

// ── migrations: a domain at version 2 whose files may still hold version 1 (a test fixture) ──
const memoV2 = z.object({ version: z.literal(2), items: z.array(z.object({ text: z.string(), tags: z.array(z.string()) })) });
type MemoV2 = z.infer<typeof memoV2>;
const memoDomain: ArchiveDomain<MemoV2> = {
  key: 'memo',
  label: '测试备忘',
  format: {
    version: 2,
    schema: memoV2,
    // Version 1 had no tags.
    migrations: { 1: (old) => ({ ...old, items: (old.items as { text: string }[]).map((i) => ({ ...i, tags: [] })) }) },
  },
  empty: { version: 2, items: [] },
  merge: (a, b) => ({ version: 2, items: [...a.items, ...b.items] }),
  diff: (_a, b) => ({ added: b.items.length, changed: 0 }),
};

describe('older versions', () => {
  it('a domain written at an older version imports through its migrations', async () => {
    const file = await buildArchive({ name: '张三' }, { memo: { version: 1, items: [{ text: '学党章' }] } }, now);
    const text = JSON.stringify(file);
    const result = await parseArchive(text, text.length, [memoDomain as ArchiveDomain<unknown>]);
    expect(result.ok && result.decoded.memo).toEqual({ version: 2, items: [{ text: '学党章', tags: [] }] });
  });

  it('an older domain without a migration step is rejected, not guessed', async () => {
    const noStep = { ...memoDomain, format: { version: 2, schema: memoV2 } } as ArchiveDomain<unknown>;
    const file = await buildArchive({ name: '张三' }, { memo: { version: 1, items: [] } }, now);
    const text = JSON.stringify(file);
    const result = await parseArchive(text, text.length, [noStep]);
    expect(!result.ok && result.reason).toBe('“测试备忘”的数据不合要求：无法从版本 1 升级。');
  });

  it('an envelope at an older version is upgraded step by step after its checksum is checked', async () => {
    const v2 = { version: 2, migrations: { 1: (old: Record<string, unknown>) => ({ ...old, member: { ...(old.member as object), role: 'member' } }) } };
    const text = JSON.stringify(await buildArchive({ name: '张三' }, { reading }, now));
    const result = await parseArchive(text, text.length, DOMAINS, v2);
    expect(result.ok && result.archive.version).toBe(2);
    expect(result.ok && result.archive.member).toEqual({ name: '张三', role: 'member' });
    expect(result.ok && result.decoded.reading).toEqual(reading);
  });

  it('a missing or failing envelope step is a clear rejection', async () => {
    const text = JSON.stringify(await buildArchive({ name: '张三' }, {}, now));
    expect(await parseArchive(text, text.length, DOMAINS, { version: 2, migrations: {} })).toEqual({ ok: false, reason: '无法把文件从格式版本 1 升级。' });
    const throwing = { version: 2, migrations: { 1: () => { throw new Error('bad'); } } };
    expect(upgradeEnvelope({ version: 1 }, throwing)).toEqual({ ok: false, reason: '无法把文件从格式版本 1 升级。' });
    expect(upgradeEnvelope({ version: 1, a: 1 })).toEqual({ ok: true, record: { version: 1, a: 1 } });
  });
});
