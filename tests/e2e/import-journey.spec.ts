import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberToChinese } from '../../src/lib/numerals.ts';
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

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lxyz-import-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const source = join(dir, '示例管理规定.txt');
  writeFileSync(source, madeUpRegulation());
  const out = execFileSync(process.execPath, ['scripts/import.ts', source, '--id', 'shili-guiding', '--title', '示例管理规定',
    '--short', '示例规定', '--out-dir', join(dir, 'content/documents')], { encoding: 'utf8' });
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
  await expect(page.getByRole('heading', { name: '原文未随本站提供' })).toHaveCount(0);

  // The reference inside the sentence is a link to the article it names.
  await page.getByRole('link', { name: '第十二条' }).click();
  await expect(page).toHaveURL(/#art-12$/);
  await expect(page.locator('#art-12')).toBeInViewport();

  // The table of contents lists the chapters.
  await page.getByText('目录').click();
  await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link')).toHaveCount(6);
});
