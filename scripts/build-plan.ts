/**
 * Generates `content/documents/plan.mdx` from the unit's own plan text, `content/sources/plan.txt`.
 * The MDX file is committed as data; run this again whenever the source or the generator changes
 * (a unit test fails while the committed file is stale).
 *
 *   node scripts/build-plan.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentMetaInput } from '../src/schemas/document.ts';
import { planTermLinks, renderPlanMdx } from '../src/lib/plan-mdx.ts';
import { countPlan, parsePlan, type PlanCounts } from '../src/lib/plan-structure.ts';
import { writeFileAtomic } from './lib/write-atomic.ts';

// Resolved from a string, not a URL object: test environments such as happy-dom replace `URL`.
const scriptPath = fileURLToPath(import.meta.url);
const root = resolve(dirname(scriptPath), '..');
/** The plan's text as the unit supplied it. */
export const PLAN_SOURCE_PATH = resolve(root, 'content/sources/plan.txt');
/** Where the generated document goes. */
export const PLAN_OUTPUT_PATH = resolve(root, 'content/documents/plan.mdx');

/** Catalogue data of the plan. No dates: the source carries none, and none are guessed. */
export const PLAN_FRONTMATTER: DocumentMetaInput = {
  id: 'plan',
  title: '上党区人民政府招商中心关于推进“两学一做”学习教育常态化制度化的实施方案',
  shortTitle: '实施方案',
  aliases: ['两学一做实施方案', '常态化制度化实施方案', '方案'],
  category: '本单位文件',
  audience: 'all',
  requirement: '必学',
  summary:
    '本单位把“两学一做”学习教育变成日常功课的总体安排。它列出必学必知必会的党章党规和系列讲话，提出“做”合格党员、“改”突出问题的要求，明确党支部的主体作用和领导干部以上率下，并以学习考勤、考核问责保证落实。',
  issuer: '上党区人民政府招商中心',
  fullText: true,
  order: 0,
};

/** What one generation produced. */
export interface PlanBuild {
  /** The complete file content. */
  mdx: string;
  /** Structure counts plus the number of term links. */
  counts: PlanCounts & { links: number };
}

/**
 * Builds `plan.mdx` from the source text. Throws if the source's title no longer matches the
 * catalogue title, so the two cannot drift apart silently.
 */
export function buildPlan(source: string, meta: DocumentMetaInput = PLAN_FRONTMATTER): PlanBuild {
  const plan = parsePlan(source);
  if (plan.title !== meta.title) {
    throw new Error(`方案标题与 frontmatter 不一致：源文件为「${plan.title}」，frontmatter 为「${meta.title}」`);
  }
  const links = [...planTermLinks(plan).values()].reduce((sum, matches) => sum + matches.length, 0);
  return { mdx: renderPlanMdx(plan, meta), counts: { ...countPlan(plan), links } };
}

function main(): void {
  const { mdx, counts } = buildPlan(readFileSync(PLAN_SOURCE_PATH, 'utf8'));
  // Atomically, so the dev server (or a crash) never sees half a file.
  writeFileAtomic(PLAN_OUTPUT_PATH, mdx);
  console.log(
    `已生成 ${PLAN_OUTPUT_PATH}：${counts.sections} 个部分，${counts.subsections} 个小节，${counts.paragraphs} 段，${counts.links} 个术语链接`,
  );
}

// The test imports buildPlan and PLAN_FRONTMATTER; only running the file writes anything.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === scriptPath) main();
