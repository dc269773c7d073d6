// The JavaScript a built page loads: its module scripts, island components and renderers, and their
// static imports (lazy chunks loaded on use are counted separately by the caller if it wants).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every script URL a page loads up front, following static imports. */
export function pageScripts(dist, html) {
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

/** Gzipped bytes of the scripts a built page (path relative to dist, e.g. `quiz/index.html`) loads. */
export function pageJsGzip(dist, page) {
  const scripts = pageScripts(dist, readFileSync(join(dist, page), 'utf8'));
  return { files: scripts.length, bytes: scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(dist, url))).length, 0) };
}
