import { test as base, expect, type Page } from '@playwright/test';
import type { QuizQuestion } from '../../src/lib/quiz/quiz-bank.ts';
import { scrollToWaitingIsland } from '../../scripts/lib/layout-shift.mjs';

/**
 * Every end-to-end test fails if the page logs a console error or the browser reports a CSP
 * violation: both are invisible to a member but mean something is broken.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until every island on the page has hydrated. A `client:visible` island hydrates only once
 * it comes near the screen, as when a member scrolls to it: each is brought into view in turn, and
 * the page is then scrolled back where it was.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="visible"])').length === 0);
  if ((await page.locator('astro-island[ssr][client="visible"]').count()) === 0) return;
  const at = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
  await page.waitForFunction(scrollToWaitingIsland, undefined, { polling: 50 });
  await page.evaluate(([x, y]) => window.scrollTo({ left: x, top: y, behavior: 'instant' }), at);
}

/** Answers the question on screen rightly, through the real controls (the first accepted wording for a blank). */
export async function answerRight(page: Page, q: QuizQuestion): Promise<void> {
  const card = page.locator(`[data-question-id="${q.id}"]`);
  if (q.type === 'fill') {
    const boxes = card.locator('.q-blank input');
    for (let i = 0; i < q.answer.length; i += 1) await boxes.nth(i).fill(q.answer[i]![0]!);
  } else if (q.type === 'judge') {
    await card.getByRole('radio', { name: q.answer ? '正确' : '错误' }).check();
  } else if (q.type === 'single') {
    await card.locator(`input[value="${q.answer}"]`).check();
  } else {
    for (const letter of q.answer) await card.locator(`input[value="${letter}"]`).check();
  }
}
