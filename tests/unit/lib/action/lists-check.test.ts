import { describe, expect, it } from 'vitest';
import { checkLists, formatListsError, LIST_SIZE, type ListsInput } from '../../../../src/lib/action/lists-check.ts';
import type { DocFacts } from '../../../../src/lib/quiz/bank-check.ts';

const POS = Array.from({ length: LIST_SIZE }, (_, i) => `正面第${i + 1}条`);
const NEG = Array.from({ length: LIST_SIZE }, (_, i) => `负面第${i + 1}条`);

/** A plan whose paragraphs hold every quoted passage of the fixture below. */
const plan: DocFacts = {
  id: 'plan',
  audience: 'all',
  fullText: true,
  sections: new Map([
    ['p-9', '按照“四讲四有”标准，做到政治合格、品德合格。'],
    ['p-10', '在政治合格方面，重点是坚定理想信念。在品德合格方面，重点是继承优良传统。'],
    ['p-11', `正面清单：${POS.join('；')}。负面清单：${NEG.join('；')}。`],
    ['p-13', '即知即改。'],
  ]),
};
/** A document whose text is not in the repository. */
const guide: DocFacts = { id: 'guide', audience: 'all', fullText: false, sections: new Map() };
const docs = new Map([plan, guide].map((d) => [d.id, d]));

const q = (anchor: string, text: string) => ({ anchor, text });

/** A valid file (with two standards instead of four the schema would need, see below), with changes. */
function file(change: (data: Record<string, any>) => void = () => {}): ListsInput {
  const data: Record<string, any> = {
    document: 'plan',
    quotes: { do: q('p-9', '按照“四讲四有”标准'), lists: q('p-11', '正面清单'), checkup: q('p-11', '负面清单'), fix: q('p-13', '即知即改'), rectify: q('p-13', '即知 即改。') },
    sijiangsiyou: { named: q('p-9', '“四讲四有”标准'), pairs: ['讲政治、有信念', '讲规矩、有纪律', '讲道德、有品行', '讲奉献、有作为'] },
    sigehege: {
      named: q('p-9', '做到政治合格、品德合格'),
      anchor: 'p-10',
      standards: [
        { id: 'zhengzhi', name: '政治合格', text: '在政治合格方面，重点是坚定理想信念。' },
        { id: 'pinde', name: '品德合格', text: '在品德合格方面，重点是继承优良传统。' },
        { id: 'zhengzhi2', name: '政治合格', text: '在政治合格方面，重点是坚定理想信念。' },
        { id: 'pinde2', name: '品德合格', text: '在品德合格方面，重点是继承优良传统。' },
      ],
    },
    positive: { name: '正面清单', anchor: 'p-11', items: POS.map((text, i) => ({ id: `pos-${i + 1}`, text, guidance: '想一想。' })) },
    negative: { name: '负面清单', anchor: 'p-11', items: NEG.map((text, i) => ({ id: `neg-${i + 1}`, text })) },
  };
  change(data);
  return { path: 'content/lists/selfcheck.yaml', data };
}

const errorsOf = (input: ListsInput) => checkLists(input, docs).errors.map(formatListsError);

describe('checkLists', () => {
  it('passes a good file (white space in quotes ignored) and returns it', () => {
    const result = checkLists(file(), docs);
    expect(result.errors).toEqual([]);
    expect(result.file?.positive.items.map((i) => i.id)).toEqual(POS.map((_, i) => `pos-${i + 1}`));
    expect(result.file?.negative.items[9]?.guidance).toBeUndefined();
  });

  it('rejects a file of the wrong shape, naming the field', () => {
    const errors = errorsOf(file((d) => delete d.quotes.fix));
    expect(errors).toEqual([expect.stringMatching(/^content\/lists\/selfcheck\.yaml: 文件格式不对：quotes\.fix/)]);
    expect(errorsOf(file((d) => d.sijiangsiyou.pairs.pop()))[0]).toMatch(/sijiangsiyou\.pairs/);
    expect(errorsOf(file((d) => d.sigehege.standards.pop()))[0]).toMatch(/sigehege\.standards/);
    expect(errorsOf(file((d) => (d.positive.items[0].guidance = '长'.repeat(81))))[0]).toMatch(/positive\.items\.0\.guidance/);
    expect(errorsOf(file((d) => (d.positive.items[0].id = 'first')))[0]).toMatch(/pos-<数字>/);
    expect(errorsOf({ path: 'x.yaml', data: null })[0]).toMatch(/^x\.yaml: 文件格式不对/);
  });

  it('rejects a missing document or one whose text is not in the repository', () => {
    expect(errorsOf(file((d) => (d.document = 'nope')))).toEqual(['content/lists/selfcheck.yaml: 出处文件 “nope” 不存在']);
    expect(errorsOf(file((d) => (d.document = 'guide')))).toEqual(['content/lists/selfcheck.yaml: 出处文件 “guide” 的原文不在本站，无法核对引文']);
  });

  it('rejects a list item that is not in the cited paragraph, naming the item', () => {
    expect(errorsOf(file((d) => (d.positive.items[2].text = '正面第三条')))).toEqual([
      'content/lists/selfcheck.yaml › pos-3: 条目“正面第三条”不在 plan#p-11 中',
    ]);
  });

  it('rejects a paragraph that does not exist', () => {
    expect(errorsOf(file((d) => (d.negative.anchor = 'p-99')))[0]).toBe('content/lists/selfcheck.yaml: 负面清单的名称的出处 plan#p-99 不存在');
  });

  it('rejects a misquoted page quote, list name, or 四讲四有 / 四个合格 source', () => {
    expect(errorsOf(file((d) => (d.quotes.fix.text = '即知必改')))).toEqual(['content/lists/selfcheck.yaml: 引文 quotes.fix “即知必改”不在 plan#p-13 中']);
    expect(errorsOf(file((d) => (d.positive.name = '正向清单')))).toEqual(['content/lists/selfcheck.yaml: 正面清单的名称“正向清单”不在 plan#p-11 中']);
    expect(errorsOf(file((d) => (d.sijiangsiyou.named.text = '四讲四有标准要求')))).toHaveLength(1);
    expect(errorsOf(file((d) => (d.sigehege.named.anchor = 'p-10')))).toHaveLength(1);
  });

  it('rejects a 四个合格 name or sentence not in the plan, and a sentence about another standard', () => {
    expect(errorsOf(file((d) => (d.sigehege.standards[0].name = '思想合格')))).toEqual([
      'content/lists/selfcheck.yaml › zhengzhi: 名称“思想合格”不在 plan#p-9 中',
      'content/lists/selfcheck.yaml › zhengzhi: 要求中没有提到“思想合格”，可能放错了位置',
    ]);
    expect(errorsOf(file((d) => (d.sigehege.standards[0].text = '在政治合格方面，重点是加强学习。')))).toEqual([
      'content/lists/selfcheck.yaml › zhengzhi: 要求“在政治合格方面，重点是加强学习。”不在 plan#p-10 中',
    ]);
    expect(errorsOf(file((d) => (d.sigehege.standards[0].text = '在品德合格方面，重点是继承优良传统。')))).toEqual([
      'content/lists/selfcheck.yaml › zhengzhi: 要求中没有提到“政治合格”，可能放错了位置',
    ]);
  });

  it('rejects a list with fewer or more than ten items', () => {
    expect(errorsOf(file((d) => d.positive.items.pop()))).toEqual(['content/lists/selfcheck.yaml: 正面清单应有 10 条，实有 9 条']);
    expect(errorsOf(file((d) => d.negative.items.push({ id: 'neg-11', text: '负面第1条' })))).toEqual([
      'content/lists/selfcheck.yaml: 负面清单应有 10 条，实有 11 条',
      'content/lists/selfcheck.yaml › neg-11: 与 neg-1 相同',
    ]);
  });

  it('rejects ids out of order, repeated ids and repeated items', () => {
    expect(errorsOf(file((d) => ([d.positive.items[0].id, d.positive.items[1].id] = ['pos-2', 'pos-1'])))).toEqual([
      'content/lists/selfcheck.yaml › pos-2: 正面清单第 1 条的 id 应为 pos-1',
      'content/lists/selfcheck.yaml › pos-1: 正面清单第 2 条的 id 应为 pos-2',
    ]);
    expect(errorsOf(file((d) => (d.positive.items[1].id = 'pos-1')))).toEqual([
      'content/lists/selfcheck.yaml › pos-1: id 重复',
      'content/lists/selfcheck.yaml › pos-1: 正面清单第 2 条的 id 应为 pos-2',
    ]);
    expect(errorsOf(file((d) => (d.sigehege.standards[3].id = 'zhengzhi')))).toEqual(['content/lists/selfcheck.yaml › zhengzhi: id 重复']);
    expect(errorsOf(file((d) => (d.negative.items[4].text = '负面第 1 条')))).toEqual(['content/lists/selfcheck.yaml › neg-5: 与 neg-1 相同']);
  });

  it('rejects negative items in the positive list', () => {
    expect(errorsOf(file((d) => (d.positive.items[0].id = 'neg-1')))).toEqual([
      'content/lists/selfcheck.yaml › neg-1: 正面清单第 1 条的 id 应为 pos-1',
      'content/lists/selfcheck.yaml › neg-1: id 重复',
    ]);
  });
});
