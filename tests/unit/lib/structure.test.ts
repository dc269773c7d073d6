// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberToChinese } from '../../../src/lib/numerals.ts';
import { formatMarker, linkReferences, parseStructure } from '../../../src/lib/structure.ts';
import type { Article, Division, Paragraph, StructureNode } from '../../../src/lib/structure.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/importer/${name}`, import.meta.url), 'utf8');
const articles = (nodes: StructureNode[]): Article[] =>
  nodes.flatMap((n) => (n.kind === 'article' ? [n] : articles(n.children)));
const all = new Set([1, 2, 3, 4, 5, 12, 20, 30, 31]);

describe('parseStructure', () => {
  it('reads 编, 章, 节 and 条 from the sample rules, with full-width spaces and a BOM', () => {
    const doc = parseStructure(fixture('sample-rules.txt'));
    expect(doc.errors).toEqual([]);
    expect(doc.counts).toEqual({ parts: 2, chapters: 3, sections: 2, articles: 8 });
    const [part1, part2] = doc.children as Division[];
    expect(part1).toMatchObject({ kind: 'part', number: 1, title: '总则' });
    expect(part2).toMatchObject({ kind: 'part', number: 2, title: '附则' });
    const chapter2 = part1.children[1] as Division;
    expect(chapter2).toMatchObject({ kind: 'chapter', number: 2, title: '组织机构' });
    expect(chapter2.children.map((s) => (s as Division).title)).toEqual(['示例委员会', '工作机构']);
    expect(articles(doc.children).map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps lines before the first heading as the preamble', () => {
    const doc = parseStructure(fixture('sample-rules.txt'));
    const texts = doc.preamble.map((b) => (b as Paragraph).text);
    expect(texts[0]).toBe('示例工作规则'); // the file starts with a BOM: trimming drops it
    expect(texts).toContain('总　　纲');
    expect(texts.at(-1)).toMatch(/^本规则是为测试/);
  });

  it('puts the rest of an article line first, following lines after, and （一） lines in a list', () => {
    const doc = parseStructure(fixture('sample-rules.txt'));
    const second = articles(doc.children)[1];
    expect(second.body).toHaveLength(3);
    expect(second.body[0]).toMatchObject({ kind: 'paragraph', text: '本规则适用于示例单位的示例工作。', line: 13 });
    expect(second.body[1]).toMatchObject({ kind: 'paragraph', text: '示例工作包括以下事项：' });
    expect(second.body[2].kind).toBe('list');
    if (second.body[2].kind === 'list') expect(second.body[2].items.map((i) => i.text.slice(0, 3))).toEqual(['（一）', '（二）', '（三）']);
  });

  it('accepts markers with or without a space, Arabic digits and half-width item parens', () => {
    const doc = parseStructure('第1章总则\n第1条甲。\n第 2 条　乙：\n(一)丙；\n(二)丁。\n第三条\n戊。');
    expect(doc.errors).toEqual([]);
    const [chapter] = doc.children as Division[];
    expect(chapter).toMatchObject({ number: 1, title: '总则' });
    const [a1, a2, a3] = articles(doc.children);
    expect((a1.body[0] as Paragraph).text).toBe('甲。');
    expect(a2.body[1]).toMatchObject({ kind: 'list' });
    expect(a3.body).toMatchObject([{ text: '戊。', line: 7 }]);
  });

  it('joins a chapter title written on the line after its marker', () => {
    const doc = parseStructure('第一章\n\n总则\n第一条　甲。');
    expect(doc.children[0]).toMatchObject({ kind: 'chapter', title: '总则' });
  });

  it('does not take a sentence that begins with 第X条 for a heading', () => {
    const doc = parseStructure('第一条　甲。\n第二条　乙。\n第一条规定的情形除外。');
    expect(doc.counts.articles).toBe(2);
    expect(doc.errors).toEqual([]);
    expect(articles(doc.children)[1].body[1]).toMatchObject({ text: '第一条规定的情形除外。' });
  });

  it('reads 第一百零三条 in a long generated text', () => {
    const text = Array.from({ length: 120 }, (_, i) => `${formatMarker('条', i + 1)}　第 ${i + 1} 条的内容。`).join('\n');
    const doc = parseStructure(text);
    expect(doc.errors).toEqual([]);
    expect(doc.counts.articles).toBe(120);
    expect(articles(doc.children)[102]).toMatchObject({ number: 103, line: 103 });
    expect(formatMarker('条', 103)).toBe('第一百零三条');
  });

  it('lets chapter numbers restart in each 编, but not elsewhere', () => {
    const ok = parseStructure('第一编 甲\n第一章 子\n第一条 一\n第二编 乙\n第一章 丑\n第二条 二');
    expect(ok.errors).toEqual([]);
    const bad = parseStructure('第一章 子\n第一条 一\n第一章 丑\n第二条 二');
    expect(bad.errors.map((e) => e.message)).toEqual(['第 3 行：第一章重复']);
  });

  it('reports gaps, duplicates, wrong order and a wrong start with line numbers', () => {
    const doc = parseStructure(fixture('gap.txt'));
    expect(doc.errors.map((e) => e.message)).toEqual([
      '第 7 行：第五条之后出现了第七条（缺少第六条）',
      '第 8 行：第七条重复',
    ]);
    expect(doc.errors[0]).toMatchObject({ line: 7, unit: '条', kind: 'gap' });
    const more = parseStructure('第三条 甲\n第四条 乙\n第八条 丙\n第六条 丁');
    expect(more.errors.map((e) => e.message)).toEqual([
      '第 1 行：开头出现了第三条，应从第一条开始',
      '第 3 行：第四条之后出现了第八条（缺少第五条至第七条）',
      '第 4 行：第八条之后出现了第六条（顺序错误）',
    ]);
  });

  it('reports a marker whose numeral cannot be read', () => {
    const doc = parseStructure('第一条 甲\n第一百三条 乙');
    expect(doc.errors).toMatchObject([{ line: 2, kind: 'numeral', message: '第 2 行：无法识别的编号“第一百三条”' }]);
  });

  it('counts nothing in a text without markers', () => {
    const doc = parseStructure(fixture('no-articles.txt'));
    expect(doc.counts).toEqual({ parts: 0, chapters: 0, sections: 0, articles: 0 });
    expect(doc.preamble).toHaveLength(2);
  });

  it('resolves cross-references inside sentences, including forward ones', () => {
    const doc = parseStructure('第一条 依照本条例第二条处理。\n第二条 见第一条。');
    expect(articles(doc.children)[0].body[0]).toMatchObject({
      inlines: [
        { kind: 'text', text: '依照本条例' },
        { kind: 'ref', text: '第二条', article: 2 },
        { kind: 'text', text: '处理。' },
      ],
    });
  });
});

describe('linkReferences', () => {
  const refs = (text: string) => linkReferences(text, all).filter((i) => i.kind === 'ref');

  it('links 依照本条例第十二条', () => {
    expect(linkReferences('依照本条例第十二条处理', all)).toEqual([
      { kind: 'text', text: '依照本条例' },
      { kind: 'ref', text: '第十二条', article: 12 },
      { kind: 'text', text: '处理' },
    ]);
  });

  it('links every article of a list and a range', () => {
    expect(refs('本条例第三十条、第三十一条')).toMatchObject([{ article: 30 }, { article: 31 }]);
    expect(refs('第一条至第五条')).toMatchObject([{ article: 1 }, { article: 5 }]);
    expect(refs('第二条和第三条或者第四条')).toHaveLength(3);
  });

  it('keeps 款 and 项 in the link text', () => {
    expect(refs('第二十条第二款')).toEqual([{ kind: 'ref', text: '第二十条第二款', article: 20 }]);
    expect(refs('第二条第一款第（三）项')).toEqual([{ kind: 'ref', text: '第二条第一款第（三）项', article: 2 }]);
  });

  it('links 本准则, 本规定, 本章程 and bare references', () => {
    for (const self of ['本准则', '本规定', '本章程', '按照', '']) expect(refs(`${self}第三条`)).toHaveLength(1);
  });

  it('leaves references to other texts and to missing articles as plain text', () => {
    expect(linkReferences('《中华人民共和国刑法》第十二条', all)).toEqual([
      { kind: 'text', text: '《中华人民共和国刑法》第十二条' },
    ]);
    expect(refs('《示例法》第十二条、第二十条')).toEqual([]);
    expect(refs('党章第三条')).toEqual([]);
    expect(refs('该条例第三条')).toEqual([]);
    expect(refs('第九十九条')).toEqual([]);
    expect(refs('《示例法》第一条和本条例第二条')).toMatchObject([{ article: 2 }]);
  });

  it('returns the text unchanged when nothing is referenced', () => {
    expect(linkReferences('没有引用。', all)).toEqual([{ kind: 'text', text: '没有引用。' }]);
    expect(linkReferences(`${numberToChinese(3)}条`, all)).toEqual([{ kind: 'text', text: '三条' }]);
  });
});
