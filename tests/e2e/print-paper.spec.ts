// The secretary's printable paper: chosen number of questions and types, seeded (same choice, same
// paper; the number is shown and kept in the address), and the answer key on a page of its own.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function paper(page: Page): Promise<{ ids: string[]; types: string[]; numbers: string[]; keys: string[] }> {
  // The paper script marks the paper once it shows the drawn questions (a draw fetches its code first).
  await page.locator('[data-paper][data-paper-drawn]').waitFor({ state: 'attached' });
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLLIElement>('[data-paper-q]:not([hidden])')];
    return {
      ids: shown.map((li) => li.dataset.paperQ!),
      types: [...new Set(shown.map((li) => li.dataset.type!))],
      numbers: shown.map((li) => String(li.value)),
      keys: [...document.querySelectorAll<HTMLLIElement>('[data-key-q]:not([hidden])')].map((li) => `${li.dataset.keyQ}:${li.value}`),
    };
  });
}

test('a 50-question paper of 单选 and 判断 is the same for the same number, with its key on its own page', async ({ page }) => {
  await page.goto('/quiz/print/plan/?n=50&types=single,judge&seed=2718');
  const first = await paper(page);
  expect(first.ids).toHaveLength(50);
  expect(first.types.sort()).toEqual(['judge', 'single']);
  expect(first.numbers).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
  expect(first.keys).toEqual(first.ids.map((id, i) => `${id}:${i + 1}`));
  await expect(page.locator('[data-paper-seed]')).toHaveText('2718');
  await expect(page.locator('.paper-section:not([hidden]) h2')).toHaveText(['一、单选题（共 ' + (await page.locator('[data-type="single"]:not([hidden])').count()) + ' 题）', /^二、判断题（共 \d+ 题）$/]);

  await page.reload();
  expect((await paper(page)).ids).toEqual(first.ids);
  await page.goto('/quiz/print/plan/?n=50&types=single,judge&seed=2719');
  expect((await paper(page)).ids).not.toEqual(first.ids);

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.answer-key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await expect(page.locator('.paper-tools')).toBeHidden();
});

test('the form makes a paper, and a visit without a number gets one in the address', async ({ page }) => {
  await page.goto('/quiz/print/plan/');
  await expect(page).toHaveURL(/\?n=\d+&types=single%2Cmultiple%2Cjudge%2Cfill&seed=\d{6}$/);
  const seed = new URL(page.url()).searchParams.get('seed')!;
  await expect(page.locator('[data-paper-seed]')).toHaveText(seed);
  const all = await page.locator('[data-paper-q]').count();
  expect((await paper(page)).ids).toHaveLength(all);

  await page.getByLabel(/^题数/).fill('20');
  await page.getByRole('checkbox', { name: '填空题' }).uncheck();
  await page.getByLabel(/^试卷编号/).fill('42');
  await page.getByRole('button', { name: '生成试卷' }).click();
  await expect(page).toHaveURL(/\?n=20&types=single%2Cmultiple%2Cjudge&seed=42$/);
  // The address changes as soon as the new page is committed; its script picks the questions a moment later.
  await expect.poll(async () => (await paper(page)).ids.length).toBe(20);
  const made = await paper(page);
  expect(made.types).not.toContain('fill');
  await expect(page.getByLabel(/^题数/)).toHaveValue('20');
});

test('without JavaScript the default paper is complete, numbered and printable, and loads no quiz code with it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/print/plan/');
  const questions = page.locator('[data-paper-q]');
  const all = await questions.count();
  expect(all).toBeGreaterThan(50);
  // Every question and every answer is there and shown, numbered 1…N in order.
  await expect(page.locator('[data-paper-q]:visible')).toHaveCount(all);
  await expect(page.locator('[data-key-q]:visible')).toHaveCount(all);
  const numbers = await questions.evaluateAll((els) => els.map((el) => el.getAttribute('value')));
  expect(numbers).toEqual(Array.from({ length: all }, (_, i) => String(i + 1)));
  await expect(page.locator('.paper-section h2').first()).toHaveText(/^一、单选题（共 \d+ 题）$/);
  // The page says how to print it, and offers no button that could not work.
  // Playwright's text matching skips <noscript>, so the note is read from the DOM.
  const note = page.locator('.paper-tools noscript .notice');
  await expect(note).toBeVisible();
  expect(await note.evaluate((el) => el.textContent)).toContain(`下面是全部 ${all} 道题的试卷`);
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.paper-tools')).toBeHidden();
  await expect(page.locator('.paper')).toHaveCount(2);
  expect(await page.locator('.answer-key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await context.close();
});

test('the whole paper is made without the quiz pages’ code; only a smaller paper fetches the draw', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/quiz/print/plan/');
  await expect(page).toHaveURL(/seed=\d{6}$/);
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((path) => /\/(quiz|paper)\.[^/]*\.js$/.test(path))).toEqual([]);

  await page.goto('/quiz/print/plan/?n=10&types=judge&seed=3');
  await expect.poll(async () => (await paper(page)).ids.length).toBe(10);
  expect((await paper(page)).types).toEqual(['judge']);
  await expect(page.locator('.paper-section:not([hidden]) h2')).toHaveText(['一、判断题（共 10 题）']);
});
