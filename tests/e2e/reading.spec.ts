import { test, expect, hydrated } from './fixtures.ts';

const stored = (page: import('@playwright/test').Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('lxyz:v1:reading') ?? 'null'));

test('reading progress is tracked, kept over a reload, and reading resumes where it stopped', async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/documents/plan/');
  await hydrated(page);
  await expect(page.locator('.reader-progress')).toHaveAttribute('data-percent', '0');

  // Read down to paragraph 12, pausing on screen so paragraphs count as read.
  for (let n = 1; n <= 12; n++) {
    await page.locator(`#p-${n}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(80);
  }
  await page.locator('#p-12').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(1200);
  await expect.poll(async () => (await stored(page))?.docs?.plan?.position).toBe('p-12');
  const percent = Number(await page.locator('.reader-progress').getAttribute('data-percent'));
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);

  const before = await page.evaluate(() => document.getElementById('p-12')!.getBoundingClientRect().top);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.reader-progress')).toHaveAttribute('data-percent', String(percent));
  const after = await page.evaluate(() => document.getElementById('p-12')!.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(60);

  // A fresh visit without an anchor resumes at the saved paragraph.
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 360, height: 780 });
  await fresh.goto('/documents/plan/');
  await hydrated(fresh);
  await expect.poll(() => fresh.evaluate(() => Math.round(document.getElementById('p-12')!.getBoundingClientRect().top))).toBeLessThan(120);
  await expect.poll(() => fresh.evaluate(() => document.getElementById('p-12')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  await fresh.close();

  // Home offers to continue there.
  await page.goto('/');
  await hydrated(page);
  const link = page.locator('[data-continue]');
  await expect(link).toHaveText('继续阅读：实施方案');
  await expect(link).toHaveAttribute('href', '/documents/plan/#p-12');
});

test('marking a document as learned counts on the home page and can be undone', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('radio', { name: /普通党员/ }).check();
  await page.getByRole('button', { name: '确定' }).click();

  await page.goto('/documents/dangzhang/');
  await hydrated(page);
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.getByText(/已于 .* 标记为学完/)).toBeVisible();
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('[data-home-progress]')).toHaveText('学习清单已学完 1 / 6 份');

  await page.goto('/study/');
  await hydrated(page);
  await expect(page.locator('[data-doc="dangzhang"] [data-status]')).toHaveText('已学完');

  await page.goto('/documents/dangzhang/');
  await hydrated(page);
  await page.getByRole('button', { name: '取消已学完' }).click();
  await expect(page.getByRole('button', { name: '标记为已学完' })).toBeVisible();
});

test('bad stored data is kept aside and the member is told', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lxyz:v1:reading', '{broken'));
  await page.goto('/documents/plan/');
  await hydrated(page);
  const notice = page.locator('[data-storage-notice="corrupt"]');
  await expect(notice).toContainText('阅读进度的数据无法读取，已原样另存备份');
  await expect(notice).not.toContainText('lxyz');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('lxyz:backup:')).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{broken']);
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
});
