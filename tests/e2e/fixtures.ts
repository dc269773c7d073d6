import { test as base, expect, type Page } from '@playwright/test';
import type { QuizQuestion } from '../../src/lib/quiz/quiz-bank.ts';

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

/** Waits until every island on the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
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
