// Checks every year plan under content/plan/ (schema, dates, document ids and anchors, plan quotes,
// the yearly musts); exits 1 naming each problem's file and item. Usage: node scripts/check-plan.ts
import { readStudyPlans } from '../src/data/study-plan.ts';
import { formatPlanError } from '../src/lib/plan/plan-check.ts';

const { plans, errors, warnings } = readStudyPlans();
for (const error of errors) console.error(formatPlanError(error));
for (const warning of warnings) console.warn(`提醒：${formatPlanError(warning)}`);
console.log(
  errors.length === 0
    ? `学习计划检查通过：${plans.map((p) => `${p.year} 年 ${p.months.reduce((n, m) => n + m.tasks.length, 0)} 项任务`).join('，')}`
    : `学习计划有 ${errors.length} 处错误`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
