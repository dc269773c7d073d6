import { describe, expect, it } from 'vitest';
import { docStatus, isForTrack, needsUnits, studyGroups, trackCounts, type DocSummary } from '../../../src/lib/study-list.ts';

const doc = (id: string, over: Partial<DocSummary>): DocSummary => ({
  id, title: id, shortTitle: id, category: '党内法规', audience: 'all', requirement: '必学',
  summary: '', fullText: false, units: [], unitLabels: {}, ...over,
});
const docs = [
  doc('dangzhang', { category: '党章' }),
  doc('wenze', { audience: 'leaders' }),
  doc('jianghua', { category: '系列讲话', requirement: '必知' }),
  doc('plan', { category: '本单位文件' }),
];

describe('study list', () => {
  it('gives leaders everything and members only what all must study', () => {
    expect(isForTrack('leaders', 'all')).toBe(false);
    expect(isForTrack('leaders', 'leaders')).toBe(true);
    const ids = (track: 'all' | 'leaders') => studyGroups(docs, track).flatMap((g) => g.categories.flatMap((c) => c.docs.map((d) => d.id)));
    expect(ids('all')).toEqual(['plan', 'dangzhang', 'jianghua']);
    expect(ids('leaders')).toEqual(['plan', 'dangzhang', 'wenze', 'jianghua']);
  });

  it('groups by requirement in 必学/必知/必会 order, then by category, leaving empty groups out', () => {
    const groups = studyGroups(docs, 'leaders');
    expect(groups.map((g) => g.requirement)).toEqual(['必学', '必知']);
    expect(groups[0]?.categories.map((c) => c.category)).toEqual(['本单位文件', '党章', '党内法规']);
  });

  it('counts what each track must study', () => {
    expect(trackCounts(docs)).toEqual({ all: 3, leaders: 4 });
  });
});

describe('document status on the study list', () => {
  const at = '2026-03-01T02:00:00.000Z';
  const units = ['art-1', 'art-2', 'art-3'];

  it('says learned, whatever was read', () => {
    expect(docStatus({ read: [], visitedAt: at, learnedAt: at }, undefined)).toEqual({ kind: 'learned' });
  });

  it('says not started with no record or nothing read, without needing the units', () => {
    expect(needsUnits(undefined)).toBe(false);
    expect(docStatus(undefined, undefined)).toEqual({ kind: 'notStarted' });
    expect(needsUnits({ read: [], visitedAt: at })).toBe(false);
    expect(docStatus({ read: [], visitedAt: at }, undefined)).toEqual({ kind: 'notStarted' });
  });

  it('says started until the units are known, then the share read', () => {
    const state = { read: ['art-1'], visitedAt: at };
    expect(needsUnits(state)).toBe(true);
    expect(docStatus(state, undefined)).toEqual({ kind: 'started' });
    expect(docStatus(state, units)).toEqual({ kind: 'reading', percent: 33 });
  });

  it('says not started when only units the document no longer has were read', () => {
    expect(docStatus({ read: ['old-unit'], visitedAt: at }, units)).toEqual({ kind: 'notStarted' });
  });
});
