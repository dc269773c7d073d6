// Build step after Pagefind: writes the service worker and the 离线下载 list into the built site.
// Usage: node scripts/service-worker.mjs [dist]
import { buildServiceWorker } from './lib/service-worker.mjs';
import { formatBytes } from '../src/lib/offline/download-plan.ts';

const site = process.argv[2] ?? 'dist';
const r = await buildServiceWorker(site);
console.log(
  `service worker: 版本 ${r.build}；首次访问预缓存 ${r.precacheCount} 个文件 ${formatBytes(r.precacheBytes)}（gzip ${formatBytes(r.precacheGzip)}）；` +
    `离线下载 ${r.plan.pages.length} 个页面 + ${r.plan.search.length} 个索引文件，共 ${formatBytes(r.plan.bytes)}`,
);
