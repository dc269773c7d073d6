// Indexes the built site with Pagefind. Fails loudly: an index error or an empty index stops the build.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_PRELOADS, indexPreloads, preloadLink, withIndexPreloads } from '../src/lib/search/preloads.ts';
import { pageModules, withModulePreloads } from '../src/lib/search/module-preloads.ts';

const site = process.argv[2] ?? 'dist';
// Pagefind cuts its word index into a chunk every 20000 word locations unless told otherwise
// (an environment variable its binary reads at start, 1.6.0; named unstable by Pagefind). A search
// downloads the chunk holding each of its words (src/lib/search/index-query.ts), so smaller chunks
// cost each search far fewer bytes: ~3.6 KB each instead of ~33 KB here. The price is one entry
// per chunk in the meta file every search also loads (~11 bytes each: +25 KB on a 2,000-page
// site). If a Pagefind release stops reading the variable, chunks are only larger again.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length || added.page_count === 0) {
  throw new Error(`pagefind: ${added.errors.join('; ') || '没有可索引的页面'}`);
}
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
// The search page preloads these by name; a renamed file would be fetched for nothing.
// The entry and meta files are named by this run, so they are added to the built search page now.
const entry = indexPreloads(JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')));
if (!entry) throw new Error('pagefind: 索引的语言不是唯一一种，搜索页无法预加载其元数据（见 src/lib/search/preloads.ts）');
const preloads = [...SEARCH_PRELOADS, ...entry.files];
const missing = preloads.filter((p) => !existsSync(join(site, p.href.split('?')[0])));
if (missing.length) throw new Error(`pagefind: 搜索页预加载的文件不存在：${missing.map((p) => p.href).join('、')}（见 src/lib/search/preloads.ts）`);
const searchPage = join(site, 'search', 'index.html');
const withIndex = withIndexPreloads(readFileSync(searchPage, 'utf8'), entry);
// Then the page's own modules, all at once rather than one import round trip after another.
const readModule = (href) => (existsSync(join(site, href)) ? readFileSync(join(site, href), 'utf8') : null);
writeFileSync(searchPage, withModulePreloads(withIndex, pageModules(withIndex, readModule), preloadLink(entry.files.at(-1))));
const chunks = readdirSync(join(site, 'pagefind', 'index')).map((name) => statSync(join(site, 'pagefind', 'index', name)).size);
console.log(
  `pagefind: 已索引 ${added.page_count} 个页面 → ${written.outputPath}（索引分块 ${chunks.length} 个，最大 ${(Math.max(...chunks) / 1024).toFixed(1)} KiB）`,
);
await pagefind.close();
