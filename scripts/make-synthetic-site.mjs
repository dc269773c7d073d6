// Builds a large synthetic copy of the site to measure search and build at scale (issue 13).
//
// Usage: node scripts/make-synthetic-site.mjs [outDir] [--docs 2000] [--seed 1] [--kb 3] [--no-build]
//                                             [--check] [--cpu-prof]
//   outDir     default /tmp/lxyz-synthetic; gets content/ (a copy of ours plus the generated
//              documents) and dist/ (the built, indexed site). Nothing here is ever committed.
//   --docs     how many documents to generate (content/documents/syn-<n>.mdx); --pages is the same
//   --seed     PRNG seed: the same seed and options give byte-identical documents
//   --kb       body text per document, in KiB of UTF-8 (≈ 340 Chinese characters per KiB)
//   --no-build only write content/
//   --check    exit 1 when a size target of issue 13 is missed (largest document page, dist/)
//   --cpu-prof run astro build under `node --cpu-prof`; the profile lands in <outDir>/profile/
//
// After the build it prints dist/ and pagefind sizes, the largest and median document page, the
// number of pages, astro build seconds (and per 1,000 pages), the load average sampled during the
// build (a time taken on a busy machine is flagged) and each target met / NOT met; the arithmetic
// is scripts/lib/synthetic-figures.mjs.
//
// Each generated document is a 党内法规 with full text: 8–15 articles
// (`<Heading level={2} id="art-<k>">第…条</Heading>`), each made of sentences of
// content/sources/plan.txt recombined with pseudo-random filler, and now and then a cross-reference
// `[第…条](#art-<j>)` as the importer writes them. The build reads the copy through LXYZ_CONTENT_DIR
// (so it keeps its own content cache) and is indexed with scripts/pagefind.mjs; timings are printed.
// Then: npm run bench:search -- --dist <outDir>/dist
//
// The build runs on a snapshot of the project in <outDir>/project (src/, public/ and the config
// files copied, node_modules linked), from <outDir>: Astro writes .astro/ under the project root and,
// for an outDir outside the working directory, its prerender chunks under the working directory's
// .astro/. Building from the checkout itself would share both with every other build there, and a
// concurrent build deleting .astro/.prerender makes this one fail.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { numberToChinese } from '../src/lib/numerals.ts';
import { formatReport, sizeTargetMissed, syntheticFigures, verdicts } from './lib/synthetic-figures.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * What `astro build` reads from the project besides content/ (which comes from LXYZ_CONTENT_DIR):
 * astro.config.mjs imports its dictionary plugin from scripts/lib.
 */
const PROJECT_FILES = ['astro.config.mjs', 'site.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts/lib'];
/** Marks a folder made by this script, which a later run may clean. */
const MARKER = '.lxyz-synthetic';

function parseArgs(argv) {
  const opts = { out: '/tmp/lxyz-synthetic', pages: 2000, seed: 1, kb: 3, build: true, check: false, cpuProf: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a non-negative number`);
      return v;
    };
    if (a === '--pages' || a === '--docs') opts.pages = Math.floor(value());
    else if (a === '--seed') opts.seed = Math.floor(value());
    else if (a === '--kb') opts.kb = value();
    else if (a === '--no-build') opts.build = false;
    else if (a === '--check') opts.check = true;
    else if (a === '--cpu-prof') opts.cpuProf = true;
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional[0]) opts.out = positional[0];
  opts.out = resolve(opts.out);
  // The folder is cleaned on every run: never the repository, anything inside it or around it, nor a
  // folder this script did not make.
  const inside = (child, parent) => child === parent || child.startsWith(parent + sep);
  if (inside(repo, opts.out) || inside(opts.out, repo)) {
    throw new Error(`refusing to write to ${opts.out}: pick a folder outside the repository (default /tmp/lxyz-synthetic)`);
  }
  if (existsSync(opts.out) && readdirSync(opts.out).length > 0 && !existsSync(join(opts.out, MARKER))) {
    throw new Error(`refusing to write to ${opts.out}: it is not empty and was not made by this script`);
  }
  return opts;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the plan, cleaned so they are plain MDX text (no markup characters, CJK first). */
function planSentences(text) {
  return text
    .split('\n')
    .filter((line) => /[。；]/u.test(line)) // paragraphs only, not the short heading lines
    .flatMap((line) => line.replace(/\s+/g, '').split(/(?<=[。；！？])/u))
    .map((s) => s.replace(/[{}<>`*_#[\]|\\~^=]/g, '').replace(/^[^\p{Script=Han}“（]+/u, ''))
    .filter((s) => [...s].length >= 8 && [...s].length <= 160);
}

/** The Chinese characters of the plan, in a fixed order, for filler words. */
function hanCharacters(text) {
  return [...new Set(text.match(/\p{Script=Han}/gu))].sort();
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

function makeDocument(n, opts, sentences, chars) {
  const rand = prng(opts.seed * 1_000_003 + n);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const filler = () => {
    const words = Array.from({ length: int(4, 9) }, () => Array.from({ length: int(2, 4) }, () => pick(chars)).join(''));
    return `${words.join(rand() < 0.3 ? '、' : '')}${pick(['，', '；'])}${Array.from({ length: int(2, 5) }, () => pick(chars)).join('')}。`;
  };
  const articles = int(8, 15);
  const perArticle = (opts.kb * 1024) / articles;
  const body = [];
  for (let k = 1; k <= articles; k++) {
    let text = '';
    while (utf8(text) < perArticle) text += rand() < 0.5 ? pick(sentences) : filler();
    if (k > 2 && rand() < 0.2) {
      const j = int(1, k - 1);
      text += `依照本规定[第${numberToChinese(j)}条](#art-${j})办理。`;
    }
    body.push(`<Heading level={2} id="art-${k}">第${numberToChinese(k)}条</Heading>`, '', text, '');
  }
  const frontmatter = [
    '---',
    `id: "syn-${n}"`,
    `title: "合成测试规定第${n}号"`,
    `shortTitle: "合成规定${n}"`,
    'aliases: []',
    'category: "党内法规"',
    'audience: "all"',
    'requirement: "必学"',
    'summary: "搜索基准测试用的合成文件，由实施方案的句子和伪随机填充文字拼成，不是真实法规。"',
    'fullText: true',
    `order: ${1000 + n}`,
    '---',
    '',
  ];
  return `${frontmatter.join('\n')}${body.join('\n')}`;
}

const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const content = join(opts.out, 'content');
  const dist = join(opts.out, 'dist');

  let started = performance.now();
  mkdirSync(content, { recursive: true });
  writeFileSync(join(opts.out, MARKER), 'Made by scripts/make-synthetic-site.mjs; removed and rebuilt on every run.\n');
  // Start from a clean copy, but keep the build's content cache between runs.
  for (const name of readdirSync(content)) if (name !== '.astro-cache') rmSync(join(content, name), { recursive: true, force: true });
  cpSync(join(repo, 'content'), content, { recursive: true });
  const planText = readFileSync(join(repo, 'content/sources/plan.txt'), 'utf8');
  const sentences = planSentences(planText);
  const chars = hanCharacters(planText);
  let bytes = 0;
  for (let n = 1; n <= opts.pages; n++) {
    const mdx = makeDocument(n, opts, sentences, chars);
    bytes += utf8(mdx);
    writeFileSync(join(content, 'documents', `syn-${n}.mdx`), mdx);
  }
  console.log(
    `generated ${opts.pages} documents (${mib(bytes)} MDX, seed ${opts.seed}, ${sentences.length} plan sentences, ` +
      `${chars.length} characters) in ${content}: ${seconds(performance.now() - started)}`,
  );
  if (!opts.build) return;

  const project = join(opts.out, 'project');
  mkdirSync(project, { recursive: true });
  for (const name of PROJECT_FILES) {
    rmSync(join(project, name), { recursive: true, force: true });
    if (existsSync(join(repo, name))) cpSync(join(repo, name), join(project, name), { recursive: true });
  }
  // Packages resolve from the project's sources and from the prerender chunks under <outDir>/dist.
  for (const link of [join(project, 'node_modules'), join(opts.out, 'node_modules')]) {
    rmSync(link, { recursive: true, force: true });
    symlinkSync(join(repo, 'node_modules'), link, 'dir');
  }
  const env = { ...process.env, LXYZ_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  rmSync(dist, { recursive: true, force: true });
  const profile = join(opts.out, 'profile');
  rmSync(profile, { recursive: true, force: true });
  const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
  const cpuFile = join(opts.out, 'astro-cpu-time.json');
  const buildLog = join(opts.out, 'astro-build.log');
  rmSync(cpuFile, { force: true });
  const nodeArgs = [
    '--import',
    pathToFileURL(join(repo, 'scripts/lib/synthetic-cpu-time.mjs')).href,
    ...(opts.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', profile] : []),
  ];
  const { ms: astroMs, loadSamples } = await timed(process.execPath, [...nodeArgs, astro, 'build', '--root', project, '--outDir', dist], {
    cwd: opts.out,
    env: { ...env, LXYZ_CPU_TIME_FILE: cpuFile },
    // Astro's own log (its phases and their times) goes to a file: 2,000 lines of pages otherwise.
    stdio: ['ignore', openSync(buildLog, 'w'), 'inherit'],
  });
  const cpu = JSON.parse(readFileSync(cpuFile, 'utf8'));
  console.log(`astro build → ${dist}: ${seconds(astroMs)} (its log: ${buildLog})`);
  if (opts.cpuProf) console.log(`CPU profile: ${profile}/ (open in Chrome DevTools → Performance)`);

  started = performance.now();
  execFileSync(process.execPath, [join(repo, 'scripts/pagefind.mjs'), dist], { cwd: repo, stdio: 'inherit' });
  console.log(`pagefind: ${seconds(performance.now() - started)}`);

  if (!existsSync(join(dist, 'documents', `syn-${opts.pages}`, 'index.html')) && opts.pages > 0) {
    throw new Error(`the build has no page for syn-${opts.pages}`);
  }
  const all = filesUnder(dist);
  const size = (path) => statSync(path).size;
  const docPages = all.filter((f) => /[/\\]documents[/\\][^/\\]+[/\\]index\.html$/.test(f));
  const synthetic = /[/\\]documents[/\\]syn-\d+[/\\]index\.html$/;
  const figures = syntheticFigures({
    docs: opts.pages,
    distBytes: all.reduce((sum, f) => sum + size(f), 0),
    pagefindBytes: all.filter((f) => f.startsWith(join(dist, 'pagefind') + sep)).reduce((sum, f) => sum + size(f), 0),
    docPageBytes: docPages.filter((f) => synthetic.test(f)).map(size),
    otherDocPageBytes: docPages.filter((f) => !synthetic.test(f)).map(size),
    pages: all.filter((f) => f.endsWith(`${sep}index.html`)).length,
    astroMs,
    astroCpuMs: cpu.userMs + cpu.systemMs,
    loadSamples,
    cores: availableParallelism(),
  });
  const list = verdicts(figures);
  console.log(formatReport(figures, list).join('\n'));
  console.log(`next: npm run bench:search -- --dist ${dist}`);
  if (opts.check && sizeTargetMissed(list)) {
    console.error('make-synthetic-site: a size target is not met (--check)');
    process.exitCode = 1;
  }
}

/** Every file under `dir`. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Runs a command to completion, timing it and sampling the 1-minute load average every second
 * (the first sample at once, so even a short build has one).
 */
function timed(command, args, options) {
  const loadSamples = [loadavg()[0]];
  const timer = setInterval(() => loadSamples.push(loadavg()[0]), 1000);
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, options);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0) resolvePromise({ ms: performance.now() - started, loadSamples });
      else reject(new Error(`astro build failed (${signal ?? `exit ${code}`})`));
    });
  });
}

try {
  await main();
} catch (error) {
  console.error(`make-synthetic-site: ${error.message}`);
  process.exit(1);
}
