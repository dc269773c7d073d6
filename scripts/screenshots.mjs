// Takes screenshots of key pages at phone and desktop sizes, light and dark, for a person to look at.
// Usage: node scripts/screenshots.mjs [baseURL] [outDir]   (serve dist/ first)
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4322';
const out = process.argv[3] ?? 'screenshots';
const pages = (process.env.PAGES ?? '/,/study/,/documents/plan/,/documents/dangzhang/').split(',');
mkdirSync(out, { recursive: true });
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [w, h] of [[360, 780], [1280, 800]]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path);
      await page.waitForTimeout(300);
      const name = `${out}/${path.replace(/\//g, '_') || 'home'}-${w}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
    }
    await context.close();
  }
}
await browser.close();
