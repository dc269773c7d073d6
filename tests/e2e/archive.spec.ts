import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { test, expect, hydrated, answerRight } from './fixtures.ts';
import type { QuizBank, QuizQuestion } from '../../src/lib/quiz/quiz-bank.ts';
import { beijingDay } from '../../src/lib/dates.ts';
import { canonicalJson } from '../../src/lib/archive/canonical-json.ts';

// The 学习档案 page, where the export / import island sits below the dashboard and the notes.
const ARCHIVE_PAGE = '/archive/';

/** Every stored key except backups, parsed, to compare before and after. */
async function storedData(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => !k.startsWith('lxyz:backup:'))
        .sort()
        .map((k) => [k, JSON.parse(localStorage.getItem(k) ?? 'null')]),
    ),
  );
}

async function backupKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lxyz:backup:')));
}

/** Reads a learned document, answers one question and stars it; returns the question. */
async function someActivity(page: Page): Promise<QuizQuestion> {
  await page.goto('/documents/dangzhang/');
  await hydrated(page);
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.getByRole('button', { name: '取消已学完' })).toBeVisible();

  const { questions } = (await (await page.request.get('/quiz/bank.json')).json()) as QuizBank;
  const first = questions.filter((q) => q.document === 'plan')[0]!;
  await page.goto('/quiz/practice/plan/');
  await hydrated(page);
  await answerRight(page, first);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('.q-result')).toContainText('回答正确');
  await page.locator(`[data-question-id="${first.id}"]`).getByRole('button', { name: '☆ 收藏' }).click();
  await expect(page.getByRole('button', { name: '★ 已收藏' })).toBeVisible();
  return first;
}

/** Exports through the page and returns the downloaded file's name and text. */
async function exportFile(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  await page.goto(ARCHIVE_PAGE);
  await hydrated(page);
  await page.getByLabel('姓名').fill(name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学习档案' }).click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function pickFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByLabel('选择学习档案文件（.json）').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

/** Answers and stats as the quiz home page shows them. */
async function quizFigure(page: Page, label: string) {
  return page.locator('.stat-grid div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
}

test('export, clear, import: everything comes back; the same file again changes nothing; one click restores', async ({ page }) => {
  const question = await someActivity(page);
  const { fileName, text } = await exportFile(page, '张三');
  expect(fileName).toBe(`学习档案-张三-${beijingDay(new Date())}.json`);
  await expect(page.getByRole('status').filter({ hasText: fileName })).toBeVisible();
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'lxyz-archive', version: 1, member: { name: '张三' } });
  expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);

  // Another browser, as it were: nothing stored.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('姓名')).toHaveValue('');
  const empty = await storedData(page);

  await pickFile(page, fileName, text);
  const dialog = page.getByRole('dialog', { name: '合并导入这个学习档案吗？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-archive-from]')).toContainText('这是 张三 的学习档案，导出于');
  await expect(dialog.locator('[data-domain="reading"]')).toHaveAttribute('data-added', '1');
  // One answer, one star and the practice position.
  await expect(dialog.locator('[data-domain="quiz"]')).toHaveAttribute('data-added', '3');
  await expect(dialog.locator('[data-domain="settings"]')).toHaveAttribute('data-added', '0');
  expect(await storedData(page), 'the preview changes nothing').toEqual(empty);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await dialog.getByRole('button', { name: '合并导入' }).click();
  await expect(dialog).toBeHidden();
  // Study time on the document and quiz pages may add a day of 学习时长, so the total is not fixed.
  await expect(page.getByRole('status').filter({ hasText: /已导入 张三 的学习档案：新增 \d+ 项，更新 0 项。/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '恢复导入前的状态' })).toBeVisible();
  await expect(page.locator('[data-snapshot-kind="pre-import"]')).toHaveCount(1);
  const imported = await storedData(page);

  // Importing the same file again: 0 added, 0 changed, and confirming changes nothing.
  await pickFile(page, fileName, text);
  await expect(dialog).toBeVisible();
  for (const key of ['reading', 'quiz', 'notes', 'activity', 'settings']) {
    await expect(dialog.locator(`[data-domain="${key}"]`)).toHaveAttribute('data-added', '0');
    await expect(dialog.locator(`[data-domain="${key}"]`)).toHaveAttribute('data-changed', '0');
  }
  await expect(dialog.locator('[data-nothing-new]')).toBeVisible();
  await dialog.getByRole('button', { name: '合并导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '新增 0 项，更新 0 项' })).toBeVisible();
  expect(await storedData(page)).toEqual(imported);

  // Everything is back where the member looks for it.
  await page.goto('/documents/dangzhang/');
  await hydrated(page);
  await expect(page.getByRole('button', { name: '取消已学完' })).toBeVisible();
  await page.goto('/quiz/');
  await hydrated(page);
  await expect(await quizFigure(page, '答题次数')).toHaveText('1');
  await expect(await quizFigure(page, '收藏题目')).toHaveText('1');
  await page.goto('/quiz/starred/');
  await hydrated(page);
  await expect(page.locator(`[data-question-id="${question.id}"]`)).toBeVisible();

  // One click puts the state before the (first) import back.
  await page.goto(ARCHIVE_PAGE);
  await hydrated(page);
  await expect(page.locator('[data-snapshot-kind="pre-import"]')).toHaveCount(2);
  // (Reading those pages added study time, so compare with now, not with right after the import.)
  const beforeRestore = await storedData(page);
  await page.locator('[data-snapshot-kind="pre-import"]').last().getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复到' })).toBeVisible();
  const restored = await storedData(page);
  expect(restored['lxyz:v1:reading']).toEqual({ version: 1, docs: {} });
  expect((restored['lxyz:v1:quiz'] as { attempts: unknown[] }).attempts).toEqual([]);
  // …and that restore can itself be undone.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => storedData(page)).toEqual(beforeRestore);
  await expect(page.getByRole('status').filter({ hasText: '已恢复到' })).toBeVisible();
});

test('right after an import, 恢复导入前的状态 puts this browser back in one click', async ({ page }) => {
  await someActivity(page);
  const { fileName, text } = await exportFile(page, '李四');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/documents/plan/');
  await hydrated(page);
  await page.getByRole('button', { name: '标记为已学完' }).click();
  // The mark is saved once the button says so (the store's actions load on first use).
  await expect(page.getByRole('button', { name: '取消已学完' })).toBeVisible();
  await page.goto(ARCHIVE_PAGE);
  await hydrated(page);
  const before = await storedData(page);

  // Dropped on the import card this time, instead of picked.
  const dropped = await page.evaluateHandle(
    ([name, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      return transfer;
    },
    [fileName, text] as const,
  );
  await page.locator('.archive-drop').dispatchEvent('dragover', { dataTransfer: dropped });
  await page.locator('.archive-drop').dispatchEvent('drop', { dataTransfer: dropped });
  await page.getByRole('dialog').getByRole('button', { name: '合并导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 李四 的学习档案' })).toBeVisible();
  expect(await storedData(page)).not.toEqual(before);
  await page.getByRole('button', { name: '恢复导入前的状态' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复到' })).toBeVisible();
  const after = await storedData(page);
  // Reading as it was; the quiz, never used in this browser, back to its empty state; settings never touched.
  expect(after['lxyz:v1:reading']).toEqual(before['lxyz:v1:reading']);
  expect(after['lxyz:v1:quiz']).toEqual({ version: 1, attempts: [], wrong: {}, mastered: {}, starred: [], practice: {}, daily: {}, exams: [] });
  expect(after['lxyz:v1:settings']).toEqual(before['lxyz:v1:settings']);
});

test('damaged or foreign files are refused with a reason and nothing changes', async ({ page }) => {
  await someActivity(page);
  const { text } = await exportFile(page, '王五');
  const good = JSON.parse(text);
  const before = await storedData(page);
  const backups = await backupKeys(page);

  const cases: [string, string | Buffer, string][] = [
    ['checksum.json', text.replace('"王五"', '"王六"'), '校验码不符：文件在保存或传输中被改动或损坏了。'],
    ['broken.json', text.slice(0, -20), '文件不是有效的 JSON'],
    ['other.json', JSON.stringify({ format: 'someone-else', version: 1 }), '这不是本站导出的学习档案（格式标识不对）。'],
    ['newer.json', JSON.stringify({ ...good, version: 2 }), '文件由更新版本的网站导出（格式版本 2）'],
    ['huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), '超过 5 MB 的上限'],
  ];
  for (const [name, content, reason] of cases) {
    await pickFile(page, name, content);
    const problem = page.locator('[data-archive-problem]');
    await expect(problem, name).toContainText(`无法导入“${name}”`);
    await expect(problem, name).toContainText(reason);
    await expect(problem, name).toContainText('本机数据没有任何改动。');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await storedData(page), name).toEqual(before);
    expect(await backupKeys(page), name).toEqual(backups);
  }
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('HTML in a file is shown as text, never run or rendered', async ({ page }) => {
  await page.goto(ARCHIVE_PAGE);
  await hydrated(page);
  const body = {
    format: 'lxyz-archive',
    version: 1,
    exportedAt: new Date().toISOString(),
    member: { name: '<img src=x id=injected>' },
    data: { reading: { version: 1, docs: {} }, '<b>extra</b>': { version: 1 } },
  };
  const checksum = `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;
  await pickFile(page, 'html.json', JSON.stringify({ ...body, checksum }));
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-archive-from]')).toContainText('这是 <img src=x id=injected> 的学习档案');
  await expect(dialog).toContainText('<b>extra</b>');
  await expect(page.locator('#injected')).toHaveCount(0);
  await expect(dialog.locator('b')).toHaveCount(0);
  // The summary dialog is axe clean in the dark theme too.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
});

test('the export name is checked inline and the page is axe clean', async ({ page }) => {
  await page.goto(ARCHIVE_PAGE);
  await hydrated(page);
  await page.getByRole('button', { name: '导出学习档案' }).click();
  await expect(page.getByRole('alert')).toHaveText('请填写姓名。');
  await expect(page.getByLabel('姓名')).toBeFocused();
  await expect(page.getByLabel('姓名')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('姓名').fill('党'.repeat(51));
  await page.getByRole('button', { name: '导出学习档案' }).click();
  await expect(page.getByRole('alert')).toHaveText('姓名最多 50 个字。');
  await expect(page.getByText('本站不会上传任何数据')).toBeVisible();
  await expect(page.getByText('不能防止有人故意修改文件内容')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), colorScheme).toEqual([]);
  }
});
