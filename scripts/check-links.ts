// Walks the built site and fails, naming page and target, on any internal link or #anchor that does
// not exist: every HTML page of dist/, the quiz bank's source links and the quick jump's targets.
// Runs at the end of `npm run build`. Usage: node scripts/check-links.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, scanHtml, type ExtraLinks } from './lib/link-check.ts';
import { quickJumpLinks } from './lib/quick-links.ts';

const site = process.argv[2] ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(site, join(dir, entry.name)).split(sep).join('/')],
  );
}

const files = walk(site);
const pages = files.filter((f) => f.endsWith('.html')).map((f) => scanHtml(f, readFileSync(join(site, f), 'utf8')));
const read = (file: string): unknown => JSON.parse(readFileSync(join(site, file), 'utf8'));

const bank = read('quiz/bank.json') as { questions: { id: string; href: string }[] };
const extras: ExtraLinks[] = [
  ...bank.questions.map((q) => ({ from: `quiz/bank.json › ${q.id}`, links: [q.href] })),
  ...quickJumpLinks(read('search/quick.json')),
];

const broken = findBrokenLinks(pages, new Set(files), extras);
for (const b of broken) console.error(`${b.from} → ${b.target}：${b.reason}`);
console.log(
  broken.length === 0
    ? `链接检查通过：${pages.length} 个页面，${extras.length} 组数据链接`
    : `链接检查发现 ${broken.length} 处死链（${new Set(broken.map((b) => b.from)).size} 个来源）`,
);
process.exitCode = broken.length === 0 ? 0 : 1;
