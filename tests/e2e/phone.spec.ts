// A member's phone (390×844): a calm home page, a steady reader, section navigation, the footer
// above the reader dock, and tap targets of at least 44×44 CSS px in the header and quiz navigation.
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** 10:00 on 10 June 2026 in Beijing: January to May's tasks are past and none is ticked. */
const JUNE_10 = new Date('2026-06-10T02:00:00Z');

async function asMember(page: Page, now = JUNE_10): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.addInitScript(() => {
    if (!localStorage.getItem('lxyz:v1:settings')) {
      localStorage.setItem('lxyz:v1:settings', JSON.stringify({ version: 1, fontStep: 1, theme: 'auto', role: 'member' }));
    }
  });
}

test('home encourages: today’s 每日一练 with its streak, this month’s tasks, no lateness and nothing red', async ({ page }) => {
  await asMember(page);
  // Done on the two days before: a streak of 2 that today would extend.
  await page.addInitScript(() => {
    const day = (d: string) => ({ questions: ['x'], answers: {}, correct: 1, doneAt: `${d}T02:00:00.000Z` });
    localStorage.setItem('lxyz:v1:quiz', JSON.stringify({ version: 1, attempts: [], wrong: {}, mastered: {}, starred: [], practice: {}, exams: [], daily: { '2026-06-08': day('2026-06-08'), '2026-06-09': day('2026-06-09') } }));
  });
  await page.goto('/');
  await hydrated(page);
  const today = page.locator('.home-today');
  await expect(today.getByRole('heading')).toHaveText('今天 · 每日一练');
  await expect(today.locator('[data-home-streak]')).toHaveAttribute('data-home-streak', '2');
  await expect(today).toContainText('已连续练习 2 天，今天做完就是 3 天。');
  await expect(today.getByRole('link', { name: '开始今天的练习' })).toHaveAttribute('href', '/quiz/daily/');
  await expect(page.locator('[data-home-plan-left]')).toHaveText('本月还有 2 项学习任务没有完成（共 2 项）。');
  // January to May left their tasks undone, yet home says nothing about it.
  const main = page.locator('main');
  await expect(main).not.toContainText('截止日期');
  await expect(main).not.toContainText('逾期');
  await expect(page.locator('main .plan-state-overdue')).toHaveCount(0);
  // No text on home is drawn in the accent red except links and buttons.
  const red = await page.evaluate(() => {
    const accent = getComputedStyle(document.documentElement).getPropertyValue('--red').trim();
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    const redColour = getComputedStyle(probe).color;
    probe.remove();
    return [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('a, button, .button, .tag.accent') && el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .filter((el) => getComputedStyle(el).color === redColour)
      .map((el) => el.textContent!.trim().slice(0, 20));
  });
  expect(red).toEqual([]);

  // The earlier months' open tasks are on /plan/, in neutral words.
  await page.goto('/plan/');
  await hydrated(page);
  const earlier = page.locator('.plan-earlier');
  await expect(earlier.getByRole('heading')).toHaveText('前几个月未完成的任务');
  const open = Number(await earlier.locator('[data-earlier-open]').getAttribute('data-earlier-open'));
  expect(open).toBeGreaterThan(0);
  await expect(earlier.locator('.plan-task')).toHaveCount(open);
  await expect(earlier).not.toContainText('逾期');
});

test('after today’s 每日一练 home says so and offers to look at it again', async ({ page }) => {
  await asMember(page);
  await page.addInitScript(() => {
    localStorage.setItem('lxyz:v1:quiz', JSON.stringify({ version: 1, attempts: [], wrong: {}, mastered: {}, starred: [], practice: {}, exams: [], daily: { '2026-06-10': { questions: ['a', 'b', 'c', 'd', 'e'], answers: {}, correct: 4, doneAt: '2026-06-10T01:00:00.000Z' } } }));
  });
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('[data-daily-today]')).toHaveText('今天的每日一练已完成，答对 4 / 5 道。');
  await expect(page.locator('[data-home-streak]')).toHaveText('已连续练习 1 天，明天再来。');
  await expect(page.getByRole('link', { name: '看看今天的题' })).toBeVisible();
});

/** The text of the first paragraph of the document at the top of the screen, and where it is. */
async function paragraphAtTop(page: Page): Promise<{ text: string; top: number; bottom: number }> {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('.doc-body p')].find((el) => el.getBoundingClientRect().bottom > 0)!;
    const r = p.getBoundingClientRect();
    return { text: p.textContent!.slice(0, 40), top: r.top, bottom: r.bottom };
  });
}

test('changing the text size or colour scheme keeps the paragraph being read on screen', async ({ page }) => {
  await page.goto('/documents/plan/');
  await hydrated(page);
  await page.locator('#p-12').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 150));
  await page.waitForTimeout(100);
  const before = await paragraphAtTop(page);

  const expectSameParagraphInView = async () => {
    await page.waitForTimeout(100);
    const seen = await page.evaluate((text) => {
      const p = [...document.querySelectorAll('.doc-body p')].find((el) => el.textContent!.startsWith(text))!;
      const r = p.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }, before.text);
    // Still on screen above the dock, starting within a few lines of where it did.
    expect(seen.bottom).toBeGreaterThan(0);
    expect(seen.top).toBeLessThan(844 - 84);
    expect((await paragraphAtTop(page)).text).toBe(before.text);
  };

  await page.getByRole('button', { name: '缩小字号' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-font-step', '0');
  await expectSameParagraphInView();
  await page.getByRole('button', { name: '放大字号' }).click();
  await page.getByRole('button', { name: '放大字号' }).click();
  await page.getByRole('button', { name: '放大字号' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-font-step', '3');
  await expectSameParagraphInView();
  await page.getByRole('combobox', { name: '配色' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectSameParagraphInView();
});

test('上一节/下一节 move by section, not by paragraph', async ({ page }) => {
  await page.goto('/documents/plan/');
  await hydrated(page);
  const next = page.getByRole('button', { name: '下一节' });
  const prev = page.getByRole('button', { name: '上一节' });
  const atTop = async (id: string) => {
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect.poll(() => page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
  };
  await next.click();
  await atTop('sec-1');
  await next.click();
  // sec-1 has one paragraph (p-2); the next section follows, not that paragraph.
  await atTop('sec-2');
  await next.click();
  await atTop('sec-3');
  await next.click();
  await atTop('sec-3-1');
  await prev.click();
  await atTop('sec-3');
  await prev.click();
  await atTop('sec-2');
});

test('at the end of a document the footer shows above the reader dock; 标记为已学完 fills the bar', async ({ page }) => {
  await page.goto('/documents/dangzhang/');
  await hydrated(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const footer = page.locator('.site-footer p');
  const dockTop = await page.locator('.reader-dock').evaluate((el) => el.getBoundingClientRect().top);
  const footerBox = (await footer.boundingBox())!;
  expect(footerBox.y + footerBox.height).toBeLessThanOrEqual(dockTop);
  expect(footerBox.y).toBeGreaterThanOrEqual(0);

  await page.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.locator('.reader-progress')).toHaveAttribute('data-percent', '100');
  await expect(page.locator('.reader-percent')).toHaveText('已学完');
  await page.getByRole('button', { name: '取消已学完' }).click();
  await expect(page.locator('.reader-percent')).toHaveText(/^已读 \d+%$/);
});
