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

test('guides tell members where the 原文 is published, with no command line or README on the page', async ({ page }) => {
  await page.goto('/documents/jilv-chufen-tiaoli/');
  await expect(page.locator('#yuanwen')).toHaveText(
    '本页是导读，用我们自己的话介绍这份文件，未收录原文。原文由中共中央于2023年12月19日印发；本站未核实官方首发页面，请以党组织下发或官方出版的文本为准。',
  );
  await page.goto('/documents/dangzhang/');
  await expect(page.locator('#yuanwen')).toContainText('原文见新华社 2022-10-26 电');
  for (const path of ['/documents/dangzhang/', '/documents/jilv-chufen-tiaoli/', '/categories/dangshi/', '/categories/jingshi-jiaoyu/', '/categories/xianjin-dianxing/']) {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text, path).not.toMatch(/npm run|README|--force|导入说明/);
  }
});

test('a question’s source link lands on the visible 学习要点 it rests on', async ({ page }) => {
  const bank = (await (await page.request.get('/quiz/bank.json')).json()) as { questions: { id: string; href: string; where: string }[] };
  const q = bank.questions.find((x) => x.id === 'wenze-tiaoli-004')!;
  expect(q).toMatchObject({ href: '/documents/wenze-tiaoli/#pt-1', where: '问责条例 学习要点 1' });
  // Every source of every question is a real place: no #art- on a guide any more.
  expect(bank.questions.filter((x) => /^\/documents\/(?!plan\/)[^/]+\/#art-/.test(x.href))).toEqual([]);

  await page.goto('/quiz/practice/wenze-tiaoli/?anchor=pt-1');
  await hydrated(page);
  const source = page.locator('.q-source a').first();
  await expect(source).toHaveAttribute('href', q.href);
  await expect(source).toHaveText(q.where);
  await source.click();
  await expect(page).toHaveURL(/\/documents\/wenze-tiaoli\/#pt-1$/);
  const point = page.locator('#pt-1');
  await expect(point).toBeInViewport();
  await expect(point).toContainText('【2019 版第三条】');
  await expect(point.getByRole('link', { name: /练一练/ })).toBeVisible();
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

test('a link to an article a study guide does not have says so before the first paint, then in Chinese numerals', async ({ page }) => {
  // Hold back the note's own code: what shows meanwhile comes from the page itself.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/missing-anchor-note\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/documents/dangzhang/#art-30', { waitUntil: 'domcontentloaded' });
  const note = page.locator('[data-missing-anchor]');
  await expect(note).toBeVisible();
  await expect(note).toHaveText('本页是导读，未收录第30条原文；原文在哪里发布，见页首的说明。');
  release();
  await expect(note).toHaveText('本页是导读，未收录第三十条原文；原文在哪里发布，见页首的说明。');
  await page.evaluate(() => (location.hash = '#yuanwen'));
  await expect(note).toBeHidden();
  // A full text has its articles: no note there.
  await page.goto('/documents/plan/');
  await expect(page.locator('[data-missing-anchor]')).toBeHidden();
});
