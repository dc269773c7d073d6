// Checks every question bank (schema, ids, answer keys, sources, plan quotes); exits 1 naming
// each problem's file and question id. Runs before every build. Usage: node scripts/check-banks.ts
import { readQuestionBank } from '../src/data/question-bank.ts';
import { formatBankError } from '../src/lib/quiz/bank-check.ts';

const { questions, errors } = readQuestionBank();
for (const error of errors) console.error(formatBankError(error));
console.log(errors.length === 0 ? `题库检查通过：${questions.length} 道题` : `题库有 ${errors.length} 处错误`);
process.exitCode = errors.length === 0 ? 0 : 1;
