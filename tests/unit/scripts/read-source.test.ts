// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../../scripts/lib/importer/read-source.ts';

describe('stripMarkdown', () => {
  it('removes headings, emphasis, quotes, bullets, links, code and rules', () => {
    const md = ['---', 'title: x', '---', '# 示例规则 #', '## 第一章　总则', '**第一条**　*甲*、__乙__、_丙_。',
      '> 引文', '- （一）[链接文字](https://example.org)', '* * *', '`代码`'].join('\n');
    expect(stripMarkdown(md).split('\n')).toEqual(['示例规则', '第一章　总则', '第一条　甲、乙、丙。', '引文', '（一）链接文字', '', '代码']);
  });

  it('keeps escaped characters and underscores inside words', () => {
    expect(stripMarkdown('\\*不是强调\\* snake_case_name \\# 井号')).toBe('*不是强调* snake_case_name # 井号');
  });
});
