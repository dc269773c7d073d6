// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mdxToHast, mdxToJs } from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseStructure } from '../../../src/lib/structure.ts';
import { headingsFromMdx } from '../../../src/lib/doc-outline.ts';
import { renderBody, renderMdx } from '../../../scripts/lib/importer/write-mdx.ts';
import type { DocumentMetaInput } from '../../../src/schemas/document.ts';

// Sätteri is what Astro 7 compiles MDX with; smart punctuation is on because Astro turns it on.
const features = { gfm: true, smartPunctuation: true };
type Node = { type: string; value?: string; tagName?: string; name?: string; children?: Node[] };
const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));

const NASTY = [
  '{1+1} 与 {x} <b>粗</b> <br/> </p>',
  '*强调* _下划线_ **加粗** `代码` ~~删除~~ ~单~ a|b $x$ \\反斜杠\\',
  '[链接](#art-1) ![图](a.png) [^1] &amp; &copy; &#123;',
  '- 减号开头', '+ 加号开头', '1. 数字加点', '2) 数字加括号', '# 井号', '> 引用', '---', '***', '___', '===',
  'import x from "y"', 'export const a = 1', '<!-- 注释 -->', '"引号" \'单引号\' -- 破折号 --- 省略号...',
  '第一条　普通的中文，　含全角空格。',
];

describe('renderBody', () => {
  it('makes articles level 2 when a text has nothing else', () => {
    const body = renderBody(parseStructure('第一条　甲。\n第二条　乙。'));
    expect(headingsFromMdx(body).map((h) => [h.depth, h.id, h.text])).toEqual([
      [2, 'art-1', '第一条'],
      [2, 'art-2', '第二条'],
    ]);
    expect(body).toBe('<Heading level={2} id="art-1">第一条</Heading>\n\n甲。\n\n<Heading level={2} id="art-2">第二条</Heading>\n\n乙。');
  });

  it('numbers levels from 2 without gaps and keeps ids unique when chapters restart per 编', () => {
    const text = '第一编　甲\n第一章　子\n第一节　一\n第一条 a\n第二编　乙\n第一章　丑\n第一节　二\n第二条 b\n第二章　寅\n第三条 c';
    const headings = headingsFromMdx(renderBody(parseStructure(text))).map((h) => `${h.depth} ${h.id} ${h.text}`);
    expect(headings).toEqual([
      '2 part-1 第一编\u3000甲', '3 ch-1-1 第一章\u3000子', '4 sec-1-1-1 第一节\u3000一', '5 art-1 第一条',
      '2 part-2 第二编\u3000乙', '3 ch-2-1 第一章\u3000丑', '4 sec-2-1-1 第一节\u3000二', '5 art-2 第二条',
      '3 ch-2-2 第二章\u3000寅', '5 art-3 第三条',
    ]);
  });

  it('uses plain chapter numbers and sec-<chapter>-<n> when chapters run through the text', () => {
    const ids = headingsFromMdx(renderBody(parseStructure('第一章 甲\n第一条 a\n第二章 乙\n第一节 丙\n第二条 b'))).map((h) => h.id);
    expect(ids).toEqual(['ch-1', 'art-1', 'ch-2', 'sec-2-1', 'art-2']);
  });

  it('turns a 总纲 line into the preamble heading, drops a repeated title, keeps a 题注', () => {
    const body = renderBody(parseStructure('示例规则\n（某年通过）\n总　纲\n序文。\n第一条　甲。'), '示例规则');
    expect(body.split('\n\n')).toEqual([
      '（某年通过）',
      '<Heading level={2} id="preamble">总纲</Heading>',
      '序文。',
      '<Heading level={2} id="art-1">第一条</Heading>',
      '甲。',
    ]);
  });

  it('writes items as a tight bullet list and references as links', () => {
    const body = renderBody(parseStructure('第一条　包括：\n（一）甲；\n（二）依照本规则第二条。\n第二条　乙。'));
    expect(body).toContain('包括：\n\n- （一）甲；\n- （二）依照本规则[第二条](#art-2)。\n\n<Heading');
  });

  it('escapes text after a reference like any line start, and it still reads as written', () => {
    const lines = ['见第二条1. 甲', '见第二条- 乙', '见第二条import 丙'];
    const body = renderBody(parseStructure(['第一条　条首。', ...lines, '第二条　乙。'].join('\n')));
    expect(body).toContain('见[第二条](#art-2)1\\. 甲');
    expect(body).toContain('见[第二条](#art-2)\\- 乙');
    expect(body).toContain('见[第二条](#art-2)&#105;mport 丙');
    const tree = mdxToHast(body, { features }) as Node;
    const paragraphs = (tree.children ?? []).filter((n) => n.tagName === 'p').map(textOf);
    expect(paragraphs).toEqual(['条首。', ...lines, '乙。']);
  });
});

describe('renderMdx', () => {
  const META: DocumentMetaInput = {
    id: 'x', title: '标题', shortTitle: '标题', category: '党内法规', audience: 'all', requirement: '必学',
    summary: '《标题》原文，共 2 条。', fullText: true, order: 100,
  };

  it('compiles with Sätteri and shows nasty text exactly', () => {
    // Lines starting with 第…条 would open articles, so only the other nasty lines go in the body.
    const lines = NASTY.filter((t) => !t.startsWith('第'));
    const doc = parseStructure(['第一章　{章} <名>', '第一条　见第二条。', ...lines, '第二条　乙。'].join('\n'));
    const meta: DocumentMetaInput = { ...META, title: '标题 {x} "y"' };
    const mdx = renderMdx(meta, doc);
    expect(() => mdxToJs(mdx, { features })).not.toThrow();
    const tree = mdxToHast(mdx, { features }) as Node;
    const paragraphs = (tree.children ?? []).filter((n) => n.tagName === 'p').map(textOf);
    expect(paragraphs).toEqual(['见第二条。', ...lines, '乙。']);
    expect(headingsFromMdx(mdx).map((h) => h.text)).toEqual(['第一章\u3000{章} <名>', '第一条', '第二条']);
    expect(parseFrontmatter(mdx).frontmatter).toEqual(meta);
    expect(mdx).toMatch(/\n---\n\n<Heading/);
  });

  it('refuses frontmatter the document schema rejects', () => {
    expect(() => renderMdx({ ...META, id: 'Not An Id' }, parseStructure('第一条　甲。'))).toThrow(/字段 id/);
  });
});
