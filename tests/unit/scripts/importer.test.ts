// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { documentSchema } from '../../../src/schemas/document.ts';
import { numberToChinese } from '../../../src/lib/numerals.ts';
import { headingsFromMdx } from '../../../src/lib/doc-outline.ts';
import { makeDocx } from '../../fixtures/importer/make-docx.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/importer', name);
let out: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const importInto = (file: string, ...extra: string[]) =>
  run(file, '--id', 'shili-guize', '--title', '示例工作规则', '--out-dir', out, ...extra);
const written = () => readFileSync(join(out, 'shili-guize.mdx'), 'utf8');

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'importer-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('npm run import: success', () => {
  it('imports a .txt regulation, prints the counts and the path, and writes valid MDX', () => {
    const result = importInto(fixture('sample-rules.txt'), '--adopted', '2020-01', '--source-name', '示例来源', '--version', '2020');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('编 2、章 3、节 2、条 8');
    expect(result.stdout).toContain(`已写入 ${join(out, 'shili-guize.mdx')}`);
    expect(readdirSync(out)).toEqual(['shili-guize.mdx']);

    const mdx = written();
    const meta = documentSchema.parse(parseFrontmatter(mdx).frontmatter);
    expect(meta).toMatchObject({
      id: 'shili-guize', title: '示例工作规则', shortTitle: '示例工作规则', category: '党内法规', audience: 'all',
      requirement: '必学', order: 100, fullText: true, adopted: '2020-01', source: { name: '示例来源' }, version: '2020',
      summary: '《示例工作规则》原文，共 8 条。',
    });
    expect(() => mdxToJs(mdx)).not.toThrow();
    expect(mdx).toContain('<Heading level={2} id="preamble">总纲</Heading>');
    expect(mdx).toContain('<Heading level={3} id="ch-2">第二章　组织机构</Heading>');
    expect(mdx).toContain('<Heading level={4} id="sec-2-1">第一节　示例委员会</Heading>');
    expect(mdx).toContain('<Heading level={5} id="art-8">第八条</Heading>');
    expect(mdx).toContain('- （二）核对示例编号；');
    expect(mdx).toContain('依照本规则[第二条](#art-2)、[第四条](#art-4)开展工作，不适用《示例上位法》第三条、第四条的规定。');
    expect(mdx).toContain('\\{不是表达式\\} \\<不是标签\\> \\*不是强调\\*');
  });

  it('uses the given options instead of the defaults', () => {
    const result = importInto(fixture('crlf.txt'), '--short', '示例', '--category', '本单位文件', '--audience', 'leaders',
      '--requirement', '必知', '--order', '3', '--summary', '一段自己写的简介文字。', '--issuer', '示例委员会');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('编 0、章 0、节 0、条 3');
    expect(parseFrontmatter(written()).frontmatter).toMatchObject({
      shortTitle: '示例', category: '本单位文件', audience: 'leaders', requirement: '必知', order: 3,
      summary: '一段自己写的简介文字。', issuer: '示例委员会',
    });
    expect(written()).not.toContain('\r');
  });

  it('imports a .md copy with its markup stripped', () => {
    const result = importInto(fixture('sample-rules.md'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('编 0、章 2、节 0、条 3');
    const mdx = written();
    expect(mdx).toContain('<Heading level={2} id="ch-1">第一章　总则</Heading>');
    expect(mdx).toContain('- （一）学习示例材料；');
    expect(mdx).toContain('转义的 \\*星号\\* 保持原样');
    expect(mdx).not.toMatch(/\*\*第/);
  });

  it('imports a .docx', () => {
    const file = join(out, 'rules.docx');
    writeFileSync(file, makeDocx(['示例工作规则', '第一章　总则', '第一条　甲 & <乙>。', '第二条　依照第一条。']));
    const result = run(file, '--id', 'docx-rules', '--title', '示例工作规则', '--out-dir', out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('编 0、章 1、节 0、条 2');
    const mdx = readFileSync(join(out, 'docx-rules.mdx'), 'utf8');
    expect(mdx).toContain('甲 \\& \\<乙\\>。');
    expect(mdx).toContain('依照[第一条](#art-1)。');
  });

  it('numbers a long text up to 第一百二十条', () => {
    const file = join(out, 'long.txt');
    const lines = Array.from({ length: 120 }, (_, i) => `第${numberToChinese(i + 1)}条　第 ${i + 1} 条。依照本规则第一条。`);
    writeFileSync(file, lines.join('\n'));
    expect(importInto(file).stdout).toContain('条 120');
    const headings = headingsFromMdx(written());
    expect(headings[102]).toEqual({ depth: 2, id: 'art-103', text: '第一百零三条' });
    expect(headings[109]?.text).toBe('第一百一十条');
  });

  it('overwrites an existing file with --force', () => {
    writeFileSync(join(out, 'shili-guize.mdx'), '旧内容');
    const result = importInto(fixture('crlf.txt'), '--force');
    expect(result.status).toBe(0);
    expect(written()).toContain('<Heading level={2} id="art-3">第三条</Heading>');
    expect(readdirSync(out)).toEqual(['shili-guize.mdx']);
  });

  it('prints usage for --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('用法：npm run import');
  });
});

// Each case starts Node several times; on a busy shared machine that alone can pass the 5 s default.
describe('npm run import: refusals leave nothing behind', { timeout: 30_000 }, () => {
  function refused(result: ReturnType<typeof run>, message: string | RegExp, files: string[] = []) {
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^导入失败：/);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(out).sort()).toEqual(files);
  }

  it('refuses an unknown file type', () => {
    refused(importInto(fixture('unknown.pdf')), '不支持的文件类型“.pdf”');
  });

  it('refuses an empty file', () => {
    refused(importInto(fixture('empty.txt')), '文件内容为空');
  });

  it('refuses a file that is not UTF-8', () => {
    writeFileSync(join(out, 'gbk.txt'), Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5])); // 第一条 in GBK
    refused(importInto(join(out, 'gbk.txt')), '不是 UTF-8 编码', ['gbk.txt']);
  });

  it('refuses a missing file', () => {
    refused(importInto(join(out, 'missing.txt')), '找不到文件');
  });

  it('refuses a text without articles', () => {
    refused(importInto(fixture('no-articles.txt')), '没有找到任何条文');
  });

  it('refuses numbering gaps and duplicates, naming each', () => {
    const result = importInto(fixture('gap.txt'));
    refused(result, '原文编号有误');
    expect(result.stderr).toContain('第 7 行：第五条之后出现了第七条（缺少第六条）');
    expect(result.stderr).toContain('第 8 行：第七条重复');
  });

  it('refuses invalid frontmatter, naming the field and its option', () => {
    const result = run(fixture('crlf.txt'), '--id', 'Bad_ID', '--title', '示例', '--adopted', '2020-13', '--out-dir', out);
    refused(result, 'frontmatter 无效');
    expect(result.stderr).toContain('字段 id（--id）');
    expect(result.stderr).toContain('字段 adopted（--adopted）：日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD');
    refused(importInto(fixture('crlf.txt'), '--category', '其他'), '字段 category（--category）');
    refused(importInto(fixture('crlf.txt'), '--order', 'abc'), '字段 order（--order）');
    refused(importInto(fixture('crlf.txt'), '--source-url', 'https://example.org'), '字段 source.name（--source-name）');
  });

  it('refuses a version that is not a year', () => {
    refused(importInto(fixture('crlf.txt'), '--version', '2019 年版'), '字段 version（--version）：version 应为年份，如 2019');
  });

  it('refuses to replace an existing file without --force', () => {
    writeFileSync(join(out, 'shili-guize.mdx'), '旧内容');
    refused(importInto(fixture('crlf.txt')), '已存在。确认要覆盖请加 --force', ['shili-guize.mdx']);
    expect(written()).toBe('旧内容');
  });

  it('refuses a missing output directory', () => {
    refused(importInto(fixture('crlf.txt'), '--out-dir', join(out, 'nope')), '输出目录不存在');
  });

  it('refuses bad arguments with the usage', () => {
    refused(run(fixture('crlf.txt'), '--title', '示例'), '缺少 --id');
    refused(run('--id', 'a', '--title', '示例'), '缺少要导入的文件');
    refused(run(fixture('crlf.txt'), '--id', 'a', '--title', '示例', '--bogus'), /未知选项 --bogus[\s\S]*用法/);
  });
});
