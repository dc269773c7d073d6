import { describe, expect, it } from 'vitest';
import { checkBanks, formatBankError, type BankInput, type DocFacts } from '../../../../src/lib/quiz/bank-check.ts';

/** The plan: text in the repository, so anchors and quotes are checked exactly. */
const plan: DocFacts = {
  id: 'plan',
  audience: 'all',
  fullText: true,
  sections: new Map([
    ['sec-1', '坚持“三会一课”制度，每月相对固定一天开展主题党日。'],
    ['sec-2', '学习党章党规，学习系列讲话。'],
  ]),
};
/** A study guide of the 2019 version of a regulation whose text is not in the repository. */
const tiaoli: DocFacts = {
  id: 'tiaoli',
  audience: 'leaders',
  fullText: false,
  version: '2019',
  sections: new Map([['学习要点', '要点'], ['pt-1', '【第一条】目的'], ['pt-2', '【试行版第三条】原则']]),
};
/** A guide to a text without versions (a study topic). */
const jianghua: DocFacts = { id: 'jianghua', audience: 'all', fullText: false, sections: new Map([['文件结构', '读本']]) };
const docs = new Map([plan, tiaoli, jianghua].map((d) => [d.id, d]));

/** A valid 判断 question on `tiaoli`, with overrides. */
const q = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'judge',
  stem: `题干 ${id}`,
  answer: true,
  explanation: '依据条例。',
  source: { version: '2019', article: 1, anchor: 'pt-1' },
  checked: false,
  ...extra,
});
const file = (document: string, questions: unknown[], path = `content/questions/${document}.yaml`): BankInput => ({
  path,
  data: { document, questions },
});

/** The messages for one bank of questions. */
function errorsOf(...files: BankInput[]): string[] {
  return checkBanks(files, docs).errors.map(formatBankError);
}

describe('checkBanks passes a good bank', () => {
  it('returns every question with document and audience resolved', () => {
    const result = checkBanks(
      [
        file('tiaoli', [
          q('tiaoli-001'),
          q('tiaoli-002', { audience: 'all', source: { version: '2019', anchor: '学习要点' }, checked: true, fact: 'D2.4' }),
          { ...q('tiaoli-003'), type: 'single', options: ['甲', '乙', '丙'], answer: 'C' },
          { ...q('tiaoli-004'), type: 'multiple', options: ['甲', '乙', '丙'], answer: ['A', 'C'] },
          { ...q('tiaoli-005'), stem: '每____一次，每____一次', type: 'fill', answer: [['月'], ['季度', '季']] },
          q('tiaoli-006', { source: { document: 'jianghua', anchor: '文件结构' }, checked: true, fact: 'E' }),
          q('tiaoli-007', { stem: '按 2015 年试行版第三条……', source: { version: '2015', article: 3, anchor: 'pt-2', history: true } }),
        ]),
        file('plan', [q('plan-001', { source: { anchor: 'sec-1', quote: '每月相对固定一天 开展主题党日' }, checked: true })]),
      ],
      docs,
    );
    expect(result.errors).toEqual([]);
    expect(result.questions.map((x) => [x.id, x.document, x.audience])).toEqual([
      ['tiaoli-001', 'tiaoli', 'leaders'],
      ['tiaoli-002', 'tiaoli', 'all'],
      ['tiaoli-003', 'tiaoli', 'leaders'],
      ['tiaoli-004', 'tiaoli', 'leaders'],
      ['tiaoli-005', 'tiaoli', 'leaders'],
      ['tiaoli-006', 'tiaoli', 'leaders'],
      ['tiaoli-007', 'tiaoli', 'leaders'],
      ['plan-001', 'plan', 'all'],
    ]);
    // Schema defaults are applied.
    expect(result.questions[0]).toMatchObject({ difficulty: 1, tags: [], checked: false });
  });
});

describe('checkBanks rejects', () => {
  it('a file of the wrong shape', () => {
    const errors = errorsOf({ path: 'content/questions/x.yaml', data: { document: 'tiaoli', questions: 'none' } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/questions\/x\.yaml: 文件格式不对：questions/);
    expect(errorsOf({ path: 'y.yaml', data: null })[0]).toMatch(/文件格式不对/);
  });

  it('a bank for an unknown document', () => {
    expect(errorsOf(file('nosuch', [q('nosuch-001')]))).toEqual(['content/questions/nosuch.yaml: document “nosuch” 不存在']);
  });

  it('a question that breaks the schema, naming it by id or position', () => {
    const { explanation: _, ...noExplanation } = q('tiaoli-001');
    const errors = errorsOf(file('tiaoli', [noExplanation, { type: 'judge' }]));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/› tiaoli-001: explanation：/);
    expect(errors[1]).toMatch(/› 第 2 题: /);
  });

  it('a duplicate id, even in another file', () => {
    const errors = errorsOf(file('tiaoli', [q('tiaoli-001')]), file('tiaoli', [q('tiaoli-001', { stem: '另一题' })], 'content/questions/tiaoli-2.yaml'));
    expect(errors).toEqual(['content/questions/tiaoli-2.yaml › tiaoli-001: id 重复（另见 content/questions/tiaoli.yaml）']);
  });

  it('an id that does not start with the document of its bank', () => {
    const errors = errorsOf(file('tiaoli', [q('plan-001'), q('tiaoli-x-001')]));
    expect(errors).toEqual([
      'content/questions/tiaoli.yaml › plan-001: id 应以 tiaoli- 开头',
      'content/questions/tiaoli.yaml › tiaoli-x-001: id 应以 tiaoli- 开头',
    ]);
  });

  it('a duplicate stem, ignoring white space', () => {
    const errors = errorsOf(file('tiaoli', [q('tiaoli-001', { stem: '党员 应当 学习' }), q('tiaoli-002', { stem: '党员应当学习' })]));
    expect(errors).toEqual(['content/questions/tiaoli.yaml › tiaoli-002: 题干与 tiaoli-001 相同']);
  });

  it('a single answer that is not an option', () => {
    const errors = errorsOf(file('tiaoli', [{ ...q('tiaoli-001'), type: 'single', options: ['甲', '乙'], answer: 'C' }]));
    expect(errors).toEqual(['content/questions/tiaoli.yaml › tiaoli-001: 答案 C 不是选项之一']);
  });

  it('a multiple-choice question with fewer than two answers', () => {
    const one = { ...q('tiaoli-001'), type: 'multiple', options: ['甲', '乙', '丙'], answer: ['A'] };
    const repeated = { ...q('tiaoli-002'), type: 'multiple', options: ['甲', '乙', '丙'], answer: ['B', 'B'] };
    const errors = errorsOf(file('tiaoli', [one, repeated]));
    expect(errors).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-001: 多选题至少要有两个正确答案',
      'content/questions/tiaoli.yaml › tiaoli-002: 多选题至少要有两个正确答案',
      'content/questions/tiaoli.yaml › tiaoli-002: 答案有重复',
    ]);
    const outside = { ...q('tiaoli-003'), type: 'multiple', options: ['甲', '乙', '丙'], answer: ['A', 'D'] };
    expect(errorsOf(file('tiaoli', [outside]))).toEqual(['content/questions/tiaoli.yaml › tiaoli-003: 答案 D 不是选项之一']);
  });

  it('duplicate options, ignoring white space', () => {
    const errors = errorsOf(file('tiaoli', [{ ...q('tiaoli-001'), type: 'single', options: ['三会一课', '三会 一课', '党课'], answer: 'C' }]));
    expect(errors).toEqual(['content/questions/tiaoli.yaml › tiaoli-001: 选项有重复']);
  });

  it('a fill-in question whose blanks and answers differ in number', () => {
    const errors = errorsOf(file('tiaoli', [{ ...q('tiaoli-001'), stem: '每____开展____', type: 'fill', answer: [['月']] }]));
    expect(errors).toEqual(['content/questions/tiaoli.yaml › tiaoli-001: 题干有 2 个空（____），答案有 1 组']);
  });

  it('a source document that does not exist', () => {
    const errors = errorsOf(file('tiaoli', [q('tiaoli-001', { source: { document: 'nosuch', anchor: 'pt-1' } })]));
    expect(errors).toEqual(['content/questions/tiaoli.yaml › tiaoli-001: 出处文件 “nosuch” 不存在']);
  });

  it('an anchor missing from a full-text document', () => {
    const errors = errorsOf(file('plan', [q('plan-001', { source: { anchor: 'sec-9', quote: '三会一课' } })]));
    expect(errors).toEqual(['content/questions/plan.yaml › plan-001: 出处 plan#sec-9 不存在']);
  });

  it('an article anchor on a guide page, which has none (the old dead links)', () => {
    const errors = errorsOf(file('tiaoli', [q('tiaoli-001', { source: { version: '2019', anchor: 'art-1' } })]));
    expect(errors).toEqual(['content/questions/tiaoli.yaml › tiaoli-001: 出处 tiaoli#art-1 不存在']);
    expect(errorsOf(file('tiaoli', [q('tiaoli-002', { source: { document: 'jianghua', anchor: 'sec-1' } })]))).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-002: 出处 jianghua#sec-1 不存在',
    ]);
    expect(errorsOf(file('tiaoli', [q('tiaoli-003', { source: { version: '2019', anchor: 'pt-9' } })]))).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-003: 出处 tiaoli#pt-9 不存在',
    ]);
  });

  it('a question on a full-text document without a quote', () => {
    expect(errorsOf(file('plan', [q('plan-001', { source: { anchor: 'sec-1' } })]))).toEqual([
      'content/questions/plan.yaml › plan-001: 出处是本站收录的原文，须有 quote 引文',
    ]);
  });

  it('a missing checked: it has no default', () => {
    const { checked: _, ...unmarked } = q('tiaoli-001');
    expect(errorsOf(file('tiaoli', [unmarked]))[0]).toMatch(/› tiaoli-001: checked：/);
  });

  it('checked: true without evidence, and evidence on an unchecked question', () => {
    expect(errorsOf(file('tiaoli', [q('tiaoli-001', { checked: true }), q('tiaoli-002', { fact: 'C4' })]))).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-001: checked: true 须注明依据：方案原文 quote 或 FACTS.md 条目 fact',
      'content/questions/tiaoli.yaml › tiaoli-002: 有 fact 依据的题应标 checked: true',
    ]);
    expect(errorsOf(file('tiaoli', [q('tiaoli-003', { checked: true, fact: 'C4 第3条' })]))[0]).toMatch(/fact：fact 应为 FACTS\.md 的条目号/);
  });

  it('a quote on a guide, whose text is not here to check it against', () => {
    expect(errorsOf(file('tiaoli', [q('tiaoli-001', { source: { version: '2019', anchor: 'pt-1', quote: '目的' } })]))).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-001: quote 只能引用本站收录的原文',
    ]);
  });

  it('a missing version where the page has one, and a version where it has none', () => {
    expect(errorsOf(file('tiaoli', [q('tiaoli-001', { source: { anchor: 'pt-1' } }), q('tiaoli-002', { source: { document: 'jianghua', version: '2016', anchor: '文件结构' } })]))).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-001: 出处须注明 version（tiaoli 页面为 2019 年版）',
      'content/questions/tiaoli.yaml › tiaoli-002: jianghua 页面没有版本，出处不应写 version',
    ]);
    // An imported text without --version: the message says how to fix it.
    expect(errorsOf(file('plan', [q('plan-001', { source: { version: '2019', anchor: 'sec-1', quote: '主题党日' } })]))).toEqual([
      'content/questions/plan.yaml › plan-001: plan 页面没有版本，出处不应写 version（导入原文时请用 --version 写明版本）',
    ]);
  });

  it('a version other than the page’s unless marked history and named in the stem', () => {
    const older = { version: '2015', article: 3, anchor: 'pt-2' };
    expect(
      errorsOf(
        file('tiaoli', [
          q('tiaoli-001', { source: older }),
          q('tiaoli-002', { source: { ...older, history: true } }),
          q('tiaoli-003', { source: { version: '2019', anchor: 'pt-1', history: true } }),
        ]),
      ),
    ).toEqual([
      'content/questions/tiaoli.yaml › tiaoli-001: 出处是 2015 年版，页面是 2019 年版：改用页面的版本，或标 history: true 并在题干写明 2015 年版',
      'content/questions/tiaoli.yaml › tiaoli-002: history 题的题干须写明所依据的版本（2015）',
      'content/questions/tiaoli.yaml › tiaoli-003: 出处与页面版本相同，不是 history 题',
    ]);
  });

  it('a quote that is not in the cited section', () => {
    // The words are in sec-1, but the question cites sec-2.
    const errors = errorsOf(file('plan', [q('plan-001', { source: { anchor: 'sec-2', quote: '主题党日' } })]));
    expect(errors).toEqual(['content/questions/plan.yaml › plan-001: 引文“主题党日”不在 plan#sec-2 中']);
  });

  it('and keeps only the questions without problems', () => {
    const result = checkBanks([file('tiaoli', [q('tiaoli-001'), q('tiaoli-002', { source: { version: '2019', anchor: 'art-99' } })])], docs);
    expect(result.questions.map((x) => x.id)).toEqual(['tiaoli-001']);
    expect(result.errors).toHaveLength(1);
  });
});
