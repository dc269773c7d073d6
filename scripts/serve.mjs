// Serves a built site folder on 127.0.0.1 with no dependencies, for `npm start` and the end-to-end tests.
// Usage: node scripts/serve.mjs [dir] [--port N]   (default port 4322; PORT also works)
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env.PORT ?? 4322);
const root = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist');

// Compressed on the fly like any ordinary web server would; Pagefind's own index files are already compressed.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.ics', '.xml', '.webmanifest']);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm', '.xml': 'application/xml; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

/** Maps a URL path to a file inside root, or null; never lets `..` escape the folder. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const target = normalize(join(root, path));
  if (target !== root && !target.startsWith(root + sep)) return null;
  for (const candidate of [target, join(target, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const server = createServer((req, res) => {
  const file = fileFor(req.url ?? '/');
  const notFound = file ? null : fileFor('/404.html');
  const path = file ?? notFound;
  if (!path) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
    return;
  }
  const gzip = COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(file ? 200 : 404, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else if (gzip) createReadStream(path).pipe(createGzip()).pipe(res);
  else createReadStream(path).pipe(res);
});

server.on('error', (error) => {
  console.error(`无法在端口 ${port} 启动：${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`学习园地已启动：http://127.0.0.1:${port}/  （按 Ctrl+C 停止）`);
});
