// @vitest-environment node
// The generated member files used by the 支部汇总 benchmark and e2e test must be what the site
// really exports: valid checksums, every domain passing the site's own schemas.
import { describe, expect, it } from 'vitest';
import { parseArchive } from '../../../src/lib/archive/archive-file.ts';
import { BRANCH_DOMAINS as DOMAINS } from '../../../src/lib/archive/branch/domains.ts';
import { loadMemberFiles } from '../../../src/lib/archive/branch/load.ts';
import { parsePeriod } from '../../../src/lib/archive/branch/period.ts';
import { buildReport } from '../../../src/lib/archive/branch/report.ts';
import { damaged, loadContent, memberArchives, memberName } from '../../../scripts/lib/member-archives.mjs';

type Generated = { name: string; text: string; size: number; member: { name: string; role: string } };

describe('scripts/lib/member-archives.mjs', () => {
  it('writes files the site accepts, every domain included', async () => {
    const files = (await memberArchives({ count: 8, exportedOn: '2026-04-30' })) as Generated[];
    for (const file of files) {
      const result = await parseArchive(file.text, file.size, DOMAINS);
      expect(result.ok, file.name).toBe(true);
      if (result.ok) {
        expect(result.skipped).toEqual([]);
        expect(Object.keys(result.decoded).sort()).toEqual(['activity', 'notes', 'plan', 'quiz', 'reading', 'rectify', 'selfcheck', 'settings']);
      }
    }
    expect(files[0]!.member).toEqual({ name: memberName(0), role: 'secretary' });
    expect(files[0]!.name).toBe(`学习档案-${memberName(0)}-2026-04-30.json`);
  });

  it('gives every member a different name and is reproducible', async () => {
    const names = new Set(Array.from({ length: 300 }, (_, i) => memberName(i)));
    expect(names.size).toBe(300);
    const [a] = (await memberArchives({ count: 1, seed: 5 })) as Generated[];
    const [b] = (await memberArchives({ count: 1, seed: 5 })) as Generated[];
    expect(a!.text).toBe(b!.text);
  });

  it('damages a file so the checksum catches it', async () => {
    const [file] = (await memberArchives({ count: 1 })) as Generated[];
    const bad = damaged(file) as Generated;
    expect(bad.text).not.toBe(file!.text);
    expect(await parseArchive(bad.text, bad.size, DOMAINS)).toEqual({ ok: false, reason: expect.stringContaining('校验码不符') });
  });

  it('reads the branch content: documents with their audience, questions, plan tasks, 双十条', () => {
    const content = loadContent();
    expect(content.documents.some((d: { id: string; audience: string }) => d.id === 'dangzhang' && d.audience === 'all')).toBe(true);
    expect(content.questions.length).toBeGreaterThan(100);
    expect(content.tasks.length).toBeGreaterThan(10);
    expect(content.checkItems).toHaveLength(20);
  });

  it('loads into the 支部汇总 with figures in every column', async () => {
    const files = (await memberArchives({ count: 12, exportedOn: '2026-06-30' })) as Generated[];
    const loaded = await loadMemberFiles(files, (text, size) => parseArchive(text, size, DOMAINS));
    expect(loaded.rejected).toEqual([]);
    const documents = loadContent().documents as { id: string; audience: 'all' | 'leaders' }[];
    const roles = [
      { id: 'member', name: '普通党员', track: 'all' as const },
      { id: 'leader', name: '党员领导干部', track: 'leaders' as const },
      { id: 'secretary', name: '党支部书记', track: 'leaders' as const },
    ];
    const report = buildReport(loaded.members, parsePeriod('2026-Q2')!, { roles, documents }, { flagOverdue: false });
    expect(report.rows).toHaveLength(12);
    const { totals } = report;
    expect(totals.studySeconds).toBeGreaterThan(0);
    expect(totals.attendanceDays).toBeGreaterThan(0);
    expect(totals.tasksDone).toBeGreaterThan(0);
    expect(totals.docsDone).toBeGreaterThan(0);
    expect(totals.examTakers).toBeGreaterThan(0);
  });
});
