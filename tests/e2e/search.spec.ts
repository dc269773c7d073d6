import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated } from './fixtures.ts';
import { PHONE, measureLayoutShift } from '../../scripts/lib/layout-shift.mjs';

const done = async (page: import('@playwright/test').Page, query?: string) => {
  const root = page.locator('[data-search-root]').first();
  if (query) await expect(root).toHaveAttribute('data-search-query', query);
  await expect(root).toHaveAttribute('data-state', /done|error/, { timeout: 15_000 });
};

/** A search filter's list by its label (the label also holds the list's options, so match the caption). */
const filter = (page: import('@playwright/test').Page, caption: string) =>
  page.locator('label.search-filter').filter({ has: page.getByText(caption, { exact: true }) }).locator('select');

test('searching from the header lands on the right paragraph of the plan', async ({ page }) => {
  await page.goto('/study/');
  await hydrated(page);
  await page.getByRole('searchbox', { name: '搜索全站' }).fill('三会一课');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await expect(dialog).toBeVisible();
  await done(page);
  const exact = dialog.locator('[data-search-results="exact"] a');
  await expect(exact.first()).toBeVisible();
  const hrefs = await exact.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/(documents|categories)\/[^/]+\/(#\S+)?$/);
  // The paragraph that introduces the system is among them; following it lands on it.
  const target = await page.evaluate(async () => {
    const html = await (await fetch('/documents/plan/')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const p = [...doc.querySelectorAll('.doc-body p')].find((el) => el.textContent?.startsWith('严格落实“三会一课”制度'));
    return p?.previousElementSibling?.querySelector('[id^="p-"]')?.id;
  });
  expect(target).toMatch(/^p-\d+$/);
  await dialog.locator(`[data-search-results="exact"] a[href="/documents/plan/#${target}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/documents/plan/#${target}$`));
  await expect(page.locator(`#${target}`)).toBeInViewport();
  // Every exact result really contains the words, as the reader will see them.
  expect(await page.locator(`#${target}`).evaluate((el) => el.closest('.anchored')?.nextElementSibling?.textContent)).toContain('三会一课');
});

test('quick jump: 党章10 lands on the guide’s visible note on where the 原文 is published', async ({ page }) => {
  await page.goto('/search/');
  await hydrated(page);
  const input = page.getByRole('searchbox', { name: '搜索学习材料' });
  await input.fill('党章10');
  const link = page.locator('[data-search-quick] a').first();
  await expect(link).toHaveAttribute('href', '/documents/dangzhang/#yuanwen');
  await expect(link).toContainText('本站未收录原文');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/documents\/dangzhang\/#yuanwen$/);
  const note = page.locator('#yuanwen');
  await expect(note).toBeInViewport();
  await expect(note).toHaveText(/本页是导读.*原文见新华社 2022-10-26 电/);
  await expect(page.locator('[data-missing-anchor]')).toBeHidden();
});

test('quick jump: 党章 第十九条 lands on the 学习要点 that covers it', async ({ page }) => {
  await page.goto('/search/');
  await hydrated(page);
  const input = page.getByRole('searchbox', { name: '搜索学习材料' });
  await input.fill('党章 第十九条');
  await expect(page.locator('[data-search-quick] a').first()).toHaveAttribute('href', /\/documents\/dangzhang\/#pt-\d+$/);
  await input.press('Enter');
  await expect(page).toHaveURL(/#pt-\d+$/);
  const point = page.locator(':target');
  await expect(point).toBeInViewport();
  await expect(point).toContainText('第十九条');
});

test('an absent query shows no exact result and says so; hostile input stays text', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('党费收缴')}`);
  await hydrated(page);
  await done(page);
  await expect(page.locator('[data-search-results="exact"] a')).toHaveCount(0);
  await expect(page.locator('[data-search-status]')).toHaveText('没有找到包含“党费收缴”的内容。');

  const input = page.getByRole('searchbox', { name: '搜索学习材料' });
  for (const q of ['<img src=x onerror=alert(1)>', '，。！？', ' ', 'x'.repeat(500), 'ＰＤＦ　三会一课']) {
    await input.fill(q);
    const value = await input.inputValue();
    await expect(page.locator('[data-search-root]')).toHaveAttribute('data-search-query', value);
    await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', value.trim() ? 'done' : 'idle', { timeout: 15_000 });
    await expect(page.locator('[data-search-status]')).not.toBeEmpty();
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('full-width input finds the same text', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('三会一课　制度')}`);
  await hydrated(page);
  await done(page);
  await expect(page.locator('[data-search-results="exact"] a').first()).toBeVisible();
});

test('加载更多 shows the rest: from the keyboard, by scrolling, and the count goes from 至少 to 共', async ({ page }) => {
  // The full list is long; axe over it takes a while on a busy machine.
  test.setTimeout(90_000);
  await page.goto(`/search/?q=${encodeURIComponent('党')}`);
  await hydrated(page);
  await done(page, '党');
  const root = page.locator('[data-search-root]');
  const status = page.locator('[data-search-status]');
  const links = page.locator('[data-search-results="exact"] a');
  const more = page.getByRole('button', { name: '加载更多' });
  // A first screen of at least 20 verified results, the count a lower bound while pages remain.
  await expect(root).toHaveAttribute('data-search-complete', 'false');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/^至少 \d+ 条精确结果（已核对 \d+ \/ \d+ 个页面）。$/);
  const firstScreen = await links.count();
  expect(firstScreen).toBeGreaterThanOrEqual(20);
  expect(Number(/至少 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1])).toBe(firstScreen);

  // Keyboard: Enter on 加载更多 loads the next results and moves focus to the first new one.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(links.nth(firstScreen)).toBeFocused();
  const secondScreen = await links.count();
  expect(secondScreen).toBeGreaterThan(firstScreen);

  // Scrolling the end of the list into view loads more by itself, until every candidate is checked.
  for (let i = 0; i < 50 && (await root.getAttribute('data-search-complete')) === 'false'; i++) {
    const before = await links.count();
    await page.mouse.wheel(0, -2000);
    await more.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await links.count()) > before || (await root.getAttribute('data-search-complete')) === 'true').toBe(true);
  }
  await expect(root).toHaveAttribute('data-search-complete', 'true');
  await expect(more).toHaveCount(0);
  await expect(status).toHaveText(/^共 \d+ 条精确结果，分布在 \d+ 份材料中。$/);
  const total = Number(/共 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1]);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(total);
  expect(new Set(hrefs).size).toBe(total);
  expect(total).toBeGreaterThan(secondScreen);
  const results = await new AxeBuilder({ page }).include('[data-search-root]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('加载更多 offline: a page never fetched gives an in-page message with 重试, and the results stay', async ({ page, context, problems }) => {
  test.setTimeout(60_000);
  await page.goto(`/search/?q=${encodeURIComponent('党')}`);
  await hydrated(page);
  await done(page, '党');
  const root = page.locator('[data-search-root]');
  const links = page.locator('[data-search-results="exact"] a');
  await expect(root).toHaveAttribute('data-search-complete', 'false');
  const firstScreen = await links.count();
  const status = await page.locator('[data-search-status]').textContent();

  await context.setOffline(true);
  await page.getByRole('button', { name: '加载更多' }).click();
  const message = page.locator('[data-search-more-error]');
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toHaveText(/^连不上网络：其余结果所在的页面还没有保存到本机/);
  // The search itself stands: its results and count are kept, nothing says it failed as a whole.
  await expect(root).toHaveAttribute('data-state', 'done');
  expect(await links.count()).toBeGreaterThanOrEqual(firstScreen);
  await expect(page.locator('[data-search-status]')).toHaveText(status!);
  const retry = page.locator('[data-search-more]');
  await expect(retry).toHaveText('重试');
  await expect(retry).toBeInViewport();
  const results = await new AxeBuilder({ page }).include('[data-search-root]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Back online, 重试 goes on where it stopped.
  await context.setOffline(false);
  const before = await links.count();
  await retry.click();
  await expect(message).toHaveCount(0);
  await expect.poll(() => links.count()).toBeGreaterThan(before);
  await expect(page.locator('[data-search-more]')).toHaveText('加载更多');
  // The browser logs each request it could not send while offline; nothing else may be logged.
  problems.splice(0, problems.length, ...problems.filter((p) => p !== 'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'));
});

test('keyboard only: shortcut, type, arrows, Enter; Escape returns focus', async ({ page }) => {
  await page.goto('/documents/plan/');
  await hydrated(page);
  const copy = page.locator('[data-copy-link="p-1"]');
  await copy.focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('党员活动日');
  await done(page, '党员活动日');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(focused).toMatch(/^\/documents\//);
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(copy).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('党员活动日');
  await done(page, '党员活动日');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(chosen).toMatch(/^\/documents\/[^/]+\/#/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${chosen}$`));
});

test('the index failing to load gives a clear message and a retry that works', async ({ page, problems }) => {
  let fail = true;
  let blocked = 0;
  // Every address of Pagefind's script, retries (?retry=n) included, until the member retries.
  await page.route(/\/pagefind\/pagefind\.js(\?|$)/, (route) => {
    if (!fail) return route.continue();
    blocked += 1;
    return route.abort();
  });
  await page.goto(`/search/?q=${encodeURIComponent('党课')}`);
  await hydrated(page);
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('[data-search-status]')).toContainText('搜索索引加载失败');
  fail = false;
  await page.getByRole('button', { name: '重试' }).click();
  await done(page);
  await expect(page.locator('[data-search-results="exact"] a').first()).toBeVisible();
  // The browser logs each blocked request (the page's preload of Pagefind, then its import), and
  // may do so after the retry has finished; those errors are the point of this test.
  const expected = (p: string) => /Failed to load resource|pagefind/.test(p);
  expect(blocked).toBeGreaterThan(0);
  await expect.poll(() => problems.filter(expected).length).toBe(blocked);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));
});

for (const scheme of ['light', 'dark'] as const) test(`axe finds nothing with the search dialog open (${scheme})`, async ({ page }) => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('searchbox', { name: '搜索全站' }).fill('党课');
  await page.keyboard.press('Enter');
  await done(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the header search is plain HTML: no Preact and no document list until the member searches', async ({ page }) => {
  const scripts: string[] = [];
  let catalogue = 0;
  page.on('request', (r) => {
    if (/\.js(\?|$)/.test(r.url())) scripts.push(new URL(r.url()).pathname);
    if (new URL(r.url()).pathname === '/documents.json') catalogue += 1;
  });
  await page.goto('/404.html');
  await page.waitForLoadState('networkidle');
  // The form works without JavaScript and no page carries the document list any more.
  await expect(page.locator('form.header-search')).toHaveAttribute('action', '/search/');
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(scripts.filter((s) => /preact|SearchPanel|header-search-panel/.test(s))).toEqual([]);
  expect(catalogue).toBe(0);

  // Focusing the box warms the panel up; submitting opens it in the dialog with the query run.
  await page.getByRole('searchbox', { name: '搜索全站' }).focus();
  await expect.poll(() => scripts.some((s) => s.includes('header-search-panel'))).toBe(true);
  await page.getByRole('searchbox', { name: '搜索全站' }).fill('三会一课');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await expect(dialog).toBeVisible();
  await done(page, '三会一课');
  await expect(dialog.locator('[data-search-results="exact"] a').first()).toBeVisible();
  expect(catalogue).toBe(0);
});

test('header search: one Escape closes, focus returns, a quick reopen works, and 关闭搜索 closes too', async ({ page }) => {
  await page.goto('/study/');
  await hydrated(page);
  const box = page.getByRole('searchbox', { name: '搜索全站' });
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const skip = page.locator('.site-title');
  await skip.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('党课');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(skip).toBeFocused();
  // Closed and opened again at once: a fresh, empty panel, focused.
  await page.keyboard.press('/');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect(dialog.getByRole('searchbox')).toHaveValue('');
  await dialog.getByRole('button', { name: '关闭搜索' }).click();
  await expect(dialog).toBeHidden();
  await expect(skip).toBeFocused();
  // Typing / in the header box types it, it does not open the dialog.
  await box.focus();
  await page.keyboard.type('党章/');
  await expect(box).toHaveValue('党章/');
  await expect(dialog).toBeHidden();
});

test('header search: while the panel loads it says 正在搜索…, a failed load says so and 重试 works', async ({ page, problems }) => {
  let fail = true;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/header-search-panel\.[^/]*\.js$/, async (route) => {
    await held;
    return fail ? route.abort() : route.continue();
  });
  await page.goto('/study/');
  await hydrated(page);
  await page.getByRole('searchbox', { name: '搜索全站' }).fill('党课');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await expect(dialog.getByRole('status')).toHaveText('正在搜索…', { useInnerText: true });
  await expect(dialog.getByRole('button', { name: '重试' })).toBeHidden();
  release();
  await expect(dialog.getByRole('status')).toContainText('搜索索引加载失败');
  fail = false;
  await dialog.getByRole('button', { name: '重试' }).click();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect(dialog.getByRole('searchbox')).toHaveValue('党课');
  await done(page, '党课');
  const expected = (p: string) => /Failed to load resource|header-search-panel|dynamically imported module/.test(p);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));
});

test('filters load from /documents.json when opened, and narrow the results to one document', async ({ page }) => {
  const list = (await (await page.request.get('/documents.json')).json()) as { categories: string[]; docs: { id: string; shortTitle: string }[] };
  let catalogue = 0;
  page.on('request', (r) => new URL(r.url()).pathname === '/documents.json' && (catalogue += 1));
  await page.goto(`/search/?q=${encodeURIComponent('三会一课')}`);
  await hydrated(page);
  await done(page, '三会一课');
  // The page itself no longer lists the documents.
  expect(await page.locator('select').count()).toBe(0);
  expect(catalogue).toBe(0);
  await page.locator('.search-filters summary').click();
  const documentFilter = filter(page, '文件');
  await expect(documentFilter.locator('option')).toHaveText(['全部', ...list.docs.map((d) => d.shortTitle)]);
  await expect(filter(page, '类别').locator('option')).toHaveText(['全部', ...list.categories]);
  await expect(filter(page, '学习对象').locator('option')).toHaveText(['全部', '全体党员', '党员领导干部']);
  const plan = list.docs.find((d) => d.id === 'plan')!;
  await documentFilter.selectOption({ label: plan.shortTitle });
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect.poll(async () => [...new Set(await page.locator('[data-search-results="exact"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0])))]).toEqual(['/documents/plan/']);
  // The quick jump still answers with the filters open.
  const input = page.getByRole('searchbox', { name: '搜索学习材料' });
  await input.fill('党章10');
  await expect(page.locator('[data-search-quick] a').first()).toHaveAttribute('href', '/documents/dangzhang/#yuanwen');
  expect(catalogue).toBe(1);
});

test('filters: /documents.json failing says so in Chinese, and 重试 brings the choices', async ({ page, problems }) => {
  let fail = true;
  await page.route(/\/documents\.json$/, (route) => (fail ? route.abort() : route.continue()));
  // A page with no island of its own: only the filters want the catalogue.
  await page.goto('/404.html');
  await page.getByRole('searchbox', { name: '搜索全站' }).fill('党课');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '搜索' });
  await done(page, '党课');
  await dialog.locator('.search-filters summary').click();
  const status = dialog.locator('[data-filter-status]');
  await expect(status).toContainText('筛选项加载失败，请检查网络后重试。');
  fail = false;
  await status.getByRole('button', { name: '重试' }).click();
  await expect(filter(page, '文件').locator('option').nth(1)).toBeAttached();
  await filter(page, '学习对象').selectOption('党员领导干部');
  await expect(dialog.locator('[data-search-root]')).toHaveAttribute('data-state', /done/, { timeout: 15_000 });
  problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load resource/.test(p)));
});

test('a search opened from its address moves nothing on a phone while quick jumps and results arrive', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const base = test.info().project.use.baseURL;
  // 党章 has a quick jump and exact results; 学习 has many exact results.
  for (const q of ['党章', '学习']) {
    const { cls, shifts } = await measureLayoutShift(page, `${base}/search/?q=${encodeURIComponent(q)}`);
    expect(shifts, `layout shifts on /search/?q=${q}`).toEqual([]);
    expect(cls).toBe(0);
  }
  await context.close();
});

test('quick jumps that arrive late are still shown above the results, before them; a stuck list holds them up only briefly', async ({ page }) => {
  let hold = 800;
  await page.route(/\/search\/quick(\/[^/]+)?\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, hold));
    await route.continue().catch(() => undefined);
  });
  await page.goto('/search/?q=党章');
  const root = page.locator('[data-search-root]');
  const quick = root.locator('[data-search-quick] a');
  const exact = root.locator('[data-search-results="exact"] a');
  // Whenever an exact result is on screen, the quick jump above it is already there.
  await expect(exact.first()).toBeVisible({ timeout: 15_000 });
  await expect(quick.first()).toBeVisible({ timeout: 1 });
  await done(page, '党章');

  // A quick-jump list that does not come does not keep the results away for long.
  hold = 20_000;
  await page.goto('/search/?q=中国共产党章程');
  const started = Date.now();
  await expect(exact.first()).toBeVisible({ timeout: 8_000 });
  expect(Date.now() - started).toBeLessThan(8_000);
  await expect(quick).toHaveCount(0);
});
