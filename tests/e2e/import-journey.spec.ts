import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberToChinese } from '../../src/lib/numerals.ts';
import { readDocFacts, readQuestionBank } from '../../src/data/question-bank.ts';
import { resolveQuestionSource } from '../../src/lib/quiz/bank-check.ts';
import { sourceHref } from '../../src/lib/quiz/source-link.ts';
import { test, expect, hydrated } from './fixtures.ts';

// A branch secretary imports an official text and members read it article by article. The text
// here is made up (no real regulation is reproduced); it is long enough to reach 第一百零三条.
const PORT = Number(process.env.E2E_IMPORT_PORT ?? 4398);
const base = `http://127.0.0.1:${PORT}`;
let dir = '';
let server: ChildProcess | undefined;

function madeUpRegulation(): string {
  const lines = ['示例管理规定', ''];
  for (let n = 1; n <= 120; n++) {
    if (n % 20 === 1) lines.push(`第${numberToChinese(Math.ceil(n / 20))}章　示例第${Math.ceil(n / 20)}部分`);
    const ref = n === 103 ? '依照本规定第十二条办理。' : '';
    lines.push(`第${numberToChinese(n)}条　这是虚构的第${n}条示例内容。${ref}`);
  }
  return lines.join('\n');
}

// Before the import the branch has only a guide to the (invented) regulation, and a question on its
// 第十二条 that links to the guide's 学习要点; after importing the 原文 of the same version, the
// same question, unedited, links to #art-12.
const GUIDE = `---
id: "shili-guiding"
title: "示例管理规定"
shortTitle: "示例规定"
category: "党内法规"
audience: "all"
requirement: "必学"
summary: "虚构的示例规定的导读，只用于测试导入。"
version: "2026"
fullText: false
order: 100
---

## 学习要点

<Points>
<Point id="pt-1" articles="12">【第十二条】虚构的要点。</Point>
</Points>
`;
const BANK = `document: shili-guiding
questions:
  - id: shili-guiding-001
    type: judge
    stem: "示例规定第十二条是虚构的示例内容。"
    answer: true
    explanation: "这是测试用的虚构条文。"
    source:
      version: "2026"
      article: 12
      anchor: pt-1
    checked: false
`;
let hrefBefore = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  // A whole site build: slow on a busy machine.
  test.setTimeout(180_000);
  dir = mkdtempSync(join(tmpdir(), 'lxyz-import-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content/documents/shili-guiding.mdx'), GUIDE);
  writeFileSync(join(dir, 'content/questions/shili-guiding.yaml'), BANK);
  hrefBefore = linkOf('shili-guiding-001', join(dir, 'content'));
  const source = join(dir, '示例管理规定.txt');
  writeFileSync(source, madeUpRegulation());
  const out = execFileSync(process.execPath, ['scripts/import.ts', source, '--id', 'shili-guiding', '--title', '示例管理规定',
    '--short', '示例规定', '--version', '2026', '--force', '--out-dir', join(dir, 'content/documents')], { encoding: 'utf8' });
  expect(out).toContain('120');
  execFileSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, LXYZ_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  server = spawn(process.execPath, ['scripts/serve.mjs', join(dir, 'dist'), '--port', String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

/** Where a question's source link goes, resolved by the build's own code over a content folder. */
function linkOf(id: string, content: string): string {
  const { questions, errors } = readQuestionBank(content);
  expect(errors).toEqual([]);
  const q = questions.find((x) => x.id === id)!;
  const cited = q.source.document ?? q.document;
  return sourceHref(cited, resolveQuestionSource(q, readDocFacts(content).get(cited)!));
}

test.afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an imported text reads article by article, with #art- links and cross-references', async ({ page }) => {
  await page.goto(`${base}/documents/shili-guiding/#art-103`);
  await hydrated(page);
  const article = page.locator('#art-103');
  await expect(article).toHaveText('第一百零三条');
  await expect(article).toBeInViewport();
  expect(await article.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
  await expect(page.getByText('本页收录原文')).toBeVisible();
  await expect(page.locator('#yuanwen')).toHaveCount(0);

  // The reference inside the sentence is a link to the article it names.
  await page.getByRole('link', { name: '第十二条' }).click();
  await expect(page).toHaveURL(/#art-12$/);
  await expect(page.locator('#art-12')).toBeInViewport();

  // The table of contents lists the chapters.
  await page.getByText('目录').click();
  await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link')).toHaveCount(6);
});

test('a question on the guide’s 学习要点 links to #art-12 once the 原文 of its version is imported', async ({ page }) => {
  expect(hrefBefore).toBe('/documents/shili-guiding/#pt-1');
  const bank = (await (await page.request.get(`${base}/quiz/bank.json`)).json()) as { questions: { id: string; href: string; where: string }[] };
  expect(bank.questions.find((q) => q.id === 'shili-guiding-001')).toMatchObject({ href: '/documents/shili-guiding/#art-12', where: '示例规定 第十二条' });

  await page.goto(`${base}/quiz/practice/shili-guiding/`);
  await hydrated(page);
  const source = page.locator('.q-source a').first();
  await expect(source).toHaveText('示例规定 第十二条');
  await source.click();
  await expect(page).toHaveURL(/\/documents\/shili-guiding\/#art-12$/);
  await expect(page.locator('#art-12')).toBeInViewport();
  await expect(page.locator('#art-12')).toHaveText('第十二条');
});
