// Over the built pages that bench:js and bench:cls visit, at 390×844: no layout shift while a page
// loads (PerformanceObserver 'layout-shift', CPU slowed 4×), and every link, button and field of
// the header and the quiz navigation is a tap target of at least 44×44 CSS px.
import { test, expect } from './fixtures.ts';
import { benchPages } from '../../scripts/lib/bench-pages.mjs';
import { PHONE, measureLayoutShift } from '../../scripts/lib/layout-shift.mjs';
import { serveHeld, type HeldPart } from './held-html.ts';
import type { Browser } from '@playwright/test';

const pages = benchPages('dist');
const TAP = 44;

/** Loads `url` in a fresh phone context and expects nothing on it to move while it loads. */
async function expectNoShift(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const { cls, shifts } = await measureLayoutShift(page, url);
  await context.close();
  expect(shifts, `layout shifts on ${url}`).toEqual([]);
  expect(cls).toBe(0);
}

test('the benchmarked pages are the quiz pages and the main pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/quiz/exam/');
  expect(pages).toContain('/archive/');
  expect(pages.length).toBeGreaterThanOrEqual(15);
});

for (const path of pages) {
  test(`no layout shift while ${path} loads on a phone`, async ({ browser }) => {
    await expectNoShift(browser, `${test.info().project.use.baseURL}${path}`);
  });
}

// Opened at a paragraph deep in the text, the reading bar's number jumps from 0 % at once.
for (const path of ['/documents/plan/#p-20', '/documents/dangzhang/#art-30']) {
  test(`no layout shift while ${path} opens at its anchor on a phone`, async ({ browser }) => {
    await expectNoShift(browser, `${test.info().project.use.baseURL}${path}`);
  });
}

// On a weak signal Chromium paints a page while its HTML is still arriving, so a part of it can be
// on screen half-built. The header (on every page) and the reader dock (fixed to the bottom of
// every document page) must not move as the rest of them arrives.
const heldParts: [string, HeldPart][] = [
  ['/', { from: '<header class="site-header"', to: '</header>' }],
  ['/documents/plan/', { from: '<div class="reader-dock"', to: '<script' }],
];
for (const [path, part] of heldParts) {
  test(`no layout shift on ${path} while ${part.from.slice(1)} arrives a tag at a time`, async ({ browser }) => {
    const held = await serveHeld(test.info().project.use.baseURL!, path, part);
    try {
      await expectNoShift(browser, `${held.origin}${path}`);
    } finally {
      await held.close();
    }
  });
}

test('no layout shift on /archive/ for a member with notes, scrolling down past them', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(() => {
    if (localStorage.getItem('lxyz:v1:notes')) return;
    const at = new Date().toISOString();
    const notes = Object.fromEntries(
      [1, 2, 3, 4].map((i) => [`n${i}`, { id: `n${i}`, doc: 'plan', anchor: `p-${i}`, heading: `第${i}段`, text: '体会'.repeat(15 * i), created: at, updated: at }]),
    );
    localStorage.setItem('lxyz:v1:notes', JSON.stringify({ version: 1, notes }));
  });
  const page = await context.newPage();
  const { cls, shifts } = await measureLayoutShift(page, `${test.info().project.use.baseURL}/archive/`);
  await expect(page.locator('#archive-notes .note-items li')).toHaveCount(4);
  await context.close();
  expect(shifts, 'layout shifts on /archive/ with notes').toEqual([]);
  expect(cls).toBe(0);
});

test('header and quiz navigation tap targets are at least 44×44 on every benchmarked page', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const small: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const boxes = await page.evaluate(() =>
      // Controls that are not on screen (the closed search dialog, the update notice before an update) cannot be tapped.
      [...document.querySelectorAll(':is(.site-header, .quiz-nav) :is(a, button, input, select)')].filter((el) => el.checkVisibility()).map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${el.tagName.toLowerCase()} ${(el.textContent || (el as HTMLInputElement).placeholder || '').trim()}`, width: r.width, height: r.height };
      }),
    );
    expect(boxes.length, path).toBeGreaterThanOrEqual(9);
    for (const b of boxes) if (b.width < TAP || b.height < TAP) small.push(`${path}: ${b.what} ${b.width.toFixed(0)}×${b.height.toFixed(0)}`);
  }
  await context.close();
  expect(small).toEqual([]);
});

test('on a phone the header is two rows and the first practice question starts on the first screen', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/quiz/practice/dangzhang/');
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(2 * TAP + 12);
  const question = page.locator('.question').first();
  await expect(question).toBeVisible();
  const box = (await question.boundingBox())!;
  // The question's stem and its first choice are above the fold.
  const firstChoice = (await question.locator('.q-choice').first().boundingBox())!;
  expect(box.y).toBeLessThan(844);
  expect(firstChoice.y + firstChoice.height).toBeLessThan(844);
  // 练一练 links beside headings are tall enough to tap too.
  await page.goto('/documents/dangzhang/');
  const drill = (await page.locator('.drill-link').first().boundingBox())!;
  expect(drill.height).toBeGreaterThanOrEqual(TAP);
  await context.close();
});
