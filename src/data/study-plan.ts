/**
 * Reads the year plans from `content/plan/*.yaml` and checks them against the documents, the
 * question banks and the roles. Used by the build (pages throw on any error, naming file and
 * item) and by `scripts/check-plan.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import site from '../../site.config.ts';
import { contentDir, docFacts, readDocFacts } from './question-bank.ts';
import type { DocFacts } from '../lib/quiz/bank-check.ts';
import { checkPlans, formatPlanError, type PlanCheck, type PlanError, type PlanInput } from '../lib/plan/plan-check.ts';
import type { StudyPlan } from '../schemas/study-plan.ts';

/** Ids of the documents that have a question bank (`questions/*.yaml` name their document). */
function quizDocuments(dir: string): Set<string> {
  const folder = join(dir, 'questions');
  const ids = new Set<string>();
  if (!existsSync(folder)) return ids;
  for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n))) {
    try {
      const document = (parseYaml(readFileSync(join(folder, name), 'utf8')) as { document?: unknown } | null)?.document;
      if (typeof document === 'string') ids.add(document);
    } catch {
      // The bank check reports unreadable banks; here the document simply has no questions.
    }
  }
  return ids;
}

/**
 * Every plan under `plan/`, checked.
 * @param docs the documents to check against; read from `dir` unless the caller already has them
 */
export function readStudyPlans(dir = contentDir(), docs: Map<string, DocFacts> = readDocFacts(dir)): PlanCheck {
  const folder = join(dir, 'plan');
  const files: PlanInput[] = [];
  const yamlErrors: PlanError[] = [];
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      files.push({ path, data: parseYaml(readFileSync(path, 'utf8')) as unknown });
    } catch (error) {
      yamlErrors.push({ path, message: `YAML 无法解析：${(error as Error).message}` });
    }
  }
  const result = checkPlans(files, {
    docs,
    quizDocuments: quizDocuments(dir),
    roleIds: new Set(site.roles.map((r) => r.id)),
  });
  return { plans: result.plans, errors: [...yamlErrors, ...result.errors], warnings: result.warnings };
}

let cached: StudyPlan[] | undefined;

/** The checked plans, by year, for the pages; throws, listing every problem, when any plan is wrong. */
export function studyPlans(): StudyPlan[] {
  if (cached) return cached;
  const { plans, errors } = readStudyPlans(contentDir(), docFacts());
  if (errors.length > 0) throw new Error(`学习计划有 ${errors.length} 处错误：\n${errors.map(formatPlanError).join('\n')}`);
  cached = plans;
  return plans;
}
