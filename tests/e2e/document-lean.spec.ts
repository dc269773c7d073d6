// Issue 13: a document page is read with small plain scripts. The reader bar, 标记为已学完 and the
// 笔记 buttons are server-rendered HTML; no Preact island of theirs and no quiz code is fetched
// before the member interacts, and the note dialog's code only when a 笔记 button is used.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Paths of the scripts the page fetches from now on. */
function scriptsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

// The deleted islands, the dialog opened on use, the quiz pages' chunk and a Preact chunk of its own.
const NOT_BEFORE_USE = /\/(ReaderBar|LearnedToggle|NoteEditor|NoteDialog|quiz|preact)\.[^/]*\.js$/;

test('reading a document loads no island of the reader controls, no quiz code and no note dialog until a note is opened', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/documents/plan/');
  await page.waitForLoadState('networkidle');
  // The controls work, so their script ran.
  await expect(page.locator('button[data-note-for="p-5"]')).toBeVisible();
  await expect(page.locator('.reader-percent')).toHaveText(/^已读 \d+%$/);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => NOT_BEFORE_USE.test(path))).toEqual([]);

  await page.locator('button[data-note-for="p-5"]').click();
  await expect(page.getByRole('dialog', { name: '笔记：第5段' })).toBeVisible();
  expect(scripts.some((path) => /\/NoteDialog\.[^/]*\.js$/.test(path))).toBe(true);
});

test('the reader controls are in the page as built, before any script runs, and keep their place', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/documents/plan/');
  const bar = page.getByRole('toolbar', { name: '阅读工具' });
  await expect(bar.locator('.reader-percent')).toHaveText('已读 0%');
  await expect(bar.getByRole('button', { name: '上一节' })).toBeDisabled();
  await expect(bar.getByRole('button', { name: '下一节' })).toBeEnabled();
  await expect(bar.getByRole('button', { name: '缩小字号' })).toBeEnabled();
  await expect(bar.getByRole('combobox', { name: '配色' })).toHaveValue('auto');
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible();
  // The 笔记 buttons need the script: they keep their room but are not shown.
  await expect(page.locator('button[data-note-for="p-5"]')).toBeHidden();
  await context.close();
});

test('a document already learned shows so in the bar and at the end, and a heading with notes is marked', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const at = '2026-03-01T02:00:00.000Z';
    localStorage.setItem('lxyz:v1:reading', JSON.stringify({ version: 1, docs: { plan: { read: ['p-1'], visitedAt: at, learnedAt: at } } }));
    localStorage.setItem('lxyz:v1:notes', JSON.stringify({ version: 1, notes: { n1: { id: 'n1', doc: 'plan', anchor: 'p-6', heading: '第6段', text: '体会', created: at, updated: at } } }));
  });
  await page.goto('/documents/plan/');
  await expect(page.locator('.reader-progress')).toHaveAttribute('data-percent', '100');
  await expect(page.locator('.reader-percent')).toHaveText('已学完');
  await expect(page.getByText('已于 3月1日 10:00 标记为学完')).toBeVisible();
  await expect(page.locator('button[data-note-for="p-6"]')).toHaveText('笔记 1');
  await expect(page.locator('button[data-note-for="p-6"]')).toHaveAccessibleName('笔记 1：“第6段”已有 1 条笔记');
  await page.getByRole('button', { name: '取消已学完' }).click();
  await expect(page.locator('.reader-percent')).toHaveText(/^已读 \d+%$/);
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible();
});
