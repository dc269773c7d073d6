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

test('the storage notice loads only when there is one: none on a page with no island, until settings are unreadable', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => /\.js(\?|$)/.test(r.url()) && scripts.push(new URL(r.url()).pathname));
  await page.goto('/404.html');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /preact|storage-notices-mount|StorageNotice/.test(s))).toEqual([]);
  await expect(page.locator('[data-storage-notices]')).toBeEmpty();

  // Unreadable settings are reported on every page, this one included.
  await page.evaluate(() => localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 'huge', theme: 'auto' })));
  await page.reload();
  const notice = page.locator('[data-storage-notice="corrupt"]');
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('lxyz');
  expect(scripts.some((s) => s.includes('storage-notices-mount'))).toBe(true);
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
});
