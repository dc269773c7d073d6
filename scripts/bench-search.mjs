// Measures the site search against ground truth computed from the built pages, in headless Chromium.
//
// Usage: npm run bench:search -- [queries.json …] [--dist dist] [--port 4397]
//          [--show <query>]… [--gt-only] [--verbose] [--timeout 15000] [--concurrency 8] [--from /documents/plan/]
//   queries.json  one or more query files ({ queries: [{ id, q, cat, note? }] }); several are merged.
//                 Default: tests/fixtures/search-queries-site.json.
//   --show q      print the anchors that contain q (ground truth), with a snippet, and go on.
//   --gt-only     compute and print ground truth only; no search UI needed.
//   --timeout ms  the longest wait for a first screen, and for the full list the longest wait
//                 without progress (no new result, no further candidate checked), so a long list
//                 that keeps loading is never cut off.
//   --no-gt-cache compute ground truth even when bench-results/ holds it for these pages.
//
// Builds nothing: serves --dist with scripts/serve.mjs on 127.0.0.1:--port. Ground truth comes from the
// built HTML as a browser renders it (JavaScript off, the page's CSS on): the text of every
// `data-pagefind-body` element, without hidden elements and `data-pagefind-ignore` subtrees, split into
// sections at each h1–h6 with an id; text before the first such heading belongs to the page URL itself.
// Query and text are normalised alike (NFKC, lowercase, whitespace runs → one space); a section matches
// when it contains every space-separated word of the query. Then, for each query, /search/?q= is
// opened in a fresh browser context after a content page (cold: time from navigation start to
// data-state=done, bytes of the search requests), and again by typing into [data-search-input] in one
// page (warm). Results come progressively: data-state=done marks the first screen; the full list is
// loaded by pressing [data-search-more] (加载更多) until the root reads data-search-complete=true (a
// build without that attribute shows its full list at done). Both are timed and scored: the first
// screen for precision and how full it is (min(GT anchors, 20) shown), the full list for recall and
// precision; first-screen KiB counts the requests started before it was shown (Resource Timing),
// full-list KiB every request of the search. Prints a table and a summary, writes
// bench-results/search-<timestamp>.json and always exits 0 once the benchmark ran, printing
// "TARGET MISSED: …" for each missed target (time and KiB targets apply to the first screen).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from './lib/bench-env.mjs';

const TARGETS = { coldMs: 250, coldKiB: 150, warmP95Ms: 50 };
/** Exact results (anchors) a first screen holds when there are that many: SCREEN_RESULTS in src/lib/search/progressive.ts. */
const FIRST_SCREEN = 20;

// ---------------------------------------------------------------------------------------------- args

function parseArgs(argv) {
  const opts = {
    files: [], dist: 'dist', port: 4397, show: [], gtOnly: false, verbose: false,
    timeout: 15_000, concurrency: 8, from: null, gtCache: true,
  };
  const valueFlags = new Set(['--dist', '--port', '--show', '--timeout', '--concurrency', '--from']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (valueFlags.has(a)) {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      if (a === '--dist') opts.dist = v;
      else if (a === '--port') opts.port = Number(v);
      else if (a === '--show') opts.show.push(v);
      else if (a === '--timeout') opts.timeout = Number(v);
      else if (a === '--concurrency') opts.concurrency = Math.max(1, Number(v));
      else if (a === '--from') opts.from = v;
    } else if (a === '--gt-only') opts.gtOnly = true;
    else if (a === '--no-gt-cache') opts.gtCache = false;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (opts.files.length === 0) opts.files.push('tests/fixtures/search-queries-site.json');
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port === 4321) throw new Error('--port: a free port other than 4321');
  return opts;
}

function loadQueries(files) {
  const seen = new Set();
  const out = [];
  for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const q of data.queries ?? []) {
      if (typeof q.q !== 'string' || !q.q.trim()) throw new Error(`${file}: query ${q.id} has no text`);
      let id = String(q.id ?? out.length + 1);
      if (seen.has(id)) id = `${data.name ?? file}:${id}`;
      seen.add(id);
      out.push({ id, q: q.q, cat: q.cat ?? '', note: q.note, file });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------- normalising

/** NFKC (full-width → half-width), lowercase, whitespace runs → one space. Query and text alike. */
export function normalise(text) {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query: a section matches when it contains every one. */
export function queryWords(q) {
  return normalise(q).split(' ').filter(Boolean);
}

/** `/documents/x/#art-3` from any href: decoded path and fragment, origin dropped, index.html folded. */
function keyOfHref(href, base) {
  let url;
  try {
    url = new URL(href, base);
  } catch {
    return href;
  }
  const origin = new URL(base).origin;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch { /* keep as is */ }
  path = path.replace(/\/index\.html$/, '/');
  let hash = url.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch { /* keep as is */ }
  const prefix = url.origin === origin ? '' : url.origin;
  return `${prefix}${path}${hash ? `#${hash}` : ''}`;
}
const pageOfKey = (key) => key.split('#')[0];

// --------------------------------------------------------------------------------- pages and server

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** URL paths of the built pages that carry a `data-pagefind-body` element. */
function bodyPages(dist) {
  return htmlFiles(dist)
    .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    })
    .sort();
}

// ------------------------------------------------------------------------------------- ground truth

/**
 * Runs in the page: the sections of its `data-pagefind-body` text, as the find bar sees it. Text nodes
 * are concatenated in document order; block boxes (anything not display inline/contents) and <br>
 * add a line break, so words never join across paragraphs, cells or list items. Skipped: subtrees
 * marked data-pagefind-ignore, display:none (which includes the `hidden` attribute), script/style/
 * template/noscript, and text whose parent is not visibility:visible. Closed <details> are kept: the
 * find bar opens them.
 */
function extractSections() {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'INPUT', 'TEXTAREA', 'SELECT']);
  const sections = [{ id: '', text: '' }];
  const add = (s) => {
    sections[sections.length - 1].text += s;
  };
  const walk = (node, visible) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (visible) add(child.data);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child;
      if (el.hasAttribute('data-pagefind-ignore') || SKIP.has(el.tagName.toUpperCase())) continue;
      if (el.namespaceURI === 'http://www.w3.org/2000/svg' && /^(title|desc|style|script)$/i.test(el.localName)) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none') continue;
      if (/^H[1-6]$/.test(el.tagName) && el.id) sections.push({ id: el.id, text: '' });
      const block = !(cs.display === 'inline' || cs.display === 'contents') || el.tagName === 'BR';
      if (block) add('\n');
      walk(el, cs.visibility === 'visible');
      if (block) add('\n');
    }
  };
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')].filter(
    (el) => !el.parentElement?.closest('[data-pagefind-body], [data-pagefind-ignore]'),
  );
  for (const body of bodies) {
    add('\n');
    walk(body, getComputedStyle(body).visibility === 'visible');
  }
  return sections;
}

async function computeSections(browser, base, pages, concurrency) {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  // Images and fonts do not change the text; skipping them makes 2000 pages quick.
  await context.route('**/*', (route) =>
    ['image', 'font', 'media'].includes(route.request().resourceType()) ? route.abort() : route.continue(),
  );
  const out = new Map();
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    while (next < pages.length) {
      const path = pages[next++];
      const response = await page.goto(base + encodeURI(path), { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`ground truth: ${path} answered ${response?.status()}`);
      const raw = await page.evaluate(extractSections);
      out.set(
        path,
        raw
          .map(({ id, text }) => ({ key: id ? `${path}#${id}` : path, raw: text, text: normalise(text) }))
          .filter((s, i) => i > 0 || s.text !== ''),
      );
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  await context.close();
  return pages.map((path) => ({ path, sections: out.get(path) }));
}

/**
 * Ground truth for 2,000 pages takes minutes in a browser, and a rebuild that changes only scripts
 * leaves it as it was. It is kept in bench-results/ under a hash of what it is computed from: each
 * body page's path and HTML, with the names of built assets (/_astro/…, which change with any
 * script) left out, the built stylesheets' contents (they decide what is hidden) and the code
 * that extracts the text.
 */
function groundTruthKey(dist, pages) {
  const hash = createHash('sha256').update(extractSections.toString()).update(normalise.toString());
  for (const path of pages) {
    const html = readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
    hash.update(path).update('\0').update(html.replace(/\/_astro\/[^"'\s)]+/g, '/_astro/*')).update('\0');
  }
  const astro = join(dist, '_astro');
  if (existsSync(astro)) {
    for (const name of readdirSync(astro).filter((n) => n.endsWith('.css')).sort()) hash.update(readFileSync(join(astro, name)));
  }
  return hash.digest('hex').slice(0, 20);
}

/** Anchors (section keys) and pages whose text contains every word of q. */
function groundTruth(corpus, q) {
  const words = queryWords(q);
  const anchors = [];
  const pages = new Set();
  const crossSectionPages = [];
  for (const { path, sections } of corpus) {
    let hit = false;
    for (const s of sections) {
      if (words.length && words.every((w) => s.text.includes(w))) {
        anchors.push(s.key);
        hit = true;
      }
    }
    if (hit) pages.add(path);
    else if (words.length > 1 && words.every((w) => sections.some((s) => s.text.includes(w)))) crossSectionPages.push(path);
  }
  return { anchors, pages: [...pages], crossSectionPages };
}

function snippet(text, word, width = 18) {
  const i = text.indexOf(word);
  if (i < 0) return '';
  const start = Math.max(0, i - width);
  return `${start > 0 ? '…' : ''}${text.slice(start, i)}【${text.slice(i, i + word.length)}】${text.slice(i + word.length, i + word.length + width)}…`;
}

function showQuery(corpus, q) {
  const words = queryWords(q);
  const gt = groundTruth(corpus, q);
  console.log(`\n“${q}” → normalised [${words.join(' | ')}]: ${gt.pages.length} pages, ${gt.anchors.length} anchors`);
  const byKey = new Map(corpus.flatMap(({ sections }) => sections.map((s) => [s.key, s])));
  for (const key of gt.anchors) {
    const s = byKey.get(key);
    const count = s.text.split(words[0]).length - 1;
    console.log(`  ${key}  ×${count}  ${snippet(s.text, words[0])}`);
  }
  if (gt.crossSectionPages.length) console.log(`  (all words only across sections: ${gt.crossSectionPages.join(', ')})`);
}

// ------------------------------------------------------------------------------------- search runs

/**
 * Init script for every page: records when a `[data-search-root]` first reaches data-state done or
 * error for the page's ?q= (performance.now(), i.e. ms since navigation start).
 */
function observeSearchState() {
  const rec = { done: false, state: null, t: null, query: null, loadEnd: null };
  Object.defineProperty(window, '__benchSearch', { value: rec });
  // A full list at 2,000 documents fetches far more than the default 250 entries.
  performance.setResourceTimingBufferSize(100_000);
  const want = new URLSearchParams(location.search).get('q');
  const check = () => {
    if (rec.done || want === null) return;
    for (const root of document.querySelectorAll('[data-search-root]')) {
      const state = root.getAttribute('data-state');
      const query = root.getAttribute('data-search-query');
      if ((state === 'done' || state === 'error') && (query === null || query.trim() === want.trim())) {
        Object.assign(rec, { done: true, state, t: performance.now(), query });
        root.setAttribute('data-bench-root', '');
        return;
      }
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-search-query'],
  });
  addEventListener('load', () => (rec.loadEnd = performance.now()));
}

/** Runs in the page: the exact and related result hrefs of the root that answered. */
function collectResults() {
  const root = document.querySelector('[data-bench-root]') ?? document.querySelector('[data-search-root]');
  const scope = root?.querySelector('[data-search-results]') ? root : document;
  const hrefs = (kind) =>
    [...scope.querySelectorAll(`[data-search-results="${kind}"] a[href]`)].map((a) => a.getAttribute('href'));
  return { exact: hrefs('exact'), related: hrefs('related') };
}

/**
 * Runs in the page: presses 加载更多 until the root that answered reads data-search-complete=true
 * (at once when the build shows its full list at done: no such attribute) and returns
 * performance.now() then, or null on error, or when `timeout` ms pass without a new result or
 * a further candidate checked: a stalled page, not a long list (the broadest queries at 2,000
 * documents take a hundred presses; a limit on the whole loop cut them off while they were still
 * progressing). Each press waits for the load it started.
 */
function loadAll({ timeout }) {
  const root = document.querySelector('[data-bench-root]') ?? document.querySelector('[data-search-root]');
  const progress = () =>
    `${root?.querySelectorAll('[data-search-results="exact"] a').length}|${root?.querySelector('[data-search-status]')?.textContent}`;
  let last = progress();
  let lastChange = performance.now();
  return new Promise((resolve) => {
    const step = () => {
      if (!root || root.getAttribute('data-state') !== 'done') return resolve(root?.getAttribute('data-state') === 'error' ? null : performance.now());
      if (root.getAttribute('data-search-complete') !== 'false') return resolve(performance.now());
      const now = progress();
      if (now !== last) [last, lastChange] = [now, performance.now()];
      else if (performance.now() - lastChange > timeout) return resolve(null);
      const more = root.querySelector('[data-search-more]');
      if (more && more.getAttribute('aria-disabled') !== 'true') more.click();
      setTimeout(step, 5);
    };
    step();
  });
}

/** Runs in the page: the pathnames+search of the resources that started loading by time t (performance.now()). */
function resourcesStartedBy(t) {
  return performance.getEntriesByType('resource').filter((e) => e.startTime <= t).map((e) => e.name);
}

const gzipCache = new Map();
/**
 * The file gzipped, as zlib's defaults make it (what serve.mjs's createGzip sends, byte for byte), for
 * text files; other files (Pagefind's index, fragments and wasm are compressed already) as they are.
 */
function gzipOf(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length);
  return gzipCache.get(file);
}
const gzipSize = (file, size) => (/\.(m?js|css|json|html|svg|txt|xml|ics|webmanifest)$/.test(file) ? gzipOf(file) : size);

/**
 * Bytes of a finished request's body as sent (`bytes`), and what it would be with gzip on every text
 * file (`gzip`). For our own origin the file on disk gives the exact figure: its size, or its gzipped
 * size when the response came with content-encoding: gzip. Chromium's own figure counts chunk framing
 * and is 0 for worker scripts, so it is used only for other origins.
 */
async function bodySize(request, dist, base) {
  const url = new URL(request.url());
  if (url.origin === new URL(base).origin) {
    const response = await request.response().catch(() => null);
    const headers = response ? await response.allHeaders().catch(() => response.headers()) : {};
    const encoded = /gzip/i.test(headers['content-encoding'] ?? '');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    for (const candidate of [join(dist, path), join(dist, path, 'index.html'), join(dist, '404.html')]) {
      try {
        const stat = statSync(candidate);
        if (!stat.isFile()) continue;
        const gzip = gzipSize(candidate, stat.size);
        return { bytes: encoded ? gzipOf(candidate) : stat.size, gzip };
      } catch { /* next candidate */ }
    }
  }
  try {
    const bytes = (await request.sizes()).responseBodySize;
    return { bytes, gzip: bytes };
  } catch {
    return { bytes: 0, gzip: 0 };
  }
}

/**
 * Tracks every request of a browser context (its page and the page's workers) with its body size,
 * tagged with the phase it started in.
 */
function trackRequests(target, dist, base) {
  const requests = [];
  let phase = 'content';
  let pending = 0;
  let lastActivity = Date.now();
  target.on('request', (request) => {
    pending++;
    lastActivity = Date.now();
    requests.push({ request, phase, url: request.url(), type: request.resourceType(), bytes: 0, gzip: 0, done: false });
  });
  const finish = async (request, ok) => {
    const entry = requests.find((r) => r.request === request && !r.done);
    if (entry) {
      entry.done = true;
      if (ok) Object.assign(entry, await bodySize(request, dist, base));
    }
    pending--;
    lastActivity = Date.now();
  };
  target.on('requestfinished', (r) => finish(r, true));
  target.on('requestfailed', (r) => finish(r, false));
  return {
    requests,
    setPhase: (p) => (phase = p),
    /** Resolves once nothing has been in flight for quietMs (at most maxMs). */
    async settle(quietMs = 250, maxMs = 3000) {
      const start = Date.now();
      while (Date.now() - start < maxMs) {
        if (pending <= 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

async function waitForSearch(page, timeout) {
  try {
    await page.waitForFunction(() => window.__benchSearch?.done, null, { timeout, polling: 20 });
  } catch {
    return { state: 'timeout', t: null };
  }
  return page.evaluate(() => ({ state: window.__benchSearch.state, t: window.__benchSearch.t }));
}

/** Cold search: fresh context → content page → /search/?q=; time to done, bytes of the search requests. */
async function coldSearch(browser, dist, base, fromPath, q, timeout) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  await context.addInitScript(observeSearchState);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const tracker = trackRequests(context, dist, base);
  await page.goto(base + encodeURI(fromPath), { waitUntil: 'load' });
  await tracker.settle(300, 5000);
  tracker.setPhase('search');
  const searchUrl = `${base}/search/?q=${encodeURIComponent(q)}`;
  const response = await page.goto(searchUrl, { waitUntil: 'commit' });
  const { state, t } = await waitForSearch(page, timeout);
  const results = state === 'timeout' ? { exact: [], related: [] } : await page.evaluate(collectResults);
  const firstUrls = new Set(state === 'timeout' ? [] : await page.evaluate(resourcesStartedBy, t));
  const fullT = state === 'done' ? await page.evaluate(loadAll, { timeout }) : null;
  const fullResults = fullT === null ? { exact: [], related: [] } : await page.evaluate(collectResults);
  await tracker.settle();
  await context.close();

  const contentUrls = new Set(tracker.requests.filter((r) => r.phase === 'content').map((r) => r.url));
  const search = tracker.requests.filter((r) => r.phase === 'search');
  // The search page's own HTML and anything the content page already loaded (a real browser has it
  // cached) are not the cost of searching; everything else fetched for the search is.
  const counted = search.filter((r) => !(r.type === 'document' && r.url === searchUrl) && !contentUrls.has(r.url));
  const sum = (list, key = 'bytes') => list.reduce((s, r) => s + r[key], 0);
  const first = counted.filter((r) => firstUrls.has(r.url));
  return {
    status: response?.status() ?? 0,
    state,
    ms: t,
    firstBytes: sum(first),
    firstRequests: first.length,
    fullMs: fullT,
    fullResults,
    bytes: sum(counted),
    gzipBytes: sum(counted, 'gzip'),
    pagefindBytes: sum(counted.filter((r) => r.url.includes('/pagefind/'))),
    allBytes: sum(search),
    contentPagePagefindBytes: sum(tracker.requests.filter((r) => r.phase === 'content' && r.url.includes('/pagefind/'))),
    requests: counted.map((r) => ({ url: r.url.replace(base, ''), type: r.type, bytes: r.bytes })),
    results,
    errors,
  };
}

/**
 * Runs in the page: types q into [data-search-input] and resolves when the root shows data-state done
 * (or error) for data-search-query === q. When the UI never shows `loading`, it waits until the root
 * has been still for settleMs so stale results for a previous query are not taken; the time reported
 * is the last change while the root already matched q. Returns two times: `typedMs` from the input
 * event (includes any debounce of the UI) and `ms` from the moment the search started (the first
 * `loading` after the input; the input event when the UI never shows `loading`).
 */
function typeAndWait({ q, timeout, settleMs }) {
  const root = document.querySelector('[data-bench-root]') ?? document.querySelector('[data-search-root]');
  if (!root) return Promise.resolve({ state: 'no-root', ms: null, typedMs: null });
  const input = root.querySelector('[data-search-input]') ?? document.querySelector('[data-search-input]');
  if (!input) return Promise.resolve({ state: 'no-input', ms: null, typedMs: null });
  return new Promise((resolvePromise) => {
    let sawLoading = false;
    let loadingAt = null;
    let matchedAt = null;
    let settleTimer = null;
    // An empty query (clearing the box) ends in idle.
    const ends = q.trim() ? ['done', 'error'] : ['idle', 'done', 'error'];
    const matched = () =>
      (root.getAttribute('data-search-query') ?? '').trim() === q.trim() && ends.includes(root.getAttribute('data-state'));
    const finish = (state, at) => {
      observer.disconnect();
      clearTimeout(settleTimer);
      clearTimeout(giveUp);
      resolvePromise(at === null ? { state, ms: null, typedMs: null } : { state, ms: at - (loadingAt ?? t0), typedMs: at - t0, startAt: loadingAt ?? t0 });
    };
    const check = () => {
      const now = performance.now();
      const state = root.getAttribute('data-state');
      if (state === 'loading' || state === 'idle') {
        sawLoading = true;
        if (state === 'loading' && loadingAt === null) loadingAt = now;
        matchedAt = null;
      }
      if (!matched()) {
        matchedAt = null;
        return;
      }
      matchedAt = now;
      if (sawLoading) return finish(state, now);
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => finish(root.getAttribute('data-state'), matchedAt), settleMs);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const giveUp = setTimeout(() => finish('timeout', null), timeout);
    const t0 = performance.now();
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    check();
  });
}

/** Warm searches: one page, each query typed into the search input (two passes). */
async function warmSearches(browser, base, queries, timeout) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  await context.addInitScript(observeSearchState);
  const page = await context.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(queries[0].q)}`, { waitUntil: 'load' });
  const first = await waitForSearch(page, timeout);
  const passes = [[], []];
  if (first.state !== 'timeout' && (await page.locator('[data-search-input]').count()) > 0) {
    for (const pass of passes) {
      let previous = queries[0].q;
      for (const { q } of queries) {
        if (q === previous) {
          // The same text again would not change anything; clear first so the UI searches anew.
          await page.evaluate(typeAndWait, { q: '', timeout: 2000, settleMs: 100 });
        }
        const r = await page.evaluate(typeAndWait, { q, timeout, settleMs: 400 });
        const results = r.state === 'timeout' ? null : await page.evaluate(collectResults);
        // The full list once per query (first pass): 加载更多 until complete, timed from the search's start.
        let fullMs = null;
        if (pass === passes[0] && r.state === 'done') {
          const end = await page.evaluate(loadAll, { timeout });
          if (end !== null) fullMs = end - r.startAt;
        }
        pass.push({ ...r, results, fullMs, fullResults: fullMs === null ? null : await page.evaluate(collectResults) });
        previous = q;
      }
    }
  } else {
    // No input to type into: navigate /search/?q= within the same (warm) context instead.
    for (const pass of passes) {
      for (const { q } of queries) {
        await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
        const r = await waitForSearch(page, timeout);
        pass.push({ state: r.state, ms: r.t, typedMs: r.t, via: 'navigation', results: r.state === 'timeout' ? null : await page.evaluate(collectResults) });
      }
    }
  }
  await context.close();
  return passes;
}

// ------------------------------------------------------------------------------------------ scoring

function score(gt, shownKeys) {
  const shown = [...new Set(shownKeys)];
  const shownPages = [...new Set(shown.map(pageOfKey))];
  const gtA = new Set(gt.anchors);
  const gtP = new Set(gt.pages);
  const tpA = shown.filter((k) => gtA.has(k)).length;
  const tpP = shownPages.filter((p) => gtP.has(p)).length;
  return {
    pageRecall: gtP.size ? tpP / gtP.size : null,
    pagePrecision: shownPages.length ? tpP / shownPages.length : null,
    anchorRecall: gtA.size ? tpA / gtA.size : null,
    anchorPrecision: shown.length ? tpA / shown.length : null,
    tpA, tpP, shownAnchors: shown.length, shownPages: shownPages.length,
    duplicates: shownKeys.length - shown.length,
    missing: gt.anchors.filter((k) => !shown.includes(k)),
    extra: shown.filter((k) => !gtA.has(k)),
  };
}

function percentile(values, p) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}
/** Cold p50/p95/max ms, cold KiB p50/max and warm p50/p95 ms of the rows, from the named fields. */
function timings(rows, keys) {
  const at = (key, p) => percentile(rows.map((r) => r[key]), p);
  return {
    coldP50Ms: at(keys.cold, 50), coldP95Ms: at(keys.cold, 95), coldMaxMs: at(keys.cold, 100),
    coldP50Bytes: at(keys.coldBytes, 50), coldMaxBytes: at(keys.coldBytes, 100),
    warmP50Ms: at(keys.warm, 50), warmP95Ms: at(keys.warm, 95),
  };
}
const mean = (values) => {
  const v = values.filter((x) => typeof x === 'number');
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
};

// ------------------------------------------------------------------------------------------ output

/** Display width: CJK and full-width characters take two columns. */
function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u201c\u201d\u2018\u2019]/.test(ch) ? 2 : 1;
  return w;
}
function fit(s, n, right = false) {
  let out = '';
  for (const ch of String(s)) {
    if (width(out + ch) > n) {
      out = `${[...out].slice(0, -1).join('')}…`;
      break;
    }
    out += ch;
  }
  const pad = ' '.repeat(Math.max(0, n - width(out)));
  return right ? pad + out : out + pad;
}
const f2 = (x) => (x === null || x === undefined ? '  – ' : x.toFixed(2));
const fms = (x) => (x === null || x === undefined ? '–' : x.toFixed(0));
const fkib = (x) => (x === null || x === undefined ? '–' : (x / 1024).toFixed(1));

// -------------------------------------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dist = resolve(opts.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${opts.dist} has no index.html; build first`);
  const queries = loadQueries(opts.files);
  const pages = bodyPages(dist);
  if (!pages.length) throw new Error(`${opts.dist}: no page has a data-pagefind-body element`);

  const { base, child } = await startServer(dist, opts.port);
  const browser = await launchBrowser();
  const report = {
    startedAt: new Date().toISOString(), dist: opts.dist, queryFiles: opts.files, base, targets: TARGETS,
  };
  const missed = [];
  try {
    let started = performance.now();
    const cacheFile = join('bench-results', `search-gt-${groundTruthKey(dist, pages)}.json`);
    const cached = opts.gtCache && existsSync(cacheFile);
    const corpus = cached ? JSON.parse(readFileSync(cacheFile, 'utf8')) : await computeSections(browser, base, pages, opts.concurrency);
    if (!cached) {
      mkdirSync('bench-results', { recursive: true });
      writeFileSync(cacheFile, JSON.stringify(corpus));
    }
    const gtMs = performance.now() - started;
    const sectionCount = corpus.reduce((s, p) => s + p.sections.length, 0);
    console.log(`ground truth: ${pages.length} pages, ${sectionCount} sections, ${(gtMs / 1000).toFixed(1)} s (${opts.dist}${cached ? `; from ${cacheFile}` : ''})`);
    Object.assign(report, { pages: pages.length, sections: sectionCount, groundTruthMs: Math.round(gtMs) });

    for (const q of opts.show) showQuery(corpus, q);
    const truths = queries.map((query) => ({ ...query, gt: groundTruth(corpus, query.q) }));
    for (const t of truths) {
      if (t.cat === 'absent' && t.gt.anchors.length) console.log(`WARNING: absent query ${t.id} “${t.q}” occurs in ${t.gt.anchors.join(', ')}`);
      if (t.cat !== 'absent' && !t.gt.anchors.length) console.log(`WARNING: query ${t.id} “${t.q}” (${t.cat}) occurs nowhere`);
    }
    if (opts.gtOnly) {
      console.log(`\n${fit('id', 6)} ${fit('cat', 10)} ${fit('query', 26)} ${fit('pages', 5, true)} ${fit('anchors', 7, true)}`);
      for (const t of truths) {
        console.log(`${fit(t.id, 6)} ${fit(t.cat, 10)} ${fit(t.q, 26)} ${fit(t.gt.pages.length, 5, true)} ${fit(t.gt.anchors.length, 7, true)}`);
      }
      return;
    }

    const probe = await fetch(`${base}/search/`);
    if (probe.status !== 200 || !(await probe.text()).includes('data-search-root')) {
      console.log(`\nTARGET MISSED: ${opts.dist} has no search page (/search/ with [data-search-root]); only ground truth was computed`);
      process.exitCode = 1;
      return;
    }

    const fromPath = opts.from ?? (pages.includes('/documents/plan/') ? '/documents/plan/' : pages[0]);
    started = performance.now();
    const cold = [];
    for (const t of truths) cold.push(await coldSearch(browser, dist, base, fromPath, t.q, opts.timeout));
    const warm = await warmSearches(browser, base, truths, opts.timeout);
    const runMs = performance.now() - started;

    const rows = truths.map((t, i) => {
      const c = cold[i];
      const keysOf = (results) => results.exact.map((h) => keyOfHref(h, base));
      const firstKeys = keysOf(c.results);
      const keys = keysOf(c.fullResults);
      const s = score(t.gt, keys);
      const f = score(t.gt, firstKeys);
      const warmKeys = (results) => (results ? [...new Set(keysOf(results))].sort() : null);
      const w0 = warmKeys(warm[0][i]?.fullResults);
      return {
        id: t.id, q: t.q, cat: t.cat, note: t.note,
        groundTruth: { pages: t.gt.pages, anchors: t.gt.anchors, crossSectionPages: t.gt.crossSectionPages },
        state: c.state, fullState: c.fullMs === null ? 'not complete' : 'done', httpStatus: c.status,
        exact: keys, related: c.fullResults.related.map((h) => keyOfHref(h, base)),
        // Scores of the full list.
        ...s,
        // The first screen: only what it shows must be right, and it must be full when there is more.
        first: {
          exact: firstKeys, shownAnchors: f.shownAnchors, shownPages: f.shownPages,
          anchorPrecision: f.anchorPrecision, pagePrecision: f.pagePrecision, extra: f.extra,
          filled: f.shownAnchors >= Math.min(t.gt.anchors.length, FIRST_SCREEN),
        },
        absentOk: t.cat === 'absent' ? keys.length === 0 && firstKeys.length === 0 : null,
        coldMs: c.ms, coldFirstBytes: c.firstBytes, coldFirstRequests: c.firstRequests,
        coldFullMs: c.fullMs, coldBytes: c.bytes, coldGzipBytes: c.gzipBytes, coldPagefindBytes: c.pagefindBytes, coldAllBytes: c.allBytes,
        contentPagePagefindBytes: c.contentPagePagefindBytes, coldRequests: c.requests, pageErrors: c.errors,
        warmMs: warm[0][i]?.ms ?? null, warmTypedMs: warm[0][i]?.typedMs ?? null, warmState: warm[0][i]?.state ?? null,
        warmFullMs: warm[0][i]?.fullMs ?? null,
        warmRepeatMs: warm[1][i]?.ms ?? null,
        warmMatchesCold: w0 ? JSON.stringify(w0) === JSON.stringify([...new Set(keys)].sort()) : null,
      };
    });

    console.log(`\nsearch runs: ${(runMs / 1000).toFixed(1)} s; cold = fresh context, ${fromPath} → /search/?q=; warm = typed in one page`);
    console.log('1st = first screen (data-state=done), full = after 加载更多 until complete; R/P of the full list, P1 of the first screen\n');
    const header =
      `${fit('id', 6)} ${fit('cat', 10)} ${fit('query', 22)} ${fit('GT p/a', 9, true)} ${fit('full p/a', 9, true)}  ${fit('page R  P', 9)}  ${fit('anch R  P', 9)} ` +
      `${fit('1st a', 5, true)} ${fit('P1', 4, true)} ${fit('ms 1st', 6, true)} ${fit('KiB', 6, true)} ${fit('ms full', 7, true)} ${fit('KiB', 6, true)} ${fit('warm', 5, true)} ${fit('w.full', 6, true)}  note`;
    console.log(header);
    console.log('-'.repeat(width(header) + 8));
    for (const r of rows) {
      const notes = [];
      if (r.state !== 'done') notes.push(r.state);
      else if (r.fullState !== 'done') notes.push(`full ${r.fullState}`);
      if (r.cat === 'absent') notes.push(r.absentOk ? 'absent ok' : `ABSENT SHOWN ${r.shownAnchors}`);
      if (r.missing.length) notes.push(`-${r.missing.length}`);
      if (r.extra.length) notes.push(`+${r.extra.length}`);
      if (r.first.extra.length) notes.push(`1st +${r.first.extra.length}`);
      if (!r.first.filled) notes.push('1st not filled');
      if (r.duplicates) notes.push(`dup ${r.duplicates}`);
      if (r.warmMatchesCold === false) notes.push('warm≠cold');
      if (r.pageErrors.length) notes.push(`js errors ${r.pageErrors.length}`);
      console.log(
        `${fit(r.id, 6)} ${fit(r.cat, 10)} ${fit(r.q, 22)} ${fit(`${r.groundTruth.pages.length}/${r.groundTruth.anchors.length}`, 9, true)} ` +
          `${fit(`${r.shownPages}/${r.shownAnchors}`, 9, true)}  ${f2(r.pageRecall)} ${f2(r.pagePrecision)}  ${f2(r.anchorRecall)} ${f2(r.anchorPrecision)} ` +
          `${fit(r.first.shownAnchors, 5, true)} ${fit(f2(r.first.anchorPrecision), 4, true)} ${fit(fms(r.coldMs), 6, true)} ${fit(fkib(r.coldFirstBytes), 6, true)} ` +
          `${fit(fms(r.coldFullMs), 7, true)} ${fit(fkib(r.coldBytes), 6, true)} ${fit(fms(r.warmMs), 5, true)} ${fit(fms(r.warmFullMs), 6, true)}  ${notes.join(', ')}`,
      );
      if (opts.verbose) {
        for (const k of r.missing) console.log(`         missing ${k}`);
        for (const k of r.extra) console.log(`         extra   ${k}`);
        for (const k of r.first.extra) console.log(`         1st extra ${k}`);
      }
    }

    const present = rows.filter((r) => r.cat !== 'absent');
    const absent = rows.filter((r) => r.cat === 'absent');
    const sumOf = (key) => present.reduce((s, r) => s + r[key], 0);
    const gtAnchorTotal = present.reduce((s, r) => s + r.groundTruth.anchors.length, 0);
    const gtPageTotal = present.reduce((s, r) => s + r.groundTruth.pages.length, 0);
    const summary = {
      queries: rows.length,
      pageRecall: mean(present.map((r) => r.pageRecall)),
      pagePrecision: mean(present.map((r) => r.pagePrecision)),
      anchorRecall: mean(present.map((r) => r.anchorRecall)),
      anchorPrecision: mean(present.map((r) => r.anchorPrecision)),
      micro: {
        pageRecall: gtPageTotal ? sumOf('tpP') / gtPageTotal : null,
        pagePrecision: sumOf('shownPages') ? sumOf('tpP') / sumOf('shownPages') : null,
        anchorRecall: gtAnchorTotal ? sumOf('tpA') / gtAnchorTotal : null,
        anchorPrecision: sumOf('shownAnchors') ? sumOf('tpA') / sumOf('shownAnchors') : null,
      },
      absentQueries: absent.length,
      absentZeroResultRate: absent.length ? absent.filter((r) => r.absentOk).length / absent.length : null,
      notDone: rows.filter((r) => r.state !== 'done').map((r) => `${r.id}:${r.state}`),
      notComplete: rows.filter((r) => r.state === 'done' && r.fullState !== 'done').map((r) => r.id),
      first: {
        anchorPrecision: mean(present.map((r) => r.first.anchorPrecision)),
        pagePrecision: mean(present.map((r) => r.first.pagePrecision)),
        notFilled: present.filter((r) => !r.first.filled).map((r) => r.id),
        ...timings(rows, { cold: 'coldMs', coldBytes: 'coldFirstBytes', warm: 'warmMs' }),
      },
      full: {
        ...timings(rows, { cold: 'coldFullMs', coldBytes: 'coldBytes', warm: 'warmFullMs' }),
        coldGzipP50Bytes: percentile(rows.map((r) => r.coldGzipBytes), 50),
        coldGzipMaxBytes: percentile(rows.map((r) => r.coldGzipBytes), 100),
      },
      coldFirstMs: rows[0]?.coldMs ?? null,
      coldFirstBytes: rows[0]?.coldFirstBytes ?? null,
      warmTypedP50Ms: percentile(rows.map((r) => r.warmTypedMs), 50),
      warmTypedP95Ms: percentile(rows.map((r) => r.warmTypedMs), 95),
      warmRepeatP50Ms: percentile(rows.map((r) => r.warmRepeatMs), 50),
      warmRepeatP95Ms: percentile(rows.map((r) => r.warmRepeatMs), 95),
      warmMismatches: rows.filter((r) => r.warmMatchesCold === false).map((r) => r.id),
    };
    report.summary = summary;
    report.queries = rows;

    const { first, full, micro } = summary;
    console.log(`\nsummary over ${present.length} queries with matches (macro mean; micro in brackets):`);
    console.log(`  full list    page   recall ${f2(summary.pageRecall)} [${f2(micro.pageRecall)}]  precision ${f2(summary.pagePrecision)} [${f2(micro.pagePrecision)}]`);
    console.log(`               anchor recall ${f2(summary.anchorRecall)} [${f2(micro.anchorRecall)}]  precision ${f2(summary.anchorPrecision)} [${f2(micro.anchorPrecision)}]`);
    console.log(`  first screen page precision ${f2(first.pagePrecision)}, anchor precision ${f2(first.anchorPrecision)}; filled (≥ min(GT, ${FIRST_SCREEN}) anchors) ${present.length - first.notFilled.length}/${present.length}`);
    console.log(`  absent queries with zero exact results: ${absent.filter((r) => r.absentOk).length}/${absent.length}`);
    console.log(`  first screen cold: p50 ${fms(first.coldP50Ms)} ms, p95 ${fms(first.coldP95Ms)} ms, max ${fms(first.coldMaxMs)} ms; KiB p50 ${fkib(first.coldP50Bytes)}, max ${fkib(first.coldMaxBytes)}; first query ${fms(summary.coldFirstMs)} ms / ${fkib(summary.coldFirstBytes)} KiB`);
    console.log(`  full list    cold: p50 ${fms(full.coldP50Ms)} ms, p95 ${fms(full.coldP95Ms)} ms, max ${fms(full.coldMaxMs)} ms; KiB p50 ${fkib(full.coldP50Bytes)}, max ${fkib(full.coldMaxBytes)}`);
    console.log(`        (KiB of bodies as scripts/serve.mjs sent them; full list with gzip on every text file: p50 ${fkib(full.coldGzipP50Bytes)}, max ${fkib(full.coldGzipMaxBytes)})`);
    console.log(`  warm (search start → first screen): p50 ${fms(first.warmP50Ms)} ms, p95 ${fms(first.warmP95Ms)} ms; → full list: p50 ${fms(full.warmP50Ms)} ms, p95 ${fms(full.warmP95Ms)} ms`);
    console.log(`  warm first screen, same queries again: p50 ${fms(summary.warmRepeatP50Ms)}, p95 ${fms(summary.warmRepeatP95Ms)}`);
    console.log(`  warm as typed (input event → first screen, includes the UI's debounce): p50 ${fms(summary.warmTypedP50Ms)} ms, p95 ${fms(summary.warmTypedP95Ms)} ms`);
    const preload = Math.max(0, ...rows.map((r) => r.contentPagePagefindBytes));
    if (preload) console.log(`  note: the content page itself fetched ${fkib(preload)} KiB from /pagefind/ (not counted in cold KiB)`);

    for (const r of present) {
      const low = ['pageRecall', 'pagePrecision', 'anchorRecall', 'anchorPrecision'].filter((k) => r[k] !== null && r[k] < 1);
      if (r.anchorRecall === null && r.shownAnchors === 0) continue;
      if (low.length) missed.push(`${r.id} “${r.q}”: ${low.map((k) => `${k} ${f2(r[k])}`).join(', ')}`);
    }
    for (const r of absent) if (!r.absentOk) missed.push(`${r.id} “${r.q}” (absent) shows ${r.shownAnchors} exact results`);
    for (const r of present) {
      if (r.first.anchorPrecision !== null && r.first.anchorPrecision < 1) missed.push(`${r.id} “${r.q}”: first screen anchor precision ${f2(r.first.anchorPrecision)}`);
      if (!r.first.filled) missed.push(`${r.id} “${r.q}”: first screen shows ${r.first.shownAnchors} of min(${r.groundTruth.anchors.length}, ${FIRST_SCREEN}) anchors`);
    }
    for (const r of rows) if (r.state !== 'done') missed.push(`${r.id} “${r.q}” ended in state ${r.state}`);
    for (const id of summary.notComplete) missed.push(`${id}: the full list never completed`);
    if (first.coldP50Ms !== null && first.coldP50Ms > TARGETS.coldMs) missed.push(`cold first screen p50 ${fms(first.coldP50Ms)} ms > ${TARGETS.coldMs} ms`);
    if (first.coldMaxBytes !== null && first.coldMaxBytes > TARGETS.coldKiB * 1024) missed.push(`cold first screen max ${fkib(first.coldMaxBytes)} KiB > ${TARGETS.coldKiB} KiB`);
    if (first.warmP95Ms === null) missed.push('warm searches did not finish');
    else if (first.warmP95Ms > TARGETS.warmP95Ms) missed.push(`warm first screen p95 ${fms(first.warmP95Ms)} ms > ${TARGETS.warmP95Ms} ms`);
    report.targetsMissed = missed;
    if (missed.length) console.log('');
    for (const m of missed) console.log(`TARGET MISSED: ${m}`);
    if (!missed.length) console.log('\nall targets met');

    mkdirSync('bench-results', { recursive: true });
    const out = join('bench-results', `search-${report.startedAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
    console.log(`\nwrote ${out}`);
  } finally {
    await browser.close();
    child.kill();
  }
}

main().catch((error) => {
  console.error(`bench-search: ${error.message}`);
  process.exit(1);
});
