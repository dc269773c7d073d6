// Checks the 查摆 checklists (content/lists/chabai.yaml): shape, unique ids, roles, and that every
// quoted item occurs in the plan's paragraph. Exits 1 naming each problem's file and item id.
// Usage: node scripts/check-chabai.ts
import { readChabai } from '../src/data/chabai.ts';
import { formatChabaiError } from '../src/lib/action/chabai-check.ts';

const { file, errors } = readChabai();
for (const error of errors) console.error(formatChabaiError(error));
const questions = file?.checklists.reduce((n, list) => n + list.questions.length, 0) ?? 0;
console.log(errors.length === 0 ? `查摆清单检查通过：${file?.checklists.length} 份清单，${questions} 个查摆问题` : `查摆清单有 ${errors.length} 处错误`);
process.exitCode = errors.length === 0 ? 0 : 1;
