// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PLAN_FRONTMATTER, PLAN_OUTPUT_PATH } from '../../../scripts/build-plan.ts';
import { renderFrontmatter } from '../../../src/lib/mdx-frontmatter.ts';
import { documentSchema, type DocumentMetaInput } from '../../../src/schemas/document.ts';

/** What Astro itself reads the block with (js-yaml, YAML 1.1 flavour). */
const readByAstro = (block: string) => parseFrontmatter(`${block}\n正文`).frontmatter;
/** A second, independent reader (the `yaml` package, strict YAML 1.2), so no quirk of one parser hides a bug. */
const readStrictly = (block: string) => parseYaml(block.slice('---\n'.length, -'---\n'.length), { strict: true, prettyErrors: false });

function expectRoundTrip(meta: DocumentMetaInput): string {
  const block = renderFrontmatter(meta);
  const expected = JSON.parse(JSON.stringify(meta)) as unknown; // drops undefined fields
  expect(readByAstro(block)).toEqual(expected);
  expect(readStrictly(block)).toEqual(expected);
  return block;
}

const META: DocumentMetaInput = {
  id: 'shili',
  title: '示例规则',
  shortTitle: '示例',
  category: '党内法规',
  audience: 'all',
  requirement: '必学',
  summary: '一段足够长的示例简介文字。',
  fullText: true,
  order: 100,
};

const NASTY = [
  '带"双引号"与\'单引号\'',
  '冒号: 后面有空格',
  'a:b',
  '# 不是注释',
  '标题 #不是注释',
  '第一行\n第二行',
  'crlf\r\n换行',
  '行分隔\u2028段分隔\u2029',
  'NEL\u0085与 C1\u0080\u009f 与 DEL\u007f',
  '\ufeff开头有 BOM',
  '反斜杠 \\ 与 \\n 字面',
  '制表\t符',
  'yes',
  'null',
  '~',
  '2016',
  '0x1F',
  '- 像列表',
  '[像, 数组]',
  '{像: 映射}',
  '&锚点 *别名 !标签 %指令 @保留 `反引号`',
  '---',
  '...',
  '  前后空格  ',
  '表情 😀 与 𠀀',
];

describe('renderFrontmatter', () => {
  it('writes the plan header exactly as the committed plan.mdx has it', () => {
    const committed = readFileSync(PLAN_OUTPUT_PATH, 'utf8');
    expect(committed.startsWith(renderFrontmatter(PLAN_FRONTMATTER))).toBe(true);
    expectRoundTrip(PLAN_FRONTMATTER);
  });

  it.each(NASTY)('keeps %j exactly in every string field, one line per key', (nasty) => {
    const meta: DocumentMetaInput = {
      ...META,
      title: `标题${nasty}`,
      shortTitle: nasty,
      aliases: [nasty, '甲'],
      summary: `简介：${nasty}，简介继续。`,
      revision: `修订${nasty}`,
      source: { name: nasty, url: 'https://example.org/a?b=1#c' },
    };
    const block = expectRoundTrip(meta);
    // Every value stays on its own line: no raw line break or YAML-forbidden character gets through.
    expect(block.split('\n')).toHaveLength(17); // 12 keys, source's 2 nested ones, two --- lines, and '' after the final newline
    expect(block).not.toMatch(/[\r\u0085\u2028\u2029\ufeff\u007f-\u009f]/u);
  });

  it('double-quotes strings, leaves numbers and booleans bare, and writes arrays on one line', () => {
    const block = renderFrontmatter({ ...META, aliases: ['甲', 'yes'], issuer: '示例委员会', adopted: '2016' });
    expect(block).toBe(
      [
        '---',
        'id: "shili"',
        'title: "示例规则"',
        'shortTitle: "示例"',
        'aliases: ["甲", "yes"]',
        'category: "党内法规"',
        'audience: "all"',
        'requirement: "必学"',
        'summary: "一段足够长的示例简介文字。"',
        'issuer: "示例委员会"',
        'adopted: "2016"',
        'fullText: true',
        'order: 100',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('writes keys in schema order whatever order they come in, the nested source included', () => {
    const shuffled = Object.fromEntries(
      Object.entries({ ...META, source: { url: 'https://example.org/', name: '示例来源' }, issued: '2016-10-27' }).reverse(),
    ) as DocumentMetaInput;
    const block = renderFrontmatter(shuffled);
    const keys = block.split('\n').filter((line) => /^\s*\w+:/.test(line)).map((line) => line.split(':')[0]);
    expect(keys).toEqual([
      'id', 'title', 'shortTitle', 'category', 'audience', 'requirement', 'summary', 'issued', 'source', '  name', '  url', 'fullText', 'order',
    ]);
    expect(Object.keys(documentSchema.shape).filter((key) => key in shuffled)).toEqual(keys.filter((key) => !key.startsWith(' ')));
  });

  it('leaves out undefined fields, fills in no defaults, and writes an empty list as []', () => {
    const block = renderFrontmatter({ ...META, issuer: undefined, source: { name: '示例来源', url: undefined } });
    expect(block).not.toContain('issuer');
    expect(block).not.toContain('aliases');
    expect(block).toContain('source:\n  name: "示例来源"\nfullText');
    expect(renderFrontmatter({ ...META, aliases: [] })).toContain('\naliases: []\n');
    expectRoundTrip({ ...META, aliases: [] });
  });

  it('refuses what the document schema rejects, naming every bad field', () => {
    expect(() => renderFrontmatter({ ...META, id: 'Not An Id' })).toThrow(/字段 id：id 只能用小写字母、数字和连字符/);
    expect(() => renderFrontmatter({ ...META, order: 1.5, summary: '太短' })).toThrow(/字段 summary[\s\S]*字段 order|字段 order[\s\S]*字段 summary/);
    expect(() => renderFrontmatter({ ...META, source: { name: '来源', url: 'not a url' } })).toThrow(/字段 source\.url/);
    expect(() => renderFrontmatter({ ...META, title: undefined } as unknown as DocumentMetaInput)).toThrow(/字段 title/);
  });

  it('refuses keys the schema does not know instead of dropping them', () => {
    expect(() => renderFrontmatter({ ...META, extra: 1 } as DocumentMetaInput)).toThrow(/extra/);
    expect(() => renderFrontmatter({ ...META, source: { name: '来源', note: 'x' } } as DocumentMetaInput)).toThrow(/source\.note/);
  });
});
