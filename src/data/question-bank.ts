/**
 * Reads the question banks and the documents they cite from the content folder and checks them.
 * Used by the build (pages throw on any error, naming file and question) and by the bank scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { documentSchema } from '../schemas/document.ts';
import { checkBanks, formatBankError, type BankCheck, type BankError, type BankInput, type DocFacts } from '../lib/quiz/bank-check.ts';
import { sectionTexts } from '../lib/quiz/section-text.ts';
import { guidePoints } from '../lib/guide-points.ts';
import type { Question } from '../schemas/question.ts';

/** The content folder the site is built from (the import journey builds a copy elsewhere). */
export const contentDir = (): string => process.env.LXYZ_CONTENT_DIR ?? './content';

/** What the checker needs from each `documents/*.mdx`. */
export function readDocFacts(dir = contentDir()): Map<string, DocFacts> {
  const docs = new Map<string, DocFacts>();
  const folder = join(dir, 'documents');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
    const source = readFileSync(join(folder, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${name}: 缺少 frontmatter`);
    const meta = documentSchema.parse(parseYaml(match[1]!));
    const sections = sectionTexts(match[2]!);
    for (const point of guidePoints(match[2]!)) sections.set(point.id, point.text);
    docs.set(meta.id, { id: meta.id, audience: meta.audience, fullText: meta.fullText, version: meta.version, sections });
  }
  return docs;
}

let facts: Map<string, DocFacts> | undefined;

/**
 * The documents' facts for the build, read once: the bank, the plans and both lists check against
 * them, and reading and parsing every document once per check grows with the number of documents.
 */
export function docFacts(): Map<string, DocFacts> {
  facts ??= readDocFacts();
  return facts;
}

/**
 * Every bank under `questions/`, checked.
 * @param docs the documents to check against; read from `dir` unless the caller already has them
 */
export function readQuestionBank(dir = contentDir(), docs: Map<string, DocFacts> = readDocFacts(dir)): BankCheck {
  const folder = join(dir, 'questions');
  const files: BankInput[] = [];
  const yamlErrors: BankError[] = [];
  for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(folder, name);
    try {
      files.push({ path, data: parseYaml(readFileSync(path, 'utf8')) as unknown });
    } catch (error) {
      yamlErrors.push({ path, message: `YAML 无法解析：${(error as Error).message}` });
    }
  }
  const result = checkBanks(files, docs);
  return { questions: result.questions, errors: [...yamlErrors, ...result.errors] };
}

let cached: Question[] | undefined;

/** The checked questions for the pages; throws, listing every problem, when any bank is wrong. */
export function questionBank(): Question[] {
  if (cached) return cached;
  const { questions, errors } = readQuestionBank(contentDir(), docFacts());
  if (errors.length > 0) throw new Error(`题库有 ${errors.length} 处错误：\n${errors.map(formatBankError).join('\n')}`);
  cached = questions;
  return questions;
}

let counts: Map<string, number> | undefined;

/**
 * How many questions cite each place, keyed `<document>#<anchor>`, for the 练一练 links. Counted
 * once: every heading of every document page asks.
 */
export function citedCounts(): Map<string, number> {
  if (counts) return counts;
  const tally = new Map<string, number>();
  for (const q of questionBank()) {
    const key = `${q.source.document ?? q.document}#${q.source.anchor}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  counts = tally;
  return tally;
}
