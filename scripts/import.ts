/**
 * `npm run import -- <file> --id <id> --title <title> [options]`: turns the text of a regulation
 * (.txt, .md or .docx) into `content/documents/<id>.mdx`. Each step refuses with a Chinese
 * message on stderr and a non-zero exit code, and nothing is written unless every step passes.
 */
import { parseImportArgs, USAGE } from './lib/importer/args.ts';
import { readSource } from './lib/importer/read-source.ts';
import { parseChecked } from './lib/importer/check-structure.ts';
import { buildFrontmatter } from './lib/importer/frontmatter.ts';
import { displayPath, resolveTarget } from './lib/importer/target.ts';
import { renderMdx } from './lib/importer/write-mdx.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';
import { ImportError } from './lib/importer/errors.ts';

async function main(argv: string[]): Promise<void> {
  const options = parseImportArgs(argv);
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const { text } = await readSource(options.file);
  const doc = parseChecked(text);
  const frontmatter = buildFrontmatter(options, doc.counts);
  const target = resolveTarget(options.outDir, frontmatter.id, options.force);
  writeFileAtomic(target, renderMdx(frontmatter, doc));

  const { parts, chapters, sections, articles } = doc.counts;
  console.log(`导入完成：《${frontmatter.title}》`);
  console.log(`  编 ${parts}、章 ${chapters}、节 ${sections}、条 ${articles}`);
  console.log(`  已写入 ${displayPath(target)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A refusal is expected and self-explanatory; anything else is a bug worth its stack trace.
  const detail = error instanceof ImportError ? error.message : `意外错误：${(error as Error)?.stack ?? error}`;
  console.error(`导入失败：${detail}`);
  process.exitCode = 1;
});
