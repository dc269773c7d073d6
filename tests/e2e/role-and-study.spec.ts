import { test, expect, hydrated } from './fixtures.ts';

test('a first visit asks for a role, and the study list follows the role', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await expect(page.getByRole('group', { name: '请选择你的身份' })).toBeVisible();
  await page.getByRole('radio', { name: /党员领导干部/ }).check();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('当前身份：党员领导干部')).toBeVisible();
  await expect(page.locator('[data-home-progress]')).toHaveText('学习清单已学完 0 / 11 份');

  await page.getByRole('link', { name: '学习清单', exact: true }).first().click();
  await hydrated(page);
  const leaderDocs = page.locator('[data-doc]:visible');
  await expect(leaderDocs).toHaveCount(11);
  await expect(page.locator('[data-doc="wenze-tiaoli"]')).toBeVisible();

  await page.getByRole('button', { name: '更改身份' }).click();
  await page.getByRole('radio', { name: /普通党员/ }).check();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('当前身份：普通党员')).toBeVisible();
  await expect(leaderDocs).toHaveCount(6);
  await expect(page.locator('[data-doc="wenze-tiaoli"]')).toBeHidden();
  await expect(page.locator('[data-doc="dangzhang"]')).toBeVisible();

  // The choice survives a reload and reaches the home page.
  await page.goto('/');
  await hydrated(page);
  await expect(page.getByText('当前身份：普通党员')).toBeVisible();
  await expect(page.locator('[data-home-progress]')).toHaveText('学习清单已学完 0 / 6 份');
});

test('the study list groups documents 必学 / 必知 and links to category pages', async ({ page }) => {
  await page.goto('/study/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: '必学' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '必知' })).toBeVisible();
  for (const name of ['学习党的历史', '学习先进典型', '加强警示教育']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await page.getByRole('link', { name: '学习党的历史' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '学习党的历史' })).toBeVisible();
});
