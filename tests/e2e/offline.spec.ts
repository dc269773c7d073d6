import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, hydrated, answerRight } from './fixtures.ts';
import { startServer } from '../../scripts/lib/bench-env.mjs';
import type { QuizBank } from '../../src/lib/quiz/quiz-bank.ts';
import type { DownloadPlan } from '../../src/lib/offline/download-plan.ts';
import { formatBytes } from '../../src/lib/offline/download-plan.ts';

// Every test gets a fresh browser context (Playwright's default), so each starts with no service
// worker and empty caches. The other specs block service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const plan = JSON.parse(readFileSync('dist/offline.json', 'utf8')) as DownloadPlan;

/** Waits until the service worker is active (its precache complete) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

const searchDone = async (page: Page, query: string) => {
  const root = page.locator('[data-search-root]').first();
  await expect(root).toHaveAttribute('data-search-query', query);
  await expect(root).toHaveAttribute('data-state', /done|error/, { timeout: 15_000 });
};

/**
 * Makes sure the page reads itself offline, as a phone without network does. Chromium 150 (Debian's,
 * driven by Playwright 1.65) no longer carries the emulated offline state into `navigator.onLine` of
 * a document loaded after `setOffline(true)`: its requests fail, yet it reads itself online. Turning
 * the emulation off and on again reaches the page as the 'online' and 'offline' events of a network
 * that drops, which is what the badge follows once the page is open.
 */
async function pageSeesOffline(context: BrowserContext, page: Page): Promise<void> {
  if (!(await page.evaluate(() => navigator.onLine))) return;
  await context.setOffline(false);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

/** Offline requests the browser logs as failed are the point of these tests, not a fault. */
function dropOfflineNoise(problems: string[]): void {
  problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load resource|Failed to load the index chunk/.test(p)));
}

test('after a first visit, visited pages, the daily quiz and cached search work offline; other pages show our offline page', async ({ page, context, problems }) => {
  test.setTimeout(90_000);
  const { questions } = (await (await page.request.get('/quiz/bank.json')).json()) as QuizBank;
  await page.goto('/');
  await controlled(page);
  await page.goto('/documents/dangzhang/');
  await expect(page.locator('h1')).toContainText('党章');
  // A search online fetches the index chunks for its words; those stay on the device.
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  await hydrated(page);
  await searchDone(page, '党员');
  await expect(page.locator('[data-search-results="exact"] a').first()).toBeVisible();

  await context.setOffline(true);
  await page.goto('/documents/dangzhang/');
  await expect(page.locator('h1')).toContainText('党章');
  await pageSeesOffline(context, page);
  await expect(page.locator('[data-offline-badge]')).toBeVisible();
  await expect(page.locator('[data-offline-badge]')).toHaveText('离线');
  await page.reload();
  await expect(page.locator('h1')).toContainText('党章');
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('.site-title')).toBeVisible();

  // 每日一练, answered and counted offline.
  await page.goto('/quiz/daily/');
  await hydrated(page);
  const cards = page.locator('.question');
  await expect(cards).toHaveCount(5);
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')!));
  for (const id of ids) await answerRight(page, questions.find((q) => q.id === id)!);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-daily-done]')).toContainText('答对 5 / 5');

  // A page never opened: our offline page, under the address asked for, listing what is saved.
  await page.goto('/documents/wenze-tiaoli/');
  await expect(page.locator('h1')).toHaveText('现在离线');
  await expect(page).toHaveURL(/\/documents\/wenze-tiaoli\/$/);
  const saved = page.locator('[data-offline-pages] a');
  await expect(saved.first()).toBeVisible();
  const hrefs = await saved.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/documents/dangzhang/');
  expect(hrefs).toContain('/quiz/daily/');
  expect(hrefs).not.toContain('/documents/wenze-tiaoli/');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await saved.filter({ hasText: '党章' }).first().click();
  await expect(page).toHaveURL(/\/documents\/dangzhang\/$/);
  await expect(page.locator('h1')).toContainText('党章');

  // Search offline: the word searched before works as online.
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  await hydrated(page);
  await searchDone(page, '党员');
  await expect(page.locator('[data-search-results="exact"] a').first()).toBeVisible();
  // A word whose part of the index was never fetched: a clear message, the download, a usable box.
  const box = page.getByRole('searchbox', { name: '搜索学习材料' });
  await box.fill('廉洁自律');
  await searchDone(page, '廉洁自律');
  await expect(page.locator('[data-search-status]')).toContainText('搜索索引还没有下载到本机');
  await expect(page.locator('[data-search-root] [data-offline-download]')).toBeVisible();
  await expect(box).toBeEditable();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await box.fill('党员');
  await searchDone(page, '党员');
  await expect(page.locator('[data-search-results="exact"] a').first()).toBeVisible();
  dropOfflineNoise(problems);
});

test('离线下载 shows its size, saves every document page and the whole index, and can be removed', async ({ page, context, problems }) => {
  test.setTimeout(90_000);
  await page.goto('/study/');
  await controlled(page);
  const control = page.locator('[data-offline-download]');
  await control.scrollIntoViewIfNeeded();
  await hydrated(page);
  const size = formatBytes(plan.bytes);
  const start = control.getByRole('button', { name: `下载（${size}）` });
  await expect(start).toBeVisible();
  await start.click();
  await expect(control).toHaveAttribute('data-offline-download', 'done', { timeout: 60_000 });
  await expect(control.locator('[data-offline-download-status]')).toContainText(`已全部保存到本机（${size}）`);

  await context.setOffline(true);
  for (const { url } of plan.pages) {
    await page.goto(url);
    await expect(page.locator('h1'), url).not.toHaveText('现在离线');
  }
  // Any word now: the whole index is on the device.
  for (const query of ['廉洁自律', '三会一课']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await hydrated(page);
    await searchDone(page, query);
    await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-search-results="exact"] a').first()).toBeVisible();
  }

  await context.setOffline(false);
  await page.goto('/study/');
  await control.scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(control).toHaveAttribute('data-offline-download', 'done');
  await control.getByRole('button', { name: '删除离线内容' }).click();
  await expect(control.locator('[data-offline-download-status]')).toContainText('离线内容已删除');
  await expect(control.getByRole('button', { name: `下载（${size}）` })).toBeVisible();
  // Pages opened stay; pages only downloaded are gone.
  await context.setOffline(true);
  await page.goto('/documents/wenze-tiaoli/');
  await expect(page.locator('h1')).toHaveText('现在离线');
  dropOfflineNoise(problems);
});

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
}

// The update journey needs the same origin to serve two builds in turn, so it runs its own server
// on a port next to the e2e one (E2E_UPDATE_PORT to choose another).
const UPDATE_PORT = Number(process.env.E2E_UPDATE_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 1);

test('a new build: the update notice appears, the new version is served after accepting, study data untouched', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  // The next build: the same site with a changed home page, its service worker regenerated.
  const next = mkdtempSync(join(tmpdir(), 'lxyz-next-'));
  cpSync('dist', next, { recursive: true });
  const home = join(next, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', '</h1><p data-next-build>新版本</p>'));
  execFileSync(process.execPath, ['scripts/service-worker.mjs', next], { stdio: 'ignore' });
  const nextBuild = (JSON.parse(readFileSync(join(next, 'offline.json'), 'utf8')) as DownloadPlan).build;
  expect(nextBuild).not.toBe(plan.build);

  const base = `http://127.0.0.1:${UPDATE_PORT}`;
  let context: BrowserContext | undefined;
  let server = (await startServer('dist', UPDATE_PORT)).child;
  try {
    context = await browser.newContext({ baseURL: base, serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto('/study/');
    await controlled(page);
    const control = page.locator('[data-offline-download]');
    await control.scrollIntoViewIfNeeded();
    await control.getByRole('button', { name: /^下载/ }).click();
    await expect(control).toHaveAttribute('data-offline-download', 'done', { timeout: 60_000 });
    await page.goto('/documents/dangzhang/');
    await page.goto('/');
    await hydrated(page);
    await page.evaluate(() => localStorage.setItem('lxyz:v1:probe', '{"kept":true}'));
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await expect(page.locator('[data-next-build]')).toHaveCount(0);

    // Nothing of the site is open while the server is swapped, so no late request meets a closed port.
    await page.goto('about:blank');
    await stop(server);
    server = (await startServer(next, UPDATE_PORT)).child;
    // The old version keeps being served, with the notice, until the member accepts.
    await page.goto('/');
    const notice = page.getByRole('button', { name: '有新版本，点此更新' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-next-build]')).toHaveCount(0);
    await notice.click();
    await expect(page.locator('[data-next-build]')).toHaveText('新版本', { timeout: 30_000 });
    await expect(notice).toBeHidden();
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
    // Only the new build's caches are left; the old download is gone and the member is told.
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((n) => n.startsWith('lxyz-') && !n.endsWith(nextBuild))).toEqual([]);
    await page.goto('/study/');
    await control.scrollIntoViewIfNeeded();
    await expect(control.getByText('以前下载的是旧版本')).toBeVisible();
    await expect(control.getByRole('button', { name: /^下载/ })).toBeVisible();
  } finally {
    await context?.close();
    await stop(server);
    rmSync(next, { recursive: true, force: true });
  }
});
