// Lighthouse mobile scores (performance, accessibility, best practices, SEO) of the four pages issue 15
// names, several runs each, with the metrics behind the performance score. Lighthouse is not a
// dependency of the site and never runs in CI: this fetches the pinned version with npx on first use.
//
// By default every run goes to one Chromium that is already running (as in DevTools or PageSpeed
// Insights). On a busy machine a Chromium that Lighthouse has just launched was seen to hold back
// its first frames: in about two runs of three nothing was painted until about 1.2 s, whatever the
// page (the same with every script removed from it), while an already running Chromium painted at
// 0.2–0.35 s. On a quiet machine both paint within 0.15 s. One run, not counted, goes first for the
// same reason. `--fresh` measures with Lighthouse's own launch per run.
//
// Usage: npm run bench:lighthouse [-- --runs 5] [--fresh] [--dist dist] [--port 4398]   (build first)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumExecutable, startServer } from './lib/bench-env.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const PAGES = ['/', '/documents/dangzhang/', '/quiz/exam/', '/archive/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', SI: 'speed-index' };

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = option('--dist', 'dist');
const port = Number(option('--port', 4398));
const runs = Number(option('--runs', 5));
const fresh = args.includes('--fresh');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}/; run npm run build first`);
const missing = PAGES.filter((path) => !existsSync(join(dist, path, 'index.html')));
if (missing.length > 0) throw new Error(`${dist}/ has no page ${missing.join(', ')}: update PAGES`);

const work = mkdtempSync(join(tmpdir(), 'lxyz-lighthouse-'));
const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS];

/** Starts the Chromium every run shares and returns it with its DevTools port. */
async function startChromium() {
  const profile = join(work, 'profile');
  const child = spawn(chromiumExecutable(), [...chromeFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const file = join(profile, 'DevToolsActivePort');
    if (existsSync(file)) {
      const devtoolsPort = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (devtoolsPort > 0) return { child, devtoolsPort };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('Chromium did not open its DevTools port within 10 s');
}

/** One Lighthouse run of `url`; returns its report. */
function lighthouse(url, devtoolsPort, output) {
  const connect = fresh ? [`--chrome-flags=${chromeFlags.join(' ')}`] : [`--port=${devtoolsPort}`];
  const result = spawnSync('npx', ['--yes', LIGHTHOUSE, url, ...connect, '--output=json', `--output-path=${output}`, '--quiet'], {
    env: { ...process.env, CHROME_PATH: chromiumExecutable() },
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(output)) throw new Error(`Lighthouse failed on ${url}: ${result.stderr.trim().slice(-800)}`);
  return JSON.parse(readFileSync(output, 'utf8'));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { base, child: server } = await startServer(dist, port);
const chromium = fresh ? null : await startChromium();
const rows = [];
try {
  // Not counted: a Chromium's first seconds are its own start-up work, whichever page it opens.
  if (chromium) lighthouse(base + PAGES[0], chromium.devtoolsPort, join(work, 'warm-up.json'));
  for (const path of PAGES) {
    for (let run = 1; run <= runs; run++) {
      const report = lighthouse(base + path, chromium?.devtoolsPort, join(work, 'run.json'));
      const scores = CATEGORIES.map((c) => Math.round(report.categories[c].score * 100));
      const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, Math.round(report.audits[id].numericValue)]));
      const cls = report.audits['cumulative-layout-shift'].numericValue;
      const paintSeen = report.audits.metrics.details.items[0].observedFirstContentfulPaint;
      rows.push({ path, scores, metrics });
      const figures = Object.entries(metrics).map(([k, v]) => `${k} ${v}`).join('  ');
      console.log(`${path.padEnd(22)} run ${run}  ${scores.join('/')}  ${figures}  CLS ${cls.toFixed(3)}  (first paint seen at ${Math.round(paintSeen)} ms)`);
    }
  }
} finally {
  server.kill();
  // Chromium writes to its profile while it shuts down: remove the folder once it has exited.
  if (chromium && chromium.child.exitCode === null) {
    const exited = new Promise((resolve) => chromium.child.once('exit', resolve));
    chromium.child.kill();
    await exited;
  }
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}

console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, ${fresh ? 'a Chromium launched per run' : 'one running Chromium'}; scores ${CATEGORIES.join('/')}\n`);
for (const path of PAGES) {
  const mine = rows.filter((r) => r.path === path);
  const perfect = mine.filter((r) => r.scores.every((s) => s === 100)).length;
  const performanceScores = mine.map((r) => r.scores[0]).join(', ');
  const others = CATEGORIES.slice(1).map((c, i) => `${c} ${Math.min(...mine.map((r) => r.scores[i + 1]))}`).join(', ');
  const medians = Object.keys(METRICS).map((k) => `${k} ${median(mine.map((r) => r.metrics[k]))}`).join(', ');
  console.log(`${path.padEnd(22)} 100/100/100/100 in ${perfect} of ${mine.length}; performance ${performanceScores}; lowest ${others}; medians ${medians}`);
}
const all = rows.filter((r) => r.scores.every((s) => s === 100)).length;
console.log(`\nruns at 100/100/100/100: ${all} of ${rows.length}${all === rows.length ? ' — target met' : ' — target missed'}`);
