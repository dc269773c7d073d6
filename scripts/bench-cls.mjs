// Layout shift (CLS) of every page bench:js visits, loaded fresh at 390×844 with the CPU slowed
// 4×, measured with a PerformanceObserver in Chromium. The e2e test layout-shift.spec.ts checks
// the same pages are 0; this prints the figures and what moved.
// Usage: npm run bench:cls [-- --dist dist] [--port 4397]   (build first: npm run build)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startServer } from './lib/bench-env.mjs';
import { benchPages } from './lib/bench-pages.mjs';
import { PHONE, measureLayoutShift } from './lib/layout-shift.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = option('--dist', 'dist');
const port = Number(option('--port', 4397));
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}/; run npm run build first`);

const { base, child } = await startServer(dist, port);
const browser = await launchBrowser();
const rows = [];
try {
  for (const path of benchPages(dist)) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    rows.push({ path, ...(await measureLayoutShift(page, base + path)) });
    await context.close();
  }
} finally {
  await browser.close();
  child.kill();
}

console.log('Layout shift per page (CLS, 390×844, CPU 4× slower, fresh browser)\n');
for (const r of rows) {
  const moved = [...new Set(r.shifts.flatMap((s) => s.sources))].join(', ');
  console.log(`${r.path.padEnd(28)} ${r.cls.toFixed(4)}${moved ? `  moved: ${moved}` : ''}`);
}
const worst = Math.max(...rows.map((r) => r.cls));
console.log(`\npages: ${rows.length}, largest CLS ${worst.toFixed(4)}; pages above 0: ${rows.filter((r) => r.cls > 0).length}`);
