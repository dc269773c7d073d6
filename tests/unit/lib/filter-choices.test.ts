import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/lib/filter-choices.ts';
import type { DocumentList } from '../../../src/lib/study-list.ts';

const entry = (id: string, shortTitle: string, category: DocumentList['categories'][number]) =>
  ({ id, title: `${shortTitle}全文`, shortTitle, category, audience: 'all', requirement: '必学', fullText: true, units: [] }) as DocumentList['docs'][number];

const list: DocumentList = {
  categories: ['党章', '党内法规'],
  docs: [entry('dangzhang', '党章', '党章'), entry('zhunze', '准则', '党内法规'), entry('tiaoli', '条例', '党内法规')],
};
const audiences = { all: '全体党员', leaders: '党员领导干部' };

describe('filterChoices', () => {
  it('lists the catalogue’s categories in its order, both audiences, and every document by short title', () => {
    expect(filterChoices(list, audiences)).toEqual({
      category: [{ value: '党章', text: '党章' }, { value: '党内法规', text: '党内法规' }],
      audience: [{ value: '全体党员', text: '全体党员' }, { value: '党员领导干部', text: '党员领导干部' }],
      document: [{ value: 'dangzhang', text: '党章' }, { value: 'zhunze', text: '准则' }, { value: 'tiaoli', text: '条例' }],
    });
  });

  it('filters on the document id, not on its title', () => {
    expect(filterChoices(list, audiences).document.map((c) => c.value)).toEqual(['dangzhang', 'zhunze', 'tiaoli']);
  });

  it('an empty catalogue leaves only the audiences', () => {
    const choices = filterChoices({ categories: [], docs: [] }, audiences);
    expect(choices.category).toEqual([]);
    expect(choices.document).toEqual([]);
    expect(choices.audience).toHaveLength(2);
  });
});
