import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ARCHIVE_BYTES } from '../../../src/lib/archive/archive-file.ts';

const t0 = new Date('2026-11-28T02:00:00.000Z');
const later = (m: number) => new Date(t0.getTime() + m * 60_000);

// Stores read storage when their modules load, so every test loads fresh copies.
async function load() {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  const reading = await import('../../../src/stores/reading.ts');
  const quiz = await import('../../../src/stores/quiz.ts');
  const quizRecord = await import('../../../src/stores/quiz-record.ts');
  const settings = await import('../../../src/stores/settings.ts');
  const profile = await import('../../../src/stores/profile.ts');
  const registry = await import('../../../src/stores/archive-registry.ts');
  const archive = await import('../../../src/stores/archive.ts');
  const snapshots = await import('../../../src/stores/archive-snapshots.ts');
  return { ...engine, ...reading, ...quiz, ...quizRecord, ...settings, ...profile, ...registry, ...archive, ...snapshots };
}

/** Some activity: a document learned, a question answered wrong, one starred, a role chosen. */
async function withActivity() {
  const s = await load();
  s.markUnitsRead('plan', ['p-1', 'p-2'], t0);
  s.markLearned('plan', true, later(1));
  s.recordAnswer('plan-001', false, 'practice', later(2));
  s.toggleStar('plan-002');
  s.chooseRole('leader');
  s.stepFont(2);
  return s;
}

function file(json: string) {
  const bytes = new TextEncoder().encode(json).length;
  return { size: bytes, text: async () => json };
}

/** Every stored key except backups, parsed, to compare before and after. */
function storedData(): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(localStorage)
      .filter((k) => !k.startsWith('lxyz:backup:'))
      .sort()
      .map((k) => [k, JSON.parse(localStorage.getItem(k) ?? 'null')]),
  );
}

function snapshotKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith('lxyz:backup:pre-'));
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('archive registry', () => {
  it('registers every domain, each with its store’s format and empty state', async () => {
    const s = await load();
    const notes = await import('../../../src/stores/notes.ts');
    const activity = await import('../../../src/stores/activity.ts');
    const plan = await import('../../../src/stores/plan-progress.ts');
    const selfcheck = await import('../../../src/stores/selfcheck.ts');
    const rectify = await import('../../../src/stores/rectify.ts');
    expect(s.ARCHIVE_ENTRIES.map((e) => e.domain.key)).toEqual(['reading', 'quiz', 'notes', 'activity', 'plan', 'selfcheck', 'rectify', 'settings', 'profile']);
    const formats = {
      reading: s.READING_FORMAT,
      quiz: s.QUIZ_FORMAT,
      notes: notes.NOTES_FORMAT,
      activity: activity.ACTIVITY_FORMAT,
      plan: plan.PLAN_PROGRESS_FORMAT,
      selfcheck: selfcheck.SELFCHECK_FORMAT,
      rectify: rectify.RECTIFY_FORMAT,
      settings: s.SETTINGS_FORMAT,
      profile: s.PROFILE_FORMAT,
    };
    const empties = {
      reading: { version: 1, docs: {} },
      quiz: s.EMPTY_QUIZ,
      notes: notes.EMPTY_NOTES,
      activity: activity.EMPTY_ACTIVITY,
      plan: plan.EMPTY_PLAN_PROGRESS,
      selfcheck: selfcheck.EMPTY_SELFCHECK,
      rectify: rectify.EMPTY_RECTIFY,
      settings: s.DEFAULT_SETTINGS,
      profile: s.EMPTY_PROFILE,
    };
    for (const { domain } of s.ARCHIVE_ENTRIES) {
      const format = formats[domain.key as keyof typeof formats];
      // The lib domain cannot import the store; this keeps the two definitions in step.
      expect(domain.format.version, domain.key).toBe(format.version);
      expect(domain.format.schema, domain.key).toBe(format.schema);
      expect(Object.keys(domain.format.migrations ?? {}), domain.key).toEqual(Object.keys(format.migrations ?? {}));
      expect(domain.empty, domain.key).toEqual(empties[domain.key as keyof typeof empties]);
    }
  });
});

describe('exportArchive', () => {
  it('writes every registered store, the name and role, and remembers the name', async () => {
    const s = await withActivity();
    const result = await s.exportArchive(' 张三 ', later(5));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fileName).toBe('学习档案-张三-2026-11-28.json');
    const written = JSON.parse(result.json);
    expect(written.member).toEqual({ name: '张三', role: 'leader' });
    expect(Object.keys(written.data)).toEqual(['reading', 'quiz', 'notes', 'activity', 'plan', 'selfcheck', 'rectify', 'settings', 'profile']);
    // The profile travels with the archive, with the name just used.
    expect(written.data.profile).toEqual({ version: 1, name: written.member.name });
    expect(written.data.reading.docs.plan.learnedAt).toBe(later(1).toISOString());
    expect(written.data.quiz.starred).toEqual(['plan-002']);
    expect(s.$profile.get().name).toBe('张三');
    expect(JSON.parse(localStorage.getItem('lxyz:v1:profile') ?? '{}')).toEqual({ version: 1, name: '张三' });
  });

  it('refuses an empty or too long name and remembers nothing', async () => {
    const s = await load();
    expect(await s.exportArchive('  ')).toEqual({ ok: false, reason: '请填写姓名。' });
    expect(await s.exportArchive('党'.repeat(51))).toEqual({ ok: false, reason: '姓名最多 50 个字。' });
    expect(localStorage.getItem('lxyz:v1:profile')).toBeNull();
  });
});

describe('import', () => {
  async function exported() {
    const s = await withActivity();
    const result = await s.exportArchive('张三', later(5));
    if (!result.ok) throw new Error(result.reason);
    return result.json;
  }

  it('previews per domain and changes nothing; applying merges and keeps this device’s text size', async () => {
    const json = await exported();
    localStorage.clear();
    const s = await load();
    s.stepFont(-1);
    const before = storedData();
    const preview = await s.previewImport(file(json));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(storedData()).toEqual(before);
    expect(preview.preview.archive.member.name).toBe('张三');
    expect(preview.preview.domains).toEqual([
      { key: 'reading', label: '阅读进度', inFile: true, added: 1, changed: 0, stayDeleted: 0 },
      // One answer, one 错题本 entry, one star.
      { key: 'quiz', label: '学习测试记录', inFile: true, added: 3, changed: 0, stayDeleted: 0 },
      { key: 'notes', label: '学习笔记', inFile: true, added: 0, changed: 0, stayDeleted: 0 },
      { key: 'activity', label: '学习时长', inFile: true, added: 0, changed: 0, stayDeleted: 0 },
      { key: 'plan', label: '学习计划完成情况', inFile: true, added: 0, changed: 0, stayDeleted: 0 },
      { key: 'selfcheck', label: '党性体检记录', inFile: true, added: 0, changed: 0, stayDeleted: 0 },
      { key: 'rectify', label: '查摆问题与整改清单', inFile: true, added: 0, changed: 0, stayDeleted: 0 },
      { key: 'settings', label: '角色', inFile: true, added: 1, changed: 0, stayDeleted: 0 },
      // Storage was cleared: the name comes back with everything else.
      { key: 'profile', label: '姓名', inFile: true, added: 1, changed: 0, stayDeleted: 0 },
    ]);

    const applied = s.applyImport(preview.preview, later(10));
    expect(applied).toMatchObject({ ok: true, changed: ['reading', 'quiz', 'settings', 'profile'] });
    expect(s.$profile.get()).toEqual({ version: 1, name: '张三' });
    expect(s.$reading.get().docs.plan?.learnedAt).toBe(later(1).toISOString());
    expect(s.$quiz.get().attempts).toHaveLength(1);
    expect(s.$quiz.get().starred).toEqual(['plan-002']);
    expect(s.$settings.get()).toEqual({ version: 1, fontStep: 0, theme: 'auto', role: 'leader' });

    // The same file again: nothing to add or change.
    const again = await s.previewImport(file(json));
    expect(again.ok && again.preview.domains.every((d) => d.added === 0 && d.changed === 0)).toBe(true);
    const stored = storedData();
    expect(again.ok && s.applyImport(again.preview, later(11))).toMatchObject({ ok: true, changed: [] });
    expect(storedData()).toEqual(stored);
  });

  it('rejects a damaged file with a reason and changes nothing', async () => {
    const json = await exported();
    const s = await load();
    const before = storedData();
    const damaged = json.replace('"plan-002"', '"plan-003"');
    expect(await s.previewImport(file(damaged))).toEqual({ ok: false, reason: '校验码不符：文件在保存或传输中被改动或损坏了。' });
    expect(await s.previewImport(file('{ not json'))).toMatchObject({ ok: false });
    expect(storedData()).toEqual(before);
    expect(snapshotKeys()).toEqual([]);
  });

  it('does not even read a file over 5 MB', async () => {
    const s = await load();
    const text = vi.fn(async () => '{}');
    expect(await s.previewImport({ size: MAX_ARCHIVE_BYTES + 1, text })).toEqual({ ok: false, reason: '文件有 5.0 MB，超过 5 MB 的上限。' });
    expect(text).not.toHaveBeenCalled();
  });

  it('a file that cannot be read is a clear rejection', async () => {
    const s = await load();
    expect(await s.previewImport({ size: 10, text: () => Promise.reject(new Error('gone')) })).toEqual({ ok: false, reason: '无法读取这个文件。' });
  });

  it('backs everything up before merging, and aborts with no change if the backup cannot be saved', async () => {
    const json = await exported();
    localStorage.clear();
    const s = await load();
    s.markUnitsRead('dangzhang', ['art-1'], t0);
    const preview = await s.previewImport(file(json));
    if (!preview.ok) throw new Error(preview.reason);
    const before = storedData();
    // Storage that refuses backups, as a full quota would (the stores keep writing to the real one).
    const real = localStorage;
    vi.stubGlobal('localStorage', {
      get length() {
        return real.length;
      },
      key: (i: number) => real.key(i),
      getItem: (key: string) => real.getItem(key),
      removeItem: (key: string) => real.removeItem(key),
      setItem(key: string, value: string) {
        if (key.startsWith('lxyz:backup:')) throw new DOMException('full', 'QuotaExceededError');
        real.setItem(key, value);
      },
    });
    expect(s.applyImport(preview.preview, later(10))).toEqual({
      ok: false,
      reason: '无法保存导入前的备份（存储空间不足，或浏览器不允许保存），所以没有做任何改动。',
    });
    vi.unstubAllGlobals();
    expect(storedData()).toEqual(before);
    expect(snapshotKeys()).toEqual([]);
    expect(Object.keys(s.$reading.get().docs)).toEqual(['dangzhang']);
  });

  it('restores the state before the import in one step, and that restore can itself be undone', async () => {
    const json = await exported();
    localStorage.clear();
    const s = await load();
    s.markUnitsRead('dangzhang', ['art-1'], t0);
    s.toggleStar('dz-001');
    const before = storedData();
    const preview = await s.previewImport(file(json));
    if (!preview.ok) throw new Error(preview.reason);
    const applied = s.applyImport(preview.preview, later(10));
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.snapshotKey).toBe(`lxyz:backup:pre-import:${later(10).toISOString()}`);
    const afterImport = storedData();
    expect(afterImport).not.toEqual(before);

    const restored = s.restoreSnapshot(applied.snapshotKey, later(11));
    expect(restored).toMatchObject({ ok: true, takenAt: later(10).toISOString() });
    if (!restored.ok) return;
    // Reading, quiz and settings are exactly as before; a store that was never written is written empty.
    expect(s.$reading.get()).toEqual(before['lxyz:v1:reading']);
    expect(s.$quiz.get()).toEqual(before['lxyz:v1:quiz']);
    expect(s.$settings.get()).toEqual({ version: 1, fontStep: 1, theme: 'auto' });

    const undone = s.restoreSnapshot(restored.snapshotKey, later(12));
    expect(undone.ok).toBe(true);
    expect(storedData()).toEqual(afterImport);
  });

  it('lists backups newest first and keeps the newest three of each kind', async () => {
    const json = await exported();
    localStorage.clear();
    const s = await load();
    const preview = await s.previewImport(file(json));
    if (!preview.ok) throw new Error(preview.reason);
    for (let i = 0; i < 7; i++) s.applyImport(preview.preview, later(10 + i));
    const restored = s.restoreSnapshot(`lxyz:backup:pre-import:${later(16).toISOString()}`, later(20));
    expect(restored.ok).toBe(true);
    const list = s.listSnapshots();
    expect(list.map((x) => [x.kind, x.takenAt])).toEqual([
      ['pre-restore', later(20).toISOString()],
      ...[16, 15, 14].map((m) => ['pre-import', later(m).toISOString()]),
    ]);
    expect(list[1]).toMatchObject({ member: '张三' });
  });

  it('when storage is full, the oldest automatic backups make room; the member’s data is untouched', async () => {
    const json = await exported();
    localStorage.clear();
    const s = await load();
    const preview = await s.previewImport(file(json));
    if (!preview.ok) throw new Error(preview.reason);
    s.applyImport(preview.preview, later(10));
    s.applyImport(preview.preview, later(11));
    const data = storedData();
    // From now on, storage holds at most one backup more.
    const real = localStorage;
    const backups = () => Object.keys(real).filter((k) => k.startsWith('lxyz:backup:')).length;
    vi.stubGlobal('localStorage', {
      get length() {
        return real.length;
      },
      key: (i: number) => real.key(i),
      getItem: (key: string) => real.getItem(key),
      removeItem: (key: string) => real.removeItem(key),
      setItem(key: string, value: string) {
        if (key.startsWith('lxyz:backup:') && backups() >= 1) throw new DOMException('full', 'QuotaExceededError');
        real.setItem(key, value);
      },
    });
    const applied = s.applyImport(preview.preview, later(12));
    vi.unstubAllGlobals();
    expect(applied).toMatchObject({ ok: true, snapshotKey: `lxyz:backup:pre-import:${later(12).toISOString()}` });
    expect(snapshotKeys()).toEqual([`lxyz:backup:pre-import:${later(12).toISOString()}`]);
    expect(storedData()).toEqual(data);
  });

  it('two backups in the same millisecond do not overwrite each other', async () => {
    const s = await load();
    const json = (await (async () => {
      const w = await withActivity();
      const r = await w.exportArchive('张三', t0);
      return r.ok ? r.json : '';
    })());
    const preview = await s.previewImport(file(json));
    if (!preview.ok) throw new Error(preview.reason);
    const a = s.applyImport(preview.preview, t0);
    const b = s.applyImport(preview.preview, t0);
    expect(a.ok && b.ok && a.snapshotKey !== b.snapshotKey).toBe(true);
  });

  it('a missing or unreadable backup is refused and changes nothing', async () => {
    const s = await withActivity();
    const before = storedData();
    expect(s.restoreSnapshot('lxyz:backup:pre-import:nope')).toEqual({ ok: false, reason: '找不到这份备份，可能已被清除。' });
    localStorage.setItem('lxyz:backup:pre-import:2026-11-28T00:00:00.000Z', '{"version":1,"kind":"pre-import","takenAt":"2026-11-28T00:00:00.000Z","data":{"reading":{"version":1,"docs":[]}}}');
    const bad = s.restoreSnapshot('lxyz:backup:pre-import:2026-11-28T00:00:00.000Z');
    expect(bad).toEqual({ ok: false, reason: '这份备份无法读取：阅读进度：字段 docs 不合要求。' });
    expect(storedData()).toEqual(before);
    localStorage.setItem('lxyz:backup:pre-import:x', 'not json');
    expect(s.listSnapshots().map((x) => x.key)).toEqual(['lxyz:backup:pre-import:2026-11-28T00:00:00.000Z']);
  });
});
