// JavaScript each page really loads before interaction, measured in headless Chromium on the built
// site: every script fetched from opening the page until the network has been quiet for a moment (so
// lazy chunks a page loads on its own count too), as gzip bytes. Visits every built page and fails
// when a page breaks its budget (scripts/lib/js-budgets.mjs: document pages 8 KB, quiz pages 25 KB).
// Usage: npm run bench:js [-- --dist dist] [--port 4396] [--pages main]   (build first: npm run build)
//   --pages main  only the pages bench:cls visits (every quiz page kind and the main pages)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from './lib/bench-env.mjs';
import { allPages, benchPages } from './lib/bench-pages.mjs';
import { budgetFor, JS_BUDGETS, overBudget } from './lib/js-budgets.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = option('--dist', 'dist');
const port = Number(option('--port', 4396));
const SETTLE_MS = 1500;

if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}/; run npm run build first`);

const pages = option('--pages', 'all') === 'main' ? benchPages(dist) : allPages(dist);

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
    // The service worker's precache would fetch every script too; a first visit's page loads what it loads without it.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = new Set();
    let lastScript = Date.now();
    page.on('request', (request) => {
      if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
      scripts.add(request.url().split('?')[0]);
      lastScript = Date.now();
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // On a busy machine the network can look idle before idle-time islands ask for their code: wait
    // until no script has been requested for a while.
    while (Date.now() - lastScript < SETTLE_MS) await page.waitForTimeout(200);
    // Request events have been seen to go missing on a loaded machine; the page's own resource timing
    // lists every script it fetched, so take both.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    for (const url of fetched) if (/\.m?js(\?|$)/.test(url)) scripts.add(url.split('?')[0]);
    const bytes = [...scripts].reduce((sum, url) => sum + gzipBytes(url), 0);
    rows.push({ path, files: scripts.size, bytes });
    await context.close();
  }
} finally {
  await browser.close();
  child.kill();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const over = new Set(overBudget(rows).map((r) => r.path));
console.log('JS loaded per page before interaction (gzip, each file compressed on its own as a server sends it)\n');
for (const r of rows) {
  const budget = budgetFor(r.path);
  const note = budget ? `  ${over.has(r.path) ? 'OVER' : 'within'} the ${kb(budget.bytes)} ${budget.kind} budget` : '';
  console.log(`${r.path.padEnd(34)} ${String(r.files).padStart(3)} files ${kb(r.bytes).padStart(9)}${note}`);
}
console.log('');
for (const kind of Object.keys(JS_BUDGETS)) {
  const measured = rows.filter((r) => budgetFor(r.path)?.kind === kind);
  if (measured.length === 0) continue;
  const largest = measured.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const missed = measured.filter((r) => over.has(r.path)).length;
  console.log(`${kind} pages: ${measured.length}, largest ${kb(largest.bytes)} (${largest.path}); budget ${kb(JS_BUDGETS[kind])}: ${missed ? `NOT met on ${missed}` : 'met'}`);
}
if (over.size > 0) process.exitCode = 1;
