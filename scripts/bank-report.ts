// Prints how many questions each document has, by type and checked status, against the minimums
// the branch asked for; then what the questions rest on (plan quote / FACTS.md item / unchecked)
// and where their source links go (an article of an imported 原文, a guide's 学习要点, another
// heading or plan paragraph, or the page). Usage: npm run bank:report
import { readDocFacts, readQuestionBank } from '../src/data/question-bank.ts';
import { formatBankError, resolveQuestionSource } from '../src/lib/quiz/bank-check.ts';
import { countBank, evidenceOf, tally } from '../src/lib/quiz/bank-stats.ts';
import { isGuideAnchor } from '../src/lib/quiz/source-link.ts';

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

const list = (counts: Map<string, number>, names: Record<string, string> = {}) =>
  [...counts].map(([key, n]) => `${names[key] ?? key} ${n}`).join('，');
const EVIDENCE = { quote: '方案原文引文', fact: 'FACTS.md 条目', unchecked: '待核' };
console.log(`\n依据：${list(tally(questions, evidenceOf), EVIDENCE)}`);
const withFact = questions.filter((q) => evidenceOf(q) === 'fact');
console.log(`FACTS.md 条目：${list(tally(withFact, (q) => q.fact!.replace(/\..*$/, '')))}`);
console.log(`history 题（依据旧版本，题干写明版本）：${questions.filter((q) => q.source.history).length} 道`);

const LINKS = { article: '原文的条 #art-', point: '导读的学习要点 #pt-', heading: '导读的小标题', section: '方案的段落或部分', page: '文件页面', missing: '不存在' };
const links = tally(questions, (q) => {
  const resolved = resolveQuestionSource(q, docs.get(q.source.document ?? q.document)!);
  return resolved.kind === 'section' && isGuideAnchor(resolved.anchor) ? 'heading' : resolved.kind;
});
console.log(`出处链接：${list(links, LINKS)}`);
console.log(`注明条号（导入同版本原文后链接到该条）：${questions.filter((q) => q.source.article !== undefined).length} 道`);

for (const error of errors) console.error(formatBankError(error));
process.exitCode = errors.length === 0 ? 0 : 1;
