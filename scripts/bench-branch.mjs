// Measures how long the 支部汇总 (/archive/branch/) takes to load many members' 学习档案 files, in
// headless Chromium, through the real page: from choosing the files in the file input to the
// 学习考勤表 showing one row per member. Target: 200 files in under 5 s.
//
// Usage: npm run bench:branch -- [--count 200] [--until 2026-12-31] [--runs 3] [--dist dist] [--port 4461]
//   --count   how many member files to generate (default 200)
//   --until   the export day: each file holds its member's data from 1 January up to this day
//             (default 2026-12-31, a full year — the heaviest realistic case)
//   --runs    how many times to load them, each in a fresh page (default 3)
//
// Builds nothing: run `npm run build` first. Serves --dist with scripts/serve.mjs on 127.0.0.1:--port.
// The files come from scripts/lib/member-archives.mjs (the site's own archive builder, so checksums
// and schemas are real) and are written to a temporary folder, handed to the file input by path.
// Prints each run and the median, writes bench-results/branch-<timestamp>.json, and prints
// "TARGET MISSED: …" when the slowest run is over the target (exit code stays 0).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startServer } from './lib/bench-env.mjs';
import { memberArchives } from './lib/member-archives.mjs';

const TARGET_MS = 5000;

function parseArgs(argv) {
  const opts = { count: 200, until: '2026-12-31', runs: 3, dist: 'dist', port: 4461 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    }
    if (!['--count', '--until', '--runs', '--dist', '--port'].includes(a)) throw new Error(`unknown option ${a}`);
    if (v === undefined) throw new Error(`${a} needs a value`);
    i += 1;
    if (a === '--count') opts.count = Number(v);
    else if (a === '--until') opts.until = v;
    else if (a === '--runs') opts.runs = Number(v);
    else if (a === '--dist') opts.dist = v;
    else if (a === '--port') opts.port = Number(v);
  }
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error('--count: a whole number ≥ 1');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.until)) throw new Error('--until: a day, YYYY-MM-DD');
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs: a whole number ≥ 1');
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port === 4321) throw new Error('--port: a free port other than 4321');
  return opts;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(opts.dist, 'archive', 'branch', 'index.html'))) throw new Error(`${opts.dist}/archive/branch/index.html not found: run npm run build first`);

  let t = performance.now();
  const files = await memberArchives({ count: opts.count, exportedOn: opts.until });
  const generateMs = performance.now() - t;
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const dir = mkdtempSync(join(tmpdir(), 'lxyz-bench-branch-'));
  const paths = files.map((f, i) => {
    // Same names as real exports; a numeric prefix keeps them apart should two members share a name.
    const path = join(dir, `${String(i).padStart(3, '0')}-${f.name}`);
    writeFileSync(path, f.text);
    return path;
  });
  console.log(`generated ${files.length} member files up to ${opts.until}: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${Math.round(generateMs)} ms`);

  const { base, child } = await startServer(opts.dist, opts.port);
  const browser = await launchBrowser();
  const runs = [];
  try {
    for (let run = 1; run <= opts.runs; run++) {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      const errors = [];
      let workers = 0;
      page.on('worker', () => (workers += 1));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${base}/archive/branch/`);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      const rows = page.locator('[data-branch-table="screen"] tbody tr');
      t = performance.now();
      await page.setInputFiles('#branch-files', paths);
      await page.waitForFunction((n) => document.querySelectorAll('[data-branch-table="screen"] tbody tr').length === n, files.length, { timeout: 120_000, polling: 20 });
      const wallMs = performance.now() - t;
      // The page marks each step (src/islands/archive/branch/): files chosen, read and checked, table shown.
      const steps = await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
        const [selected, checked, table] = ['branch:selected', 'branch:checked', 'branch:table'].map(at);
        if ([selected, checked, table].some((x) => x === undefined)) return null;
        return { total: table - selected, check: checked - selected, render: table - checked };
      });
      const inPageMs = steps ? steps.total : null;
      const rejected = await page.locator('[data-branch-rejected] li').count();
      const shown = await rows.count();
      const round = (x) => (x === null || x === undefined ? null : Math.round(x));
      runs.push({ run, wallMs: round(wallMs), inPageMs: round(inPageMs), checkMs: round(steps?.check), renderMs: round(steps?.render), workers, rows: shown, rejected, errors });
      const detail = steps ? `in page ${round(steps.total)} ms: read and check ${round(steps.check)} in ${workers} workers, show ${round(steps.render)}` : 'no page marks';
      console.log(`run ${run}: ${Math.round(wallMs)} ms from choosing the files to ${shown} rows (${detail}), ${rejected} rejected${errors.length ? `, errors: ${errors.join(' | ')}` : ''}`);
      await context.close();
    }
  } finally {
    await browser.close();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }

  const wall = runs.map((r) => r.wallMs);
  const summary = { count: files.length, until: opts.until, megabytes: +(bytes / 1024 / 1024).toFixed(1), medianMs: median(wall), maxMs: Math.max(...wall), targetMs: TARGET_MS, runs };
  console.log(`median ${summary.medianMs} ms, slowest ${summary.maxMs} ms (target < ${TARGET_MS} ms for 200 files)`);
  mkdirSync('bench-results', { recursive: true });
  const out = join('bench-results', `branch-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`wrote ${out}`);
  if (runs.some((r) => r.rows !== files.length || r.rejected > 0)) console.log('TARGET MISSED: not every file was accepted');
  if (summary.maxMs >= TARGET_MS) console.log(`TARGET MISSED: slowest run ${summary.maxMs} ms ≥ ${TARGET_MS} ms`);
}

await main();
