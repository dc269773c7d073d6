// Prints the foundation's figures: build time, dist/ size, gzipped JS a document page loads,
// and how many documents and anchors the site has. Usage: npm run bench:build
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageJsGzip } from './lib/page-scripts.mjs';

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

const docPages = all.filter((f) => /documents\/[^/]+\/index\.html$/.test(f));
const anchors = docPages.reduce((sum, f) => {
  const html = readFileSync(f, 'utf8');
  return sum + [...html.matchAll(/<h[2-6][^>]*\sid="(part|ch|sec|art|p)-[\d-]+"/g)].length;
}, 0);

console.log(`build (astro + pagefind): ${seconds.toFixed(1)} s`);
console.log(`dist/: ${kb(bytes(all))} in ${all.length} files (pagefind index ${kb(bytes(all.filter((f) => f.includes('/pagefind/'))))})`);
const jsPages = ['index.html', 'documents/plan/index.html', ...all.filter((f) => /\/quiz\/.*index\.html$/.test(f) && !/\/(practice|print)\/[^/]+\/index/.test(f)).map((f) => f.slice(dist.length + 1)), 'quiz/practice/plan/index.html', 'quiz/print/plan/index.html'];
for (const page of jsPages) {
  const { files, bytes } = pageJsGzip(dist, page);
  console.log(`JS on /${page.replace(/index\.html$/, '')}: ${files} files, ${kb(bytes)} gzip`);
}
console.log(`documents: ${docPages.length}; structural anchors (part/ch/sec/art/p): ${anchors}`);
