import { describe, expect, it } from 'vitest';
import { EMPTY_LOAD, addCheckedFiles, checkMemberFile, loadMemberFiles, memberKey } from '../../../../../src/lib/archive/branch/load.ts';
import { fakeFile, fakeParse } from './helpers.ts';

const activity = (seconds: number) => ({ activity: { version: 1, days: { '2026-03-02': seconds } } });

describe('loadMemberFiles', () => {
  it('checks every file on its own: bad files are listed with name and reason and do not stop the rest', async () => {
    const files = [
      fakeFile('a.json', { name: '张三' }, '2026-03-31T10:00:00Z', activity(60)),
      { name: '坏的.json', text: 'bad:校验码不符', size: 10 },
      { name: '异常.json', text: 'throw', size: 5 },
      fakeFile('b.json', { name: '李四', role: 'leader' }, '2026-03-31T10:00:00Z'),
    ];
    const result = await loadMemberFiles(files, fakeParse);
    expect(result.members.map((m) => m.name)).toEqual(['张三', '李四']);
    expect(result.members[1]!.role).toBe('leader');
    expect(result.members[0]!.facts.studyDays).toEqual({ '2026-03-02': 60 });
    expect(result.rejected).toEqual([
      { file: '坏的.json', reason: '校验码不符' },
      { file: '异常.json', reason: '无法读取这个文件' },
    ]);
    expect(result.replaced).toEqual([]);
  });

  it('keeps the newest export of the same member and lists the older ones as replaced', async () => {
    const files = [
      fakeFile('张三-3月.json', { name: '张三', role: 'member' }, '2026-03-31T10:00:00Z', activity(60)),
      fakeFile('李四.json', { name: '李四' }, '2026-03-31T10:00:00Z'),
      fakeFile('张三-4月.json', { name: '张三', role: 'member' }, '2026-04-30T10:00:00Z', activity(120)),
      fakeFile('张三-2月.json', { name: '张三', role: 'member' }, '2026-02-28T10:00:00Z', activity(30)),
    ];
    const result = await loadMemberFiles(files, fakeParse);
    // The newer file takes the older one's place in the list.
    expect(result.members.map((m) => m.file)).toEqual(['张三-4月.json', '李四.json']);
    expect(result.members[0]!.facts.studyDays['2026-03-02']).toBe(120);
    expect(result.replaced).toEqual([
      { file: '张三-3月.json', name: '张三', role: 'member', exportedAt: '2026-03-31T10:00:00Z', keptFile: '张三-4月.json', keptExportedAt: '2026-04-30T10:00:00Z' },
      { file: '张三-2月.json', name: '张三', role: 'member', exportedAt: '2026-02-28T10:00:00Z', keptFile: '张三-4月.json', keptExportedAt: '2026-04-30T10:00:00Z' },
    ]);
  });

  it('treats the same name with another role as another member, and the same file twice as a duplicate', async () => {
    const one = fakeFile('王五.json', { name: '王五', role: 'member' }, '2026-03-31T10:00:00Z');
    const files = [one, fakeFile('王五-领导.json', { name: '王五', role: 'leader' }, '2026-03-31T10:00:00Z'), { ...one, name: '王五(1).json' }];
    const result = await loadMemberFiles(files, fakeParse);
    expect(result.members.map((m) => m.file)).toEqual(['王五.json', '王五-领导.json']);
    expect(result.replaced.map((r) => [r.file, r.keptFile])).toEqual([['王五(1).json', '王五.json']]);
  });

  it('matches names written with different Unicode forms', () => {
    expect(memberKey('e\u0301', undefined)).toBe(memberKey('\u00e9', undefined));
    expect(memberKey('张三', 'member')).not.toBe(memberKey('张三', undefined));
  });

  it('adds a second batch to the first without changing it, resolving duplicates across both', async () => {
    const first = await loadMemberFiles([fakeFile('a.json', { name: '张三' }, '2026-03-01T00:00:00Z'), { name: 'x.json', text: 'bad:不是档案', size: 1 }], fakeParse);
    const snapshot = JSON.stringify(first);
    const second = await loadMemberFiles([fakeFile('b.json', { name: '张三' }, '2026-04-01T00:00:00Z'), fakeFile('c.json', { name: '赵六' }, '2026-04-01T00:00:00Z')], fakeParse, { into: first });
    expect(JSON.stringify(first)).toBe(snapshot);
    expect(second.members.map((m) => m.file)).toEqual(['b.json', 'c.json']);
    expect(second.rejected.map((r) => r.file)).toEqual(['x.json']);
    expect(second.replaced.map((r) => r.file)).toEqual(['a.json']);
  });

  it('reports progress after every file and waits for the callback', async () => {
    const seen: string[] = [];
    const files = [fakeFile('a.json', { name: '甲' }, '2026-03-01T00:00:00Z'), { name: 'b.json', text: 'bad:x', size: 1 }];
    await loadMemberFiles(files, fakeParse, {
      onProgress: async (done, total) => {
        await Promise.resolve();
        seen.push(`${done}/${total}`);
      },
    });
    expect(seen).toEqual(['1/2', '2/2']);
  });

  it('gives an empty result for no files', async () => {
    expect(await loadMemberFiles([], fakeParse)).toEqual(EMPTY_LOAD);
  });
});

describe('checkMemberFile and addCheckedFiles', () => {
  it('checks one file into a member or a rejection', async () => {
    const ok = await checkMemberFile(fakeFile('a.json', { name: '张三', role: 'member' }, '2026-03-01T00:00:00Z', activity(60)), fakeParse);
    expect(ok).toMatchObject({ ok: true, member: { name: '张三', role: 'member', file: 'a.json', facts: { studyDays: { '2026-03-02': 60 } } } });
    expect(await checkMemberFile({ name: 'b.json', text: 'bad:不是学习档案', size: 3 }, fakeParse)).toEqual({ ok: false, rejected: { file: 'b.json', reason: '不是学习档案' } });
    expect(await checkMemberFile({ name: 'c.json', text: 'throw', size: 3 }, fakeParse)).toEqual({ ok: false, rejected: { file: 'c.json', reason: '无法读取这个文件' } });
  });

  it('adds outcomes in the order given, whatever order they were checked in', async () => {
    const outcomes = await Promise.all(
      [fakeFile('new.json', { name: '张三' }, '2026-04-01T00:00:00Z'), fakeFile('old.json', { name: '张三' }, '2026-03-01T00:00:00Z')].map((f) => checkMemberFile(f, fakeParse)),
    );
    const result = addCheckedFiles(EMPTY_LOAD, outcomes);
    expect(result.members.map((m) => m.file)).toEqual(['new.json']);
    expect(result.replaced.map((r) => r.file)).toEqual(['old.json']);
    expect(EMPTY_LOAD).toEqual({ members: [], rejected: [], replaced: [], future: [] });
  });
});

describe('files dated after today', () => {
  const today = '2026-05-10';
  it('never lets a future-dated file beat a genuine one, in either order, and flags it', async () => {
    const genuine = fakeFile('真.json', { name: '张三' }, '2026-05-09T10:00:00Z', activity(60));
    const future = fakeFile('未来.json', { name: '张三' }, '2027-01-01T00:00:00Z', activity(9999));
    for (const files of [[genuine, future], [future, genuine]]) {
      const result = await loadMemberFiles(files, fakeParse, { today });
      expect(result.members.map((m) => m.file)).toEqual(['真.json']);
      expect(result.replaced.map((r) => r.file)).toEqual(['未来.json']);
      expect(result.future).toEqual([{ file: '未来.json', name: '张三', exportedAt: '2027-01-01T00:00:00Z', used: false }]);
    }
  });

  it('counts a member\'s only file even when future-dated, still flagged, and re-flags when a genuine one arrives later', async () => {
    const first = await loadMemberFiles([fakeFile('未来.json', { name: '李四' }, '2026-05-11T00:00:00Z')], fakeParse, { today });
    expect(first.members[0]).toMatchObject({ file: '未来.json', futureDated: true });
    expect(first.future).toEqual([{ file: '未来.json', name: '李四', exportedAt: '2026-05-11T00:00:00Z', used: true }]);
    const second = await loadMemberFiles([fakeFile('真.json', { name: '李四' }, '2026-05-10T15:00:00Z')], fakeParse, { into: first, today });
    expect(second.members.map((m) => m.file)).toEqual(['真.json']);
    expect(second.future.map((f) => f.used)).toEqual([false]);
  });

  it('reads the day in Beijing time: 23:30 UTC on the 9th is already the 10th', async () => {
    const result = await loadMemberFiles([fakeFile('a.json', { name: '王五' }, '2026-05-09T23:30:00Z')], fakeParse, { today });
    expect(result.future).toEqual([]);
    const later = await loadMemberFiles([fakeFile('b.json', { name: '王五' }, '2026-05-10T16:30:00Z')], fakeParse, { today });
    expect(later.future).toHaveLength(1);
  });
});
