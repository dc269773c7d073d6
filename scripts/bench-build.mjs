// Prints the foundation's figures: build time, dist/ size, gzipped JS a document page loads,
// and how many documents and anchors the site has. Usage: npm run bench:build
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const started = process.hrtime.bigint();
execSync('npm run build', { stdio: 'ignore' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const all = files(dist);
const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Every script a page loads: its module scripts, island components and renderers, and their static imports. */
function pageScripts(html) {
  const seen = new Set();
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/[^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(new URL(m[1], `http://x${url}`).pathname);
    }
  }
  return [...seen];
}

const docPages = all.filter((f) => /documents\/[^/]+\/index\.html$/.test(f));
const planHtml = readFileSync(join(dist, 'documents/plan/index.html'), 'utf8');
const scripts = pageScripts(planHtml);
const jsGzip = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(dist, url))).length, 0);
const anchors = docPages.reduce((sum, f) => {
  const html = readFileSync(f, 'utf8');
  return sum + [...html.matchAll(/<h[2-6][^>]*\sid="(part|ch|sec|art|p)-[\d-]+"/g)].length;
}, 0);

console.log(`build (astro + pagefind): ${seconds.toFixed(1)} s`);
console.log(`dist/: ${kb(bytes(all))} in ${all.length} files (pagefind index ${kb(bytes(all.filter((f) => f.includes('/pagefind/'))))})`);
console.log(`JS on /documents/plan/: ${scripts.length} files, ${kb(jsGzip)} gzip`);
console.log(`documents: ${docPages.length}; structural anchors (part/ch/sec/art/p): ${anchors}`);
