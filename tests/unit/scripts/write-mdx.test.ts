// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxToHast, mdxToJs } from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseStructure } from '../../../src/lib/structure.ts';
import { headingsFromMdx } from '../../../src/lib/doc-outline.ts';
import { escapeMdxText, renderBody, renderFrontmatter, renderMdx, writeFileAtomic } from '../../../scripts/lib/importer/write-mdx.ts';

// Sätteri is what Astro 7 compiles MDX with; smart punctuation is on because Astro turns it on.
const features = { gfm: true, smartPunctuation: true };
type Node = { type: string; value?: string; tagName?: string; name?: string; children?: Node[] };
const textOf = (n: Node): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
const tags = (n: Node): string[] => [n.tagName ?? n.name ?? n.type, ...(n.children ?? []).flatMap(tags)];

const NASTY = [
  '{1+1} 与 {x} <b>粗</b> <br/> </p>',
  '*强调* _下划线_ **加粗** `代码` ~~删除~~ ~单~ a|b $x$ \\反斜杠\\',
  '[链接](#art-1) ![图](a.png) [^1] &amp; &copy; &#123;',
  '- 减号开头', '+ 加号开头', '1. 数字加点', '2) 数字加括号', '# 井号', '> 引用', '---', '***', '___', '===',
  'import x from "y"', 'export const a = 1', '<!-- 注释 -->', '"引号" \'单引号\' -- 破折号 --- 省略号...',
  '第一条　普通的中文，　含全角空格。',
];

describe('escapeMdxText', () => {
  it.each(NASTY)('renders %j verbatim as one plain paragraph', (text) => {
    const tree = mdxToHast(escapeMdxText(text), { features }) as Node;
    expect(textOf(tree).trim()).toBe(text);
    expect(tags(tree).filter((t) => !['root', 'text', 'p'].includes(t))).toEqual([]);
  });

  it('escapes mid-line text without touching harmless characters', () => {
    expect(escapeMdxText('{x} <b> *a*')).toBe('\\{x\\} \\<b\\> \\*a\\*');
    expect(escapeMdxText('2016-10-27 1.5', { blockStart: false })).toBe('2016-10-27 1.5');
    expect(escapeMdxText('- x', { blockStart: false })).toBe('- x');
  });
});

describe('renderFrontmatter', () => {
  it('double-quotes every string so any character survives Astro’s YAML parser', () => {
    const data = {
      id: 'a-b',
      title: '标题: "引号" # 不是注释 \\ 反斜杠 \n 换行 \u2028 分隔 \u0085 {x} - [y]',
      aliases: ['甲', 'yes'],
      empty: [],
      source: { name: 'null', url: 'https://example.org/a?b=1#c' },
      fullText: true,
      order: 7,
      skipped: undefined,
    };
    const yaml = renderFrontmatter(data);
    expect(yaml).toContain('id: "a-b"');
    expect(yaml).not.toContain('skipped');
    const { skipped: _, ...expected } = data;
    expect(parseFrontmatter(`${yaml}\n`).frontmatter).toEqual(expected);
  });
});

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
});

describe('renderMdx', () => {
  it('compiles with Sätteri and shows nasty text exactly', () => {
    // Lines starting with 第…条 would open articles, so only the other nasty lines go in the body.
    const lines = NASTY.filter((t) => !t.startsWith('第'));
    const doc = parseStructure(['第一章　{章} <名>', '第一条　见第二条。', ...lines, '第二条　乙。'].join('\n'));
    const mdx = renderMdx({ id: 'x', title: '标题 {x} "y"' }, doc);
    expect(() => mdxToJs(mdx, { features })).not.toThrow();
    const tree = mdxToHast(mdx, { features }) as Node;
    const paragraphs = (tree.children ?? []).filter((n) => n.tagName === 'p').map(textOf);
    expect(paragraphs).toEqual(['见第二条。', ...lines, '乙。']);
    expect(headingsFromMdx(mdx).map((h) => h.text)).toEqual(['第一章\u3000{章} <名>', '第一条', '第二条']);
    expect(parseFrontmatter(mdx).frontmatter).toEqual({ id: 'x', title: '标题 {x} "y"' });
  });
});

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-mdx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file and leaves no temp file', () => {
    writeFileAtomic(join(dir, 'a.mdx'), '内容');
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('内容');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  it('removes the temp file when the rename fails', () => {
    mkdirSync(join(dir, 'taken.mdx'));
    expect(() => writeFileAtomic(join(dir, 'taken.mdx'), '内容')).toThrow();
    expect(existsSync(join(dir, `taken.mdx.${process.pid}.tmp`))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'taken.mdx']);
  });
});
