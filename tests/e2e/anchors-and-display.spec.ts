import { test, expect, hydrated } from './fixtures.ts';

test('a #p- link lands on the paragraph, highlights it, and copy-link gives its address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/documents/plan/#p-20');
  await hydrated(page);
  const target = page.locator('#p-20');
  await expect(target).toBeInViewport();
  const top = await target.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);

  await page.locator('[data-copy-link="p-20"]').click();
  await expect(page.locator('[data-copy-status]')).toHaveText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/documents\/plan\/#p-20$/);
});

test('previous and next move between sections, from a paragraph inside one', async ({ page }) => {
  // p-5 is the first paragraph of 三（一）(sec-3-1).
  await page.goto('/documents/plan/#p-5');
  await hydrated(page);
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: '下一节' }).click();
  await expect(page).toHaveURL(/#sec-3-2$/);
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: '上一节' }).click();
  await expect(page).toHaveURL(/#sec-3-1$/);
});

test('text size and theme persist across pages and reloads', async ({ page }) => {
  await page.goto('/documents/plan/');
  await hydrated(page);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const base = await size();
  await page.getByRole('button', { name: '放大字号' }).click();
  await page.getByRole('button', { name: '放大字号' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-font-step', '3');
  expect(await size()).toBeGreaterThan(base);
  await page.getByRole('combobox', { name: '配色' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-font-step', '3');
  await page.goto('/study/');
  await expect(page.locator('html')).toHaveAttribute('data-font-step', '3');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await size()).toBeGreaterThan(base);
});

test('guides say the 原文 is not bundled and show the import command', async ({ page }) => {
  await page.goto('/documents/jilv-chufen-tiaoli/');
  await expect(page.getByRole('heading', { name: '原文未随本站提供' })).toBeVisible();
  await expect(page.locator('.import-command')).toContainText('npm run import -- 原文文件.docx --id jilv-chufen-tiaoli');
  await expect(page.getByText('本页是导读，未收录原文')).toBeVisible();
});

test('the print stylesheet prints only the text', async ({ page }) => {
  await page.goto('/documents/plan/');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.reader-dock', '.toc', '.site-footer', '.copy-link']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('#p-1')).toBeVisible();
  await expect(page.locator('.doc-body')).toContainText('为全面贯彻党的十九大');
});
