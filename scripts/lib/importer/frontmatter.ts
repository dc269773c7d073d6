/** Step 4: the frontmatter, with the importer's defaults, checked against the site's schema. */
import { z } from 'astro/zod';
import { documentSchema, type DocumentMetaInput } from '../../../src/schemas/document.ts';
import type { StructureCounts } from '../../../src/lib/structure.ts';
import type { ImportOptions } from './args.ts';
import { ImportError } from './errors.ts';

// Schema field → the option that sets it, so a refusal tells the editor what to retype.
const OPTION_OF: Readonly<Record<string, string>> = {
  id: '--id', title: '--title', shortTitle: '--short', category: '--category', audience: '--audience',
  requirement: '--requirement', summary: '--summary', issuer: '--issuer', adopted: '--adopted',
  issued: '--issued', effective: '--effective', revision: '--revision', version: '--version', source: '--source-name',
  'source.name': '--source-name', 'source.url': '--source-url', order: '--order',
};

/**
 * Builds the frontmatter of an imported 原文 (`fullText: true`) in the key order the file shows.
 * Defaults: shortTitle = title, 党内法规, all, 必学, order 100, summary “《标题》原文，共 N 条。”.
 * @throws ImportError listing every invalid field with its option and a Chinese reason.
 */
export function buildFrontmatter(options: ImportOptions, counts: StructureCounts): DocumentMetaInput {
  const hasSource = options.sourceName !== undefined || options.sourceUrl !== undefined;
  const data = {
    id: options.id,
    title: options.title,
    shortTitle: options.shortTitle ?? options.title,
    category: options.category ?? '党内法规',
    audience: options.audience ?? 'all',
    requirement: options.requirement ?? '必学',
    summary: options.summary ?? `《${options.title}》原文，共 ${counts.articles} 条。`,
    issuer: options.issuer,
    adopted: options.adopted,
    issued: options.issued,
    effective: options.effective,
    revision: options.revision,
    source: hasSource ? { name: options.sourceName, url: options.sourceUrl } : undefined,
    version: options.version,
    fullText: true,
    // Not Number(): that would read '' as 0 and '1e2' as 100 instead of refusing them.
    order: options.order === undefined ? 100 : /^\d+$/.test(options.order) ? Number(options.order) : Number.NaN,
  };
  const result = documentSchema.safeParse(data, { error: z.locales.zhCN().localeError });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const field = issue.path.join('.');
      const option = OPTION_OF[field];
      return `  字段 ${field}${option ? `（${option}）` : ''}：${issue.message}`;
    });
    throw new ImportError(`frontmatter 无效，未写入任何文件：\n${lines.join('\n')}`);
  }
  return data as DocumentMetaInput;
}
