// Prints how many questions each document has, by type and checked status, against the minimums
// the branch asked for. Usage: npm run bank:report
import { readDocFacts, readQuestionBank } from '../src/data/question-bank.ts';
import { formatBankError } from '../src/lib/quiz/bank-check.ts';
import { countBank } from '../src/lib/quiz/bank-stats.ts';

const { questions, errors } = readQuestionBank();
const docs = readDocFacts();
const minimum = (id: string) => (id === 'plan' ? 120 : id === 'dangzhang' ? 50 : docs.get(id)?.audience === 'leaders' ? 8 : 15);
const rows = countBank(questions);

console.log('文件                         合计  单选 多选 判断 填空  待核  有引文  要求');
for (const id of docs.keys()) {
  const r = rows.find((row) => row.document === id) ?? { total: 0, byType: { single: 0, multiple: 0, judge: 0, fill: 0 }, unchecked: 0, quoted: 0 };
  const cells = [r.total, r.byType.single, r.byType.multiple, r.byType.judge, r.byType.fill, r.unchecked, r.quoted].map((n) => String(n).padStart(5));
  console.log(`${id.padEnd(28)}${cells.join('')}  ${r.total >= minimum(id) ? '✓' : '✗'} ≥${minimum(id)}`);
}
const unchecked = questions.filter((q) => !q.checked).length;
console.log(`合计 ${questions.length} 道（已核 ${questions.length - unchecked}，待核 checked: false ${unchecked}）${questions.length >= 300 ? '' : '，不足 300'}`);
for (const error of errors) console.error(formatBankError(error));
process.exitCode = errors.length === 0 ? 0 : 1;
