import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, answerRight } from './fixtures.ts';
import type { QuizBank } from '../../src/lib/quiz/quiz-bank.ts';

/** Violations axe finds on the page as it is now. */
async function axe(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PLAN_TITLE = '上党区人民政府招商中心关于推进“两学一做”学习教育常态化制度化的实施方案';

test('a note on a plan paragraph: write it on the page, see the mark, edit, delete and undo it on 学习档案, export it as text', async ({ page }) => {
  await page.goto('/documents/plan/#p-5');
  await hydrated(page);
  const button = page.locator('button[data-note-for="p-5"]');
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName('笔记：为“第5段”写笔记');
  await button.click();

  const dialog = page.getByRole('dialog', { name: '笔记：第5段' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByLabel('写一条新笔记');
  await expect(box).toBeFocused();
  // An empty note is refused with a reason.
  await dialog.getByRole('button', { name: '保存笔记' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('笔记不能为空，请写下内容再保存。');
  // Over 2,000 characters: the box says how much is over, and saving is refused.
  await box.fill('学'.repeat(2003));
  await expect(dialog.getByText('超出 3 字')).toBeVisible();
  await dialog.getByRole('button', { name: '保存笔记' }).click();
  await expect(dialog.getByRole('alert')).toContainText('不能超过 2000 字');
  await box.fill('必学必知必会：党章、准则、条例。\n<b>标记不会生效</b>');
  await dialog.getByRole('button', { name: '保存笔记' }).click();
  await expect(dialog.getByRole('status')).toHaveText('笔记已保存。');
  await expect(dialog.locator('.note-text')).toHaveText('必学必知必会：党章、准则、条例。\n<b>标记不会生效</b>');
  await expect(dialog.locator('.note-text b')).toHaveCount(0);
  expect(await axe(page), 'axe with the note dialog open').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page), 'axe with the note dialog open, dark').toEqual([]);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // The heading now carries a mark with the count, also after a reload.
  await expect(button).toHaveAttribute('data-has-notes', '');
  await expect(button).toHaveText('笔记 1');
  // Without the #p-5 of the earlier visit: the landing highlight fades in and out, and axe would
  // measure its colours halfway.
  await page.goto('/documents/plan/');
  await hydrated(page);
  await expect(page.locator('button[data-note-for="p-5"]')).toHaveText('笔记 1');
  await expect(page.locator('button[data-note-for="p-6"]')).toHaveText('笔记');
  expect(await axe(page), 'axe with a marked heading').toEqual([]);

  await page.goto('/archive/');
  await hydrated(page);
  const notes = page.locator('#archive-notes');
  await expect(notes.getByRole('heading', { name: '《实施方案》' })).toBeVisible();
  await expect(notes.getByRole('link', { name: '第5段' })).toHaveAttribute('href', '/documents/plan/#p-5');
  await expect(page.locator('[data-figure="notes"] dd')).toHaveText('1 条');

  // Edit.
  await notes.getByRole('button', { name: /^修改笔记/ }).click();
  const editBox = notes.getByLabel('修改笔记');
  await expect(editBox).toBeFocused();
  await editBox.fill('学而信、学而思、学而行。');
  await notes.getByRole('button', { name: '保存修改' }).click();
  await expect(notes.locator('.note-text')).toHaveText('学而信、学而思、学而行。');
  await expect(notes.locator('.note-meta')).toContainText('改');

  // Delete, confirmed in the page, then undone.
  await notes.getByRole('button', { name: /^删除笔记/ }).click();
  const confirm = page.getByRole('dialog', { name: '删除这条笔记吗？' });
  await expect(confirm).toContainText('学而信、学而思、学而行。');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(notes.locator('.note-text')).toHaveCount(0);
  await expect(notes.getByRole('status').filter({ hasText: '已删除笔记' })).toBeVisible();
  await expect(notes.getByRole('button', { name: '撤销' })).toBeFocused();
  await notes.getByRole('button', { name: '撤销' }).click();
  await expect(notes.locator('.note-text')).toHaveText('学而信、学而思、学而行。');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lxyz:v1:notes')!));
  expect(Object.values(stored.notes)).toHaveLength(1);

  // Export as text.
  const downloading = page.waitForEvent('download');
  await notes.getByRole('button', { name: '导出为文本' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^学习笔记-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF学习笔记')).toBe(true);
  expect(text).toContain(`《${PLAN_TITLE}》`);
  expect(text).toContain('【第5段】');
  expect(text).toContain('学而信、学而思、学而行。');
  expect(text).toContain('共 1 条');
  await expect(notes.getByRole('status').filter({ hasText: '已下载' })).toContainText(download.suggestedFilename());
});

test('the dashboard shows a document learned and the 每日一练 done', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 1, theme: 'auto', role: 'member' })));
  await page.goto('/archive/');
  await hydrated(page);
  await expect(page.locator('.archive-role')).toHaveText('身份：普通党员。');
  const docs = page.locator('[data-figure="docs"] dd');
  // The documents arrive from /documents.json after the island mounts.
  await expect(docs).toHaveText(/^0 \/ \d+ 份$/);
  const before = await docs.textContent();
  await expect(page.locator('[data-figure="daily"] dd')).toHaveText('0 天');
  await expect(page.locator('[data-figure="exam-best"] dd')).toHaveText('暂无');

  await page.goto('/documents/plan/');
  await hydrated(page);
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.getByText(/已于 .* 标记为学完/)).toBeVisible();

  const { questions } = (await (await page.request.get('/quiz/bank.json')).json()) as QuizBank;
  await page.goto('/quiz/daily/');
  await hydrated(page);
  await expect(page.locator('.question')).toHaveCount(5);
  const ids = await page.locator('.question').evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!));
  for (const id of ids) await answerRight(page, questions.find((q) => q.id === id)!);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-daily-done]')).toBeVisible();

  await page.goto('/archive/');
  await hydrated(page);
  await expect(docs).toHaveText(before!.replace(/^0/, '1'));
  await expect(page.locator('[data-figure="daily"] dd')).toHaveText('1 天');
  await expect(page.locator('[data-figure="wrong"] dd')).toHaveText('0 道');

  await page.goto('/archive/print/');
  await hydrated(page);
  await expect(page.locator('.archive-paper')).toContainText(`《${PLAN_TITLE}》`);
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date());
  await expect(page.locator('[data-print-months] tbody tr').nth(Number(month) - 1).locator('td').nth(2)).toHaveText('1');
});

test('study time is counted while the member reads, split at Beijing midnight, and shown on 学习档案', async ({ page }) => {
  // 23:59 in Beijing: two minutes of reading fall on two days.
  await page.clock.install({ time: new Date('2026-03-01T15:59:00Z') });
  await page.goto('/documents/plan/');
  await page.clock.runFor(2_000);
  await hydrated(page);
  for (let i = 0; i < 8; i += 1) {
    await page.mouse.move(100 + i * 10, 200 + i * 10);
    await page.clock.runFor(15_000);
  }
  // Then the member walks away: a few idle minutes are not counted.
  await page.clock.runFor(5 * 60_000);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lxyz:v1:activity')!));
  const first = stored.days['2026-03-01'];
  const second = stored.days['2026-03-02'];
  // The clock runs on while the page loads, so the first second may be a part-second short.
  expect(first).toBeGreaterThanOrEqual(59);
  expect(first).toBeLessThanOrEqual(60);
  // 2 s before the loop, 8 × 15 s of moves, and up to a minute after the last one.
  expect(second).toBeGreaterThanOrEqual(60 + 45);
  expect(second).toBeLessThanOrEqual(62 + 120);

  await page.goto('/archive/');
  await page.clock.runFor(2_000);
  await hydrated(page);
  await expect(page.locator('[data-figure="today"] dd')).toHaveText(`${Math.floor(second / 60)} 分钟`);
  await expect(page.locator('[data-chart-summary]')).toContainText('有学习记录 2 天');
  await expect(page.locator('.chart-bar')).toHaveCount(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /archive/ and /archive/print/ with records (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.evaluate(() => {
      const now = new Date().toISOString();
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      localStorage.setItem('lxyz:v1:activity', JSON.stringify({ version: 1, days: { [today]: 1_500 } }));
      localStorage.setItem('lxyz:v1:notes', JSON.stringify({ version: 1, notes: { n1: { id: 'n1', doc: 'plan', anchor: 'p-5', heading: '第5段', text: '体会', created: now, updated: now } } }));
    });
    for (const path of ['/archive/', '/archive/print/']) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('.archive-loading')).toHaveCount(0);
      if (path === '/archive/') await page.locator('.study-chart-days summary').click();
      expect(await axe(page), `axe on ${path}`).toEqual([]);
    }
  });
}
