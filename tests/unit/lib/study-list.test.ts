import { describe, expect, it } from 'vitest';
import { isForTrack, studyGroups, type DocSummary } from '../../../src/lib/study-list.ts';

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
});
