/** Step 1: the command line, read into named options. */
import { parseArgs } from 'node:util';
import { ImportError } from './errors.ts';

/** Everything the command line can say; unset options are `undefined` so defaults live in one place. */
export interface ImportOptions {
  file: string;
  id: string;
  title: string;
  shortTitle?: string;
  category?: string;
  audience?: string;
  requirement?: string;
  issuer?: string;
  adopted?: string;
  issued?: string;
  effective?: string;
  revision?: string;
  version?: string;
  sourceName?: string;
  sourceUrl?: string;
  order?: string;
  summary?: string;
  force: boolean;
  outDir: string;
}

/** Shown for `--help`, and named in every argument error. */
export const USAGE = `用法：npm run import -- <文件.txt|.md|.docx> --id <id> --title <标题> [选项]

选项：
  --short <短标题>        列表和快速跳转中显示的简称（默认同标题）
  --category <分类>       本单位文件、党章、党内法规、系列讲话、党史、先进典型、警示教育（默认 党内法规）
  --audience all|leaders  all = 全体党员，leaders = 领导干部（默认 all）
  --requirement <要求>    必学、必知、必会（默认 必学）
  --issuer <发文机关>
  --adopted / --issued / --effective <YYYY[-MM[-DD]]>  通过、印发、施行日期
  --revision <版本>       现行版本说明
  --version <年份>        原文的版本年份，如 2019；题库中同一版本的条号随之链接到 #art-N
  --source-name <来源>    官方原文的发布来源
  --source-url <网址>     官方原文网址
  --order <N>             分类内排序，越小越靠前（默认 100）
  --summary <简介>        默认为“《标题》原文，共 N 条。”
  --force                 覆盖已存在的文件
  --out-dir <目录>        输出目录（默认 content/documents）`;

const TEXT_OPTIONS = [
  'id', 'title', 'short', 'category', 'audience', 'requirement', 'issuer', 'adopted', 'issued',
  'effective', 'revision', 'version', 'source-name', 'source-url', 'order', 'summary', 'out-dir',
] as const;

/**
 * Reads `process.argv.slice(2)`. Returns `'help'` for `--help`/`-h`.
 * @throws ImportError naming the unknown option, missing value or missing required argument.
 */
export function parseImportArgs(argv: string[]): ImportOptions | 'help' {
  const options = Object.fromEntries(TEXT_OPTIONS.map((name) => [name, { type: 'string' }])) as Record<
    (typeof TEXT_OPTIONS)[number],
    { type: 'string' }
  >;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // node:util reports in English; the option it quotes is all the editor needs.
    const option = /'([^']+)'/.exec(String((error as Error).message))?.[1] ?? '';
    const code = (error as { code?: string }).code;
    const reason = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `未知选项 ${option}`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `选项 ${option.split(' ')[0]} 缺少取值或取值无效`
      : `无法解析参数：${(error as Error).message}`;
    throw new ImportError(`${reason}\n\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  const str = (name: (typeof TEXT_OPTIONS)[number]) => v[name];
  if (positionals.length !== 1) {
    throw new ImportError(`${positionals.length === 0 ? '缺少要导入的文件' : `只能导入一个文件，收到 ${positionals.length} 个`}\n\n${USAGE}`);
  }
  for (const required of ['id', 'title'] as const) {
    if (!str(required)) throw new ImportError(`缺少 --${required}\n\n${USAGE}`);
  }
  return {
    file: positionals[0],
    id: str('id') as string,
    title: str('title') as string,
    shortTitle: str('short'),
    category: str('category'),
    audience: str('audience'),
    requirement: str('requirement'),
    issuer: str('issuer'),
    adopted: str('adopted'),
    issued: str('issued'),
    effective: str('effective'),
    revision: str('revision'),
    version: str('version'),
    sourceName: str('source-name'),
    sourceUrl: str('source-url'),
    order: str('order'),
    summary: str('summary'),
    force: v.force === true,
    outDir: str('out-dir') ?? 'content/documents',
  };
}
