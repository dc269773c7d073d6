/**
 * Reads `content/lists/selfcheck.yaml` (the 做 standards and the 双十条) and checks it against the
 * plan. Used by the build (pages throw on any error, naming the file and item) and by
 * scripts/check-lists.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkLists, formatListsError, type ListsCheck } from '../lib/action/lists-check.ts';
import type { SelfcheckFile } from '../schemas/lists.ts';
import { contentDir, docFacts, readDocFacts } from './question-bank.ts';
import type { DocFacts } from '../lib/quiz/bank-check.ts';

/** Where the lists live, relative to the content folder. */
export const SELFCHECK_FILE = 'lists/selfcheck.yaml';

/**
 * The lists, checked; errors name the file and the item.
 * @param docs the documents to check against; read from `dir` unless the caller already has them
 */
export function readSelfcheckLists(dir = contentDir(), docs: Map<string, DocFacts> = readDocFacts(dir)): ListsCheck {
  const path = join(dir, SELFCHECK_FILE);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    return { errors: [{ path, message: `无法读取或解析：${(error as Error).message}` }] };
  }
  return checkLists({ path, data }, docs);
}

let cached: SelfcheckFile | undefined;

/** The checked lists for the pages; throws, listing every problem, when the file is wrong. */
export function selfcheckLists(): SelfcheckFile {
  if (cached) return cached;
  const { file, errors } = readSelfcheckLists(contentDir(), docFacts());
  if (errors.length > 0 || !file) throw new Error(`党性体检清单有 ${errors.length} 处错误：\n${errors.map(formatListsError).join('\n')}`);
  cached = file;
  return file;
}
