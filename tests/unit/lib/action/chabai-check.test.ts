import { describe, expect, it } from 'vitest';
import { checkChabai, formatChabaiError, type ChabaiInput } from '../../../../src/lib/action/chabai-check.ts';
import type { DocFacts } from '../../../../src/lib/quiz/bank-check.ts';

/** The plan: its text is in the repository. */
const plan: DocFacts = {
  id: 'plan',
  audience: 'all',
  fullText: true,
  sections: new Map([
    ['p-14', '领导班子要查找分析是否落实主体责任，是否坚持民主集中制，着力解决宽松软等问题。党员要把自己摆进去，查找分析理想信念是否坚定。'],
    ['p-15', '推动问题整改。'],
  ]),
};
/** A regulation whose text is not in the repository. */
const guide: DocFacts = { id: 'guide', audience: 'all', fullText: false, sections: new Map([['p-14', '是否坚定']]) };
const docs = new Map([plan, guide].map((d) => [d.id, d]));
const roles = ['member', 'leader'];

/** A valid file, with the given changes. */
function file(change: (data: Record<string, any>) => void = () => {}): ChabaiInput {
  const data: Record<string, any> = {
    source: { document: 'plan', anchor: 'p-14' },
    checklists: [
      {
        id: 'banzi',
        title: '领导班子',
        roles: ['leader'],
        questions: [
          { id: 'banzi-1', check: '是否落实主体责任' },
          { id: 'banzi-2', check: '是否坚持 民主集中制' },
        ],
        solve: '着力解决宽松软等问题',
      },
      { id: 'dangyuan', title: '党员', roles: ['member', 'leader'], method: '把自己摆进去', questions: [{ id: 'dangyuan-1', check: '理想信念是否坚定' }] },
    ],
  };
  change(data);
  return { path: 'content/lists/chabai.yaml', data };
}

const errorsOf = (input: ChabaiInput) => checkChabai(input, docs, roles).errors.map(formatChabaiError);

describe('checkChabai', () => {
  it('passes a good file (white space in quotes ignored) and returns it with defaults filled', () => {
    const result = checkChabai(file(), docs, roles);
    expect(result.errors).toEqual([]);
    expect(result.file?.checklists.map((l) => l.id)).toEqual(['banzi', 'dangyuan']);
  });

  it('fills an absent roles list with none', () => {
    const result = checkChabai(file((d) => delete d.checklists[0].roles), docs, roles);
    expect(result.errors).toEqual([]);
    expect(result.file?.checklists[0]?.roles).toEqual([]);
  });

  it('rejects a file of the wrong shape, naming the field', () => {
    const errors = errorsOf(file((d) => (d.checklists[0].questions = [])));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/lists\/chabai\.yaml: 文件格式不对：checklists\.0\.questions/);
  });

  it('rejects unknown fields (a typo would otherwise be ignored)', () => {
    expect(errorsOf(file((d) => (d.checklists[0].questions[0].chek = 'x')))[0]).toContain('文件格式不对');
  });

  it('rejects a quote that is not in the cited paragraph', () => {
    expect(errorsOf(file((d) => (d.checklists[0].questions[1].check = '是否坚持民主集中制原则')))).toEqual([
      'content/lists/chabai.yaml › banzi-2: 查摆内容“是否坚持民主集中制原则”不在 plan#p-14 中',
    ]);
  });

  it('rejects a misquoted solve and method, naming the checklist', () => {
    const errors = errorsOf(
      file((d) => {
        d.checklists[0].solve = '着力解决软弱涣散等问题';
        d.checklists[1].method = '把别人摆进去';
      }),
    );
    expect(errors).toEqual([
      'content/lists/chabai.yaml › banzi: solve “着力解决软弱涣散等问题”不在 plan#p-14 中',
      'content/lists/chabai.yaml › dangyuan: method “把别人摆进去”不在 plan#p-14 中',
    ]);
  });

  it('checks quotes against the cited paragraph only', () => {
    expect(errorsOf(file((d) => (d.source.anchor = 'p-15')))).toHaveLength(5);
  });

  it('rejects a duplicate question id', () => {
    expect(errorsOf(file((d) => (d.checklists[0].questions[1].id = 'banzi-1')))).toContain('content/lists/chabai.yaml › banzi-1: id 重复');
  });

  it('rejects a duplicate checklist id', () => {
    const errors = errorsOf(
      file((d) => {
        d.checklists[1].id = 'banzi';
        d.checklists[1].questions[0].id = 'banzi-3';
      }),
    );
    expect(errors).toEqual(['content/lists/chabai.yaml › banzi: id 重复']);
  });

  it('rejects a question id without its checklist prefix', () => {
    expect(errorsOf(file((d) => (d.checklists[1].questions[0].id = 'member-1')))).toEqual(['content/lists/chabai.yaml › member-1: id 应以 dangyuan- 开头']);
  });

  it('rejects the same question twice', () => {
    expect(errorsOf(file((d) => (d.checklists[0].questions[1].check = '是否落实主体责任')))).toEqual([
      'content/lists/chabai.yaml › banzi-2: 查摆内容与 banzi-1 相同',
    ]);
  });

  it('rejects a role the site does not have', () => {
    expect(errorsOf(file((d) => (d.checklists[0].roles = ['leader', 'boss'])))).toEqual([
      'content/lists/chabai.yaml › banzi: 角色 “boss” 不在 site.config.ts 的角色中',
    ]);
  });

  it('rejects an unknown document, a document without its text, and a missing anchor', () => {
    expect(errorsOf(file((d) => (d.source.document = 'nowhere')))).toEqual(['content/lists/chabai.yaml: 出处文件 “nowhere” 不存在']);
    expect(errorsOf(file((d) => (d.source.document = 'guide')))).toEqual(['content/lists/chabai.yaml: 出处文件 “guide” 的原文不在本站，无法核对引文']);
    expect(errorsOf(file((d) => (d.source.anchor = 'p-99')))).toEqual(['content/lists/chabai.yaml: 出处 plan#p-99 不存在']);
  });
});
