import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';

const KEY = 'lxyz:v1:selfcheck';
const RECTIFY_KEY = 'lxyz:v1:rectify';

/** Item ids of both lists, in page order. */
const IDS = [...Array.from({ length: 10 }, (_, i) => `pos-${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `neg-${i + 1}`)];
const WORDS = { pos: ['做到', '基本做到', '有差距'], neg: ['无', '偶有', '存在'] } as const;
type Level = 0 | 1 | 2;

/** Rates every item through its radio group: level 0 is 做到/无, 1 基本做到/偶有, 2 有差距/存在. */
async function rateAll(page: Page, levels: Record<string, Level> = {}): Promise<void> {
  for (const id of IDS) {
    const word = WORDS[id.startsWith('pos') ? 'pos' : 'neg'][levels[id] ?? 0];
    await page.locator(`[data-item="${id}"]`).getByRole('radio', { name: word, exact: true }).check();
  }
}

/** Opens an item's note and types into it. */
async function writeNote(page: Page, id: string, text: string): Promise<void> {
  const item = page.locator(`[data-item="${id}"]`);
  const box = item.getByRole('textbox');
  if (!(await box.isVisible())) await item.locator('summary').click();
  await box.fill(text);
}

async function stored(page: Page, key: string): Promise<any> {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交体检' }).click();
  await expect(page.getByRole('heading', { name: '体检结果' })).toBeFocused();
}

async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a self-check keeps its draft, refuses gaps and long notes, and sends its gaps to the 整改清单 once', async ({ page }) => {
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  await expect(page.locator('[data-item]')).toHaveCount(20);
  await expect(page.locator('[data-item="neg-8"] legend')).toHaveText('（8）没有正当理由，不做党组织所分配的任务');

  // Half filled, then the page is closed: the draft is still there.
  await rateAll(page, { 'pos-3': 2, 'neg-4': 2, 'neg-7': 1 });
  await writeNote(page, 'neg-4', '两次组织生活没有事先请假');
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-item="neg-4"]').getByRole('radio', { name: '存在' })).toBeChecked();
  await expect(page.locator('[data-item="neg-4"]').getByRole('textbox')).toHaveValue('两次组织生活没有事先请假');
  await expect(page.locator('[data-draft-state]')).toContainText('草稿已自动保存');

  // An over-long note is refused with a message, and so is the submission.
  await writeNote(page, 'pos-1', '字'.repeat(501));
  await expect(page.locator('[data-item="pos-1"]')).toContainText('501 / 500 字');
  await expect(page.locator('[data-item="pos-1"] [role="alert"]')).toHaveText('备注最多 500 字，现在有 501 字，请删减后再提交。');
  await page.getByRole('button', { name: '提交体检' }).click();
  const problems = page.locator('.action-problems');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('1 条备注超过 500 字：正面清单第1条');
  await writeNote(page, 'pos-1', '');
  await expect(problems).toHaveCount(0);
  expect((await stored(page, KEY)).checks).toEqual([]);

  await submit(page);
  await expect(page.locator('[data-score]')).toHaveText('88'); // (17 × 2 + 1) / 40 = 87.5
  await expect(page.locator('[data-counts="positive"]')).toContainText('做到 9 项');
  await expect(page.locator('[data-counts="positive"]')).toContainText('有差距 1 项');
  await expect(page.locator('[data-counts="negative"]')).toContainText('偶有 1 项');
  await expect(page.locator('[data-counts="negative"]')).toContainText('存在 1 项');
  await expect(page.getByText('得分怎么算')).toBeVisible();
  await expect(page.locator('[data-record-item="neg-4"]')).toContainText('两次组织生活没有事先请假');
  await expect(page.locator('[data-history]')).toHaveCount(1);
  const check = (await stored(page, KEY)).checks[0];
  expect(check.items).toHaveLength(20);
  expect(check.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // Both gaps at once; then neither is offered again.
  await expect(page.locator('[data-gap]')).toHaveCount(2);
  await page.getByRole('button', { name: '全部列入整改清单（2 项）' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已把 2 项列入整改清单' })).toBeVisible();
  await expect(page.locator('[data-gap] [data-sent]')).toHaveCount(2);
  await expect(page.locator('[data-gap]').getByRole('button')).toHaveCount(0);
  const rectify = await stored(page, RECTIFY_KEY);
  expect(rectify.items.map((i: any) => [i.origin, i.originRef, i.status])).toEqual([
    ['selfcheck', `${check.id}:pos-3`, 'todo'],
    ['selfcheck', `${check.id}:neg-4`, 'todo'],
  ]);
  expect(rectify.items[1].problem).toMatch(/^党性体检（\d{4}年\d+月\d+日）负面清单第4条“组织纪律散漫”：存在。备注：两次组织生活没有事先请假$/);

  // They show on the 整改清单 page.
  await page.getByRole('link', { name: '打开整改清单' }).click();
  await hydrated(page);
  await expect(page.locator('.rectify-problem', { hasText: '组织纪律散漫' })).toBeVisible();
  await expect(page.locator('.rectify-problem', { hasText: '按要求参加组织生活' })).toBeVisible();

  // Back on the self-check, the result is shown again and nothing is offered twice.
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: '体检结果' })).toBeVisible();
  await expect(page.locator('[data-gap] [data-sent]')).toHaveCount(2);
  expect((await stored(page, RECTIFY_KEY)).items).toHaveLength(2);
});

test('a second check is compared with the first; a check is deleted after asking and comes back on undo', async ({ page }) => {
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  await rateAll(page, { 'pos-3': 2, 'neg-4': 2 });
  await submit(page);
  await expect(page.getByText('这是第一次体检')).toBeVisible();
  // One gap sent on its own.
  await page.getByRole('button', { name: '把正面清单第3条列入整改清单' }).click();
  await expect(page.locator('[data-gap="pos-3"] [data-sent]')).toBeVisible();
  await expect(page.locator('[data-gap="neg-4"]').getByRole('button', { name: /列入整改清单/ })).toBeVisible();

  await page.getByRole('button', { name: '再做一次体检' }).click();
  await expect(page.getByRole('heading', { name: '填写体检表' })).toBeFocused();
  await rateAll(page, { 'pos-5': 2, 'neg-4': 1, 'neg-9': 2 });
  await submit(page);
  const compare = page.locator('[data-compare]');
  await expect(compare).toContainText('与上一次体检');
  await expect(compare.locator('[data-better] li')).toHaveText(['正面清单第3条“按要求参加组织生活”：由“有差距”变为“做到”', '负面清单第4条“组织纪律散漫”：由“存在”变为“偶有”']);
  await expect(compare.locator('[data-worse] li')).toHaveText(['正面清单第5条“自觉加强学习、提升能力”：由“做到”变为“有差距”', '负面清单第9条“党员作用发挥不明显”：由“无”变为“存在”']);
  await expect(compare.locator('[data-same]')).toHaveAttribute('data-same', '16');
  // 90 → 88: (17 × 2 + 1) / 40 = 87.5, rounded.
  await expect(compare.locator('[data-score-change]')).toHaveText('得分由 90 变为 88（-2）。');

  const history = page.locator('[data-history]');
  await expect(history).toHaveCount(2);
  const [latest, first] = (await stored(page, KEY)).checks.reverse();
  await expect(history.first()).toHaveAttribute('data-history', latest.id);
  await expect(history.first()).toHaveAttribute('aria-current', 'true');

  // Look at the first check, then delete it: cancel first, then confirm, then undo.
  await history.nth(1).getByRole('button', { name: /^查看/ }).click();
  await expect(page.locator('.selfcheck-result')).toHaveAttribute('data-check', first.id);
  await expect(page.getByRole('heading', { name: '体检结果' })).toBeFocused();
  await history.nth(1).getByRole('button', { name: /^删除/ }).click();
  const dialog = page.getByRole('dialog', { name: '删除这次体检记录？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('得分 90');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(history).toHaveCount(2);

  await history.nth(1).getByRole('button', { name: /^删除/ }).click();
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(history).toHaveCount(1);
  expect((await stored(page, KEY)).checks.map((c: any) => c.id)).toEqual([latest.id]);
  // With the first check gone, the remaining one has nothing to compare with.
  await expect(page.locator('.selfcheck-result')).toHaveAttribute('data-check', latest.id);
  await expect(page.getByText('这是第一次体检')).toBeVisible();
  const undo = page.locator('.undo-notice');
  await expect(undo).toContainText('已删除');
  await expect(page.locator('#selfcheck-undo')).toBeFocused();
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(history).toHaveCount(2);
  expect((await stored(page, KEY)).checks.map((c: any) => c.id)).toEqual([first.id, latest.id]);
  // The check being looked at when it was deleted is on screen again, intact, including what was already sent from it.
  await expect(page.locator('.selfcheck-result')).toHaveAttribute('data-check', first.id);
  await expect(page.locator('[data-gap="pos-3"] [data-sent]')).toBeVisible();
  await history.first().getByRole('button', { name: /^查看/ }).click();
  await expect(page.locator('[data-compare]')).toBeVisible();
});

test('an incomplete draft is not submitted; it can be cleared after asking, and the clearing undone', async ({ page }) => {
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  await page.locator('[data-item="pos-2"]').getByRole('radio', { name: '基本做到' }).check();
  await writeNote(page, 'pos-2', '学习笔记记得不全');
  await page.getByRole('button', { name: '提交体检' }).click();
  await expect(page.locator('.action-problems')).toBeFocused();
  await expect(page.locator('.action-problems')).toContainText('19 项还没有评价：正面清单第1条、正面清单第3条');
  await expect(page.locator('[data-item="pos-1"]')).toContainText('这一项还没有评价。');
  await expect(page.locator('[data-item="pos-2"]')).not.toContainText('这一项还没有评价。');
  expect((await stored(page, KEY)).checks).toEqual([]);
  await page.getByRole('button', { name: '清空重填' }).click();
  const dialog = page.getByRole('dialog', { name: '清空这份草稿？' });
  await expect(dialog).toContainText('已填写的 1 项评价');
  await dialog.getByRole('button', { name: '清空' }).click();
  await expect(page.locator('[data-item="pos-2"]').getByRole('radio', { name: '基本做到' })).not.toBeChecked();
  expect((await stored(page, KEY)).draft).toBeNull();
  await page.locator('.undo-notice').getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('[data-item="pos-2"]').getByRole('radio', { name: '基本做到' })).toBeChecked();
  await expect(page.locator('[data-item="pos-2"]').getByRole('textbox')).toHaveValue('学习笔记记得不全');
});

test('the record prints on its own: 打印 calls print, and print media hides everything else', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/action/selfcheck/');
  await hydrated(page);
  await rateAll(page, { 'neg-2': 2 });
  await writeNote(page, 'neg-2', '对网上的错误言论没有及时反驳');
  await submit(page);
  await page.getByRole('button', { name: '打印这份记录' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.selfcheck-record')).toBeVisible();
  await expect(page.locator('.selfcheck-record-table tbody tr')).toHaveCount(22);
  await expect(page.locator('.selfcheck-record')).toContainText('对网上的错误言论没有及时反驳');
  await expect(page.locator('.selfcheck-record')).toContainText('本人签字');
  for (const hidden of ['.site-header', '.selfcheck-page-head', '.selfcheck-history', '.selfcheck-score', '[data-print]', '.action-nav']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
});

test('the standards page quotes the plan for each of the 四个合格 and links to the paragraph', async ({ page }) => {
  await page.goto('/action/standards/');
  await expect(page.locator('.action-pairs li')).toHaveText(['讲政治、有信念', '讲规矩、有纪律', '讲道德、有品行', '讲奉献、有作为']);
  const standards = page.locator('.action-standard');
  await expect(standards.locator('h3')).toHaveText(['政治合格', '执行纪律合格', '品德合格', '发挥作用合格']);
  await expect(standards.first().locator('blockquote')).toHaveText(/^在政治合格方面，重点是坚定理想信念/);
  await expect(standards.first().locator('figcaption a')).toHaveAttribute('href', '/documents/plan/#p-10');
  await expect(page.locator('#sst-pos-10')).toHaveText('积极参加志愿服务');
  await expect(page.locator('#sst-neg-10')).toHaveText('其他违反《中国共产党章程》等党内规章的行为');
  // The paragraph the link names is where the words are.
  await standards.first().locator('figcaption a').click();
  await expect(page).toHaveURL(/\/documents\/plan\/#p-10$/);
  await expect(page.locator('#p-10')).toBeInViewport();
});

test('the 对照检查 landing page leads to the standards, the self-check and 查摆与整改', async ({ page }) => {
  await page.goto('/action/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('对照检查：做与改');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('对照检查');
  for (const [name, href] of [['“做”的标准', '/action/standards/'], ['党性体检', '/action/selfcheck/'], ['查摆问题与整改清单', '/action/rectify/']] as const) {
    await expect(page.locator('.action-cards').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(page.locator('.action-quote figcaption a').first()).toHaveAttribute('href', '/documents/plan/#p-9');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['/action/', '/action/standards/', '/action/selfcheck/']) {
    test(`axe finds nothing on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await hydrated(page);
      await axeClean(page);
    });
  }

  test(`axe finds nothing with problems, a result, a comparison and the dialog showing (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/action/selfcheck/');
    await hydrated(page);
    await page.locator('[data-item="pos-1"]').getByRole('radio', { name: '做到', exact: true }).check();
    await writeNote(page, 'pos-1', '字'.repeat(501));
    await page.getByRole('button', { name: '提交体检' }).click();
    await expect(page.locator('.action-problems')).toBeVisible();
    await axeClean(page);
    await writeNote(page, 'pos-1', '');
    await rateAll(page, { 'pos-4': 1, 'neg-6': 2 });
    await submit(page);
    await page.getByRole('button', { name: '再做一次体检' }).click();
    await rateAll(page, { 'pos-4': 2 });
    await submit(page);
    await expect(page.locator('[data-compare]')).toBeVisible();
    await page.locator('[data-gap]').first().getByRole('button').click();
    await axeClean(page);
    await page.locator('[data-history]').first().getByRole('button', { name: /^删除/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await axeClean(page);
  });
}
