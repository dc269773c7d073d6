// Offline figures, measured on the built site: what a first visit precaches (gzip, as a compressing
// server sends it), the size of the 离线下载 and how long it takes in headless Chromium against
// the local server, and the size of the script that registers the service worker (every page loads it).
// Usage: npm run bench:offline [-- --dist dist] [--port 4394] [--runs 3]   (build first: npm run build)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { launchBrowser, launchProfile, startServer } from './lib/bench-env.mjs';
import { DOWNLOAD_FILE, PRECACHE_PATTERNS, SW_CACHES_FILE, SW_FILE } from './lib/service-worker.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = option('--dist', 'dist');
const port = Number(option('--port', 4394));
const runs = Number(option('--runs', 3));
if (!existsSync(join(dist, SW_FILE))) throw new Error(`no service worker in ${dist}/; run npm run build first`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (path) => gzipSync(readFileSync(join(dist, path))).length;

const { manifestEntries, size } = await getManifest({ globDirectory: dist, globPatterns: PRECACHE_PATTERNS });
const precacheGzip = manifestEntries.reduce((sum, e) => sum + gzip(e.url), 0);
const plan = JSON.parse(readFileSync(join(dist, DOWNLOAD_FILE), 'utf8'));
// The registration (src/scripts/pwa.ts) is bundled into the script every page loads with its other
// chrome (BaseLayout's): find the file of index.html's that holds it.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
const registration = [...home.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
  .map((m) => readFileSync(join(dist, m[1]), 'utf8'))
  .find((s) => s.includes('data-update-notice'));
if (!registration) throw new Error('no script of index.html registers the service worker');

console.log(`首次访问预缓存: ${manifestEntries.length} 个文件, ${kb(size)} (gzip ${kb(precacheGzip)})`);
console.log(`service worker: ${SW_FILE} gzip ${kb(gzip(SW_FILE))} + ${SW_CACHES_FILE} gzip ${kb(gzip(SW_CACHES_FILE))}`);
console.log(`注册脚本所在文件 (每页都载入): ${registration.length} B, gzip ${gzipSync(registration).length} B`);
console.log(`离线下载: ${plan.pages.length} 个页面 + ${plan.search.length} 个索引文件, ${kb(plan.bytes)}`);

const { base, child } = await startServer(dist, port);
const browser = await launchBrowser();
const times = [];
try {
  // Chromium's own installability verdict (Lighthouse 12+ no longer audits it): no errors means
  // the manifest, icons and service worker make the site installable.
  {
    const profile = mkdtempSync(join(tmpdir(), 'lxyz-profile-'));
    const context = await launchProfile(profile);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const errors = installabilityErrors.map((e) => e.errorId).join(', ');
    console.log(`可安装 (Chromium Page.getInstallabilityErrors): ${errors ? `否 (${errors})` : '是'}`);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto('/study/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    const control = page.locator('[data-offline-download]');
    await control.scrollIntoViewIfNeeded();
    const start = control.locator('button', { hasText: '下载' });
    await start.waitFor();
    const t0 = Date.now();
    await start.click();
    await page.waitForSelector('[data-offline-download="done"]', { timeout: 120_000 });
    times.push(Date.now() - t0);
    await context.close();
  }
} finally {
  await browser.close();
  child.kill();
}
times.sort((a, b) => a - b);
console.log(`离线下载用时 (本机服务器, ${runs} 次): 中位数 ${times[Math.floor(times.length / 2)]} ms, 最短 ${times[0]} ms, 最长 ${times.at(-1)} ms`);
