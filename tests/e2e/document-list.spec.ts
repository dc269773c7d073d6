import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';

// Issue 13: pages carry no list of every document; islands load the cached /documents.json (and,
// for notes and "上次读到", /archive/outline.json) when they need them, and say so in the page
// with a retry when a download fails.

/** Makes `url` answer 503 until the returned function is called; counts the refused requests. */
async function failing(page: Page, url: string): Promise<{ refused: () => number; heal: () => void }> {
  let fail = true;
  let refused = 0;
  await page.route(url, (route) => {
    if (!fail) return route.continue();
    refused += 1;
    return route.fulfill({ status: 503, body: '' });
  });
  return { refused: () => refused, heal: () => (fail = false) };
}

/** The browser logs each refused request as an error; those are the point of these tests. */
function dropRefusals(problems: string[]): void {
  problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load resource/.test(p)));
}

const NOW = new Date().toISOString();

// The islands of these pages' own content (the header's search island is another matter).
const PAGE_ISLANDS = /\/(HomeDashboard|HomeToday|PlanHome|ArchiveDashboard|NoteList|ArchiveTransfer|ArchivePrint|BranchReport)\.[\w-]+\.js"/;

test('the built pages carry no document list in their islands', () => {
  for (const page of ['index.html', 'archive/index.html', 'archive/print/index.html', 'archive/branch/index.html']) {
    const html = readFileSync(`dist/${page}`, 'utf8');
    const islands = [...html.matchAll(/<astro-island[^>]*>/g)].map((m) => m[0]).filter((tag) => PAGE_ISLANDS.test(tag));
    expect(islands.length, page).toBeGreaterThan(0);
    const props = islands.map((tag) => /\sprops="([^"]*)"/.exec(tag)?.[1] ?? '').join('\n');
    // A guide that only the catalogue names: its id must not ride along in any island's props.
    expect(props, page).not.toContain('geren-shixiang-guiding');
    expect(props, page).not.toContain('unitLabels');
  }
  // Both catalogues are precached, so the islands work offline after a first visit.
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw).toContain('"documents.json"');
  expect(sw).toContain('"archive/outline.json"');
});

test('home: the progress card says when the catalogue failed, and 重试 brings the count', async ({ page, problems }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 1, theme: 'auto', role: 'member' })));
  const list = await failing(page, '**/documents.json');
  await page.goto('/');
  await hydrated(page);
  const card = page.locator('.home-dashboard .card');
  await expect(card.getByRole('alert')).toHaveText(/文件目录没有加载成功，请检查网络后重试。/);
  list.heal();
  await card.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('[data-home-progress]')).toHaveText('学习清单已学完 0 / 6 份');
  await expect(card.getByRole('alert')).toHaveCount(0);
  expect(list.refused()).toBeGreaterThan(0);
  dropRefusals(problems);
});

test('home: where the member stopped comes from the outline, fetched only for a member who has a place', async ({ page }) => {
  const outlines: string[] = [];
  page.on('request', (r) => r.url().endsWith('/archive/outline.json') && outlines.push(r.url()));
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('.continue a')).toHaveText('从实施方案开始');
  await page.evaluate((now) => {
    localStorage.setItem('lxyz:v1:reading', JSON.stringify({ version: 1, last: 'plan', docs: { plan: { read: [], visitedAt: now, position: 'p-12' } } }));
  }, NOW);
  expect(outlines).toEqual([]);
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('[data-continue]')).toHaveText('继续阅读：实施方案');
  await expect(page.locator('[data-continue]')).toHaveAttribute('href', '/documents/plan/#p-12');
  await expect(page.locator('.continue-where')).toContainText('上次读到 第12段');
  expect(outlines).toHaveLength(1);
});

test('学习档案: a failed catalogue shows in the figure and in the notes, and 重试 fills both', async ({ page, problems }) => {
  await page.goto('/');
  await page.evaluate((now) => {
    localStorage.setItem('lxyz:v1:notes', JSON.stringify({ version: 1, notes: { n1: { id: 'n1', doc: 'plan', anchor: 'p-5', heading: '第5段', text: '体会', created: now, updated: now } } }));
  }, NOW);
  const list = await failing(page, '**/documents.json');
  const outline = await failing(page, '**/archive/outline.json');
  await page.goto('/archive/');
  await hydrated(page);
  const figure = page.locator('[data-figure="docs"] dd');
  const notes = page.locator('#archive-notes');
  await expect(figure.getByRole('alert')).toContainText('文件目录没有加载成功');
  await expect(notes.getByRole('alert')).toContainText('文件目录没有加载成功');
  await expect(notes.getByRole('button', { name: '导出为文本' })).toBeDisabled();

  list.heal();
  await figure.getByRole('button', { name: '重试' }).click();
  await expect(figure).toHaveText(/^0 \/ \d+ 份$/);
  // The notes also need the outline, which still fails.
  await expect(notes.getByRole('alert')).toContainText('文件目录没有加载成功');
  outline.heal();
  await notes.getByRole('button', { name: '重试' }).click();
  await expect(notes.getByRole('heading', { name: '《实施方案》' })).toBeVisible();
  await expect(notes.getByRole('link', { name: '第5段' })).toHaveAttribute('href', '/documents/plan/#p-5');
  await expect(notes.getByRole('button', { name: '导出为文本' })).toBeEnabled();
  expect(list.refused()).toBeGreaterThan(0);
  expect(outline.refused()).toBeGreaterThan(0);
  dropRefusals(problems);
});

test('学习档案 without notes does not download the outline', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => /\/(documents|archive\/outline)\.json$/.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  await page.goto('/archive/');
  await hydrated(page);
  await expect(page.locator('[data-figure="docs"] dd')).toHaveText(/^0 \/ \d+ 份$/);
  expect(fetched).toEqual(['/documents.json']);
});

test('the printable archive waits for the catalogue and offers 重试 when it fails', async ({ page, problems }) => {
  const list = await failing(page, '**/documents.json');
  await page.goto('/archive/print/');
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('文件目录没有加载成功');
  await expect(page.locator('.archive-paper')).toHaveCount(0);
  list.heal();
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('.archive-paper')).toBeVisible();
  dropRefusals(problems);
});
