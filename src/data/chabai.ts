/**
 * Reads `content/lists/chabai.yaml` and checks it against the plan and the site's roles. Used by
 * the build (the page throws on any error, naming the file and item) and by scripts/check-chabai.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import site from '../../site.config.ts';
import { checkChabai, formatChabaiError, type ChabaiCheck } from '../lib/action/chabai-check.ts';
import type { ChabaiFile } from '../schemas/chabai.ts';
import { contentDir, docFacts, readDocFacts } from './question-bank.ts';
import type { DocFacts } from '../lib/quiz/bank-check.ts';

/** Where the checklists live, relative to the content folder. */
export const CHABAI_FILE = 'lists/chabai.yaml';

/**
 * The checklists, checked; errors name the file and the checklist or question.
 * @param docs the documents to check against; read from `dir` unless the caller already has them
 */
export function readChabai(
  dir = contentDir(),
  roleIds: readonly string[] = site.roles.map((r) => r.id),
  docs: Map<string, DocFacts> = readDocFacts(dir),
): ChabaiCheck {
  const path = join(dir, CHABAI_FILE);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    return { errors: [{ path, message: `无法读取或解析：${(error as Error).message}` }] };
  }
  return checkChabai({ path, data }, docs, roleIds);
}

let cached: ChabaiFile | undefined;

/** The checked checklists for the page; throws, listing every problem, when the file is wrong. */
export function chabaiLists(): ChabaiFile {
  if (cached) return cached;
  const { file, errors } = readChabai(contentDir(), undefined, docFacts());
  if (errors.length > 0 || !file) throw new Error(`查摆清单有 ${errors.length} 处错误：\n${errors.map(formatChabaiError).join('\n')}`);
  cached = file;
  return file;
}
