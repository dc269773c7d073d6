import { test, expect, hydrated } from './fixtures.ts';

test('with storage blocked the site still works and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.goto('/documents/dangzhang/');
  await hydrated(page);
  await expect(page.locator('[data-storage-notice="memory"]')).toContainText('本次阅读进度只在当前页面有效');
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.getByRole('button', { name: '取消已学完' })).toBeVisible();
});

test('a second tab follows what the first one does', async ({ page, context }) => {
  await page.goto('/study/');
  await hydrated(page);
  const other = await context.newPage();
  await other.goto('/documents/plan/');
  await hydrated(other);
  await other.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.locator('[data-doc="plan"] [data-status]')).toHaveText('已学完');
  await other.close();
});
