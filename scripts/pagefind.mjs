// Indexes the built site with Pagefind. Fails loudly: an index error or an empty index stops the build.
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length || added.page_count === 0) {
  throw new Error(`pagefind: ${added.errors.join('; ') || '没有可索引的页面'}`);
}
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: 已索引 ${added.page_count} 个页面 → ${written.outputPath}`);
await pagefind.close();
