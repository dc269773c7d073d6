// JavaScript each page really loads, measured in headless Chromium on the built site: every script
// fetched from opening the page until the network has been quiet for a moment (so lazy chunks a page
// loads on its own count too), as gzip bytes. Quiz pages are checked against issue 4's 25 KB budget.
// Usage: npm run bench:js [-- --dist dist] [--port 4396]   (build first: npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from './lib/bench-env.mjs';
import { benchPages } from './lib/bench-pages.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = option('--dist', 'dist');
const port = Number(option('--port', 4396));
const QUIZ_BUDGET = 25 * 1024;

if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}/; run npm run build first`);

const pages = benchPages(dist);

const gzipCache = new Map();
function gzipBytes(url) {
  const file = join(dist, decodeURIComponent(new URL(url).pathname));
  if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  return gzipCache.get(file);
}

const { base, child } = await startServer(dist, port);
const browser = await launchBrowser();
const rows = [];
try {
  for (const path of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.add(request.url().split('?')[0]);
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const bytes = [...scripts].reduce((sum, url) => sum + gzipBytes(url), 0);
    rows.push({ path, files: scripts.size, bytes, quiz: path.startsWith('/quiz/') });
    await context.close();
  }
} finally {
  await browser.close();
  child.kill();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('JS loaded per page (gzip, each file compressed on its own as a server sends it)\n');
for (const r of rows) console.log(`${r.path.padEnd(28)} ${String(r.files).padStart(3)} files ${kb(r.bytes).padStart(9)}${r.quiz && r.bytes > QUIZ_BUDGET ? '  over the 25 KB quiz budget' : ''}`);
const quiz = rows.filter((r) => r.quiz);
const max = Math.max(...quiz.map((r) => r.bytes));
console.log(`\nquiz pages: ${quiz.length}, largest ${kb(max)}; budget ${kb(QUIZ_BUDGET)}: ${max <= QUIZ_BUDGET ? 'met' : 'NOT met'}`);
