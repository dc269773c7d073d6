// How much a very active member's year takes in the browser's storage (about 5 MB per site), with
// and without the answer-history cap (src/lib/quiz/history.ts). Prints bytes per stored domain.
//
// Usage: npm run bench:storage -- [--year 2026] [--per-day 200]
//   --per-day   answers a day besides 每日一练 (default 200: a member who practises every day, hard)
//
// The member: studies every day (2 h), does 每日一练 every day, --per-day practice and 错题 answers,
// two 50-question exams a week, marks every document learned, writes 300 notes, a 党性体检 every
// month and 40 整改 items with a full history. Question and document ids are the site's own.
import { capAttempts } from '../src/lib/quiz/history.ts';
import { loadContent, randomSource } from './lib/member-archives.mjs';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const year = option('year', 2026);
const perDay = option('per-day', 200);

const content = loadContent() as { questions: string[]; documents: { id: string; units: string[] }[] };
const rng = randomSource(year);
const DAY = 86_400_000;
const start = Date.parse(`${year}-01-01T00:00:00+08:00`);
const iso = (ms: number) => new Date(ms).toISOString();
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

type Attempt = { q: string; t: string; ok: boolean; m: 'practice' | 'daily' | 'exam' | 'wrong' };
const all: Attempt[] = [];
let kept: readonly Attempt[] = [];
let summary: ReturnType<typeof capAttempts>['summary'];
const daily: Record<string, unknown> = {};
const exams: unknown[] = [];
const activity: Record<string, number> = {};

for (let d = 0; d < 365; d++) {
  const dayStart = start + d * DAY;
  const day = iso(dayStart + 8 * 3_600_000).slice(0, 10);
  activity[day] = 7200;
  const batch: Attempt[] = [];
  const dq = Array.from({ length: 5 }, () => rng.pick(content.questions) as string);
  const doneAt = iso(dayStart + 9 * 3_600_000);
  dq.forEach((q) => batch.push({ q, t: doneAt, ok: rng.chance(0.8), m: 'daily' }));
  daily[day] = { questions: dq, answers: Object.fromEntries(dq.map((q) => [q, 'A'])), correct: 4, doneAt };
  for (let i = 0; i < perDay; i++) batch.push({ q: rng.pick(content.questions), t: iso(dayStart + 10 * 3_600_000 + i * 30_000), ok: rng.chance(0.75), m: i % 10 ? 'practice' : 'wrong' });
  if (d % 7 === 2 || d % 7 === 5) {
    const questions = Array.from({ length: 50 }, () => rng.pick(content.questions) as string);
    const finishedAt = iso(dayStart + 20 * 3_600_000);
    questions.forEach((q) => batch.push({ q, t: finishedAt, ok: rng.chance(0.8), m: 'exam' }));
    exams.push({ id: String(dayStart), startedAt: iso(dayStart + 19 * 3_600_000), finishedAt, minutes: 45, passPercent: 60, questions, answers: Object.fromEntries(questions.map((q) => [q, ['A', 'C']])), correct: 40, total: 50, percent: 80, passed: true, timedOut: false });
  }
  all.push(...batch);
  const next = capAttempts([...kept, ...batch], summary, new Date(dayStart + 23 * 3_600_000));
  kept = next.attempts;
  summary = next.summary;
}

const end = start + 364 * DAY;
const reading = { version: 1, docs: Object.fromEntries(content.documents.map((doc) => [doc.id, { read: doc.units, visitedAt: iso(end), position: doc.units.at(-1), learnedAt: iso(end) }])) };
const notes = { version: 1, notes: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`n${i}`, { id: `n${i}`, doc: content.documents[i % content.documents.length]!.id, anchor: 'p-1', heading: '第1段', text: '学习体会'.repeat(25), created: iso(start + i * DAY), updated: iso(start + i * DAY) }])) };
const selfcheck = { version: 1, draft: null, checks: Array.from({ length: 12 }, (_, m) => ({ id: `check${m}`, at: iso(start + m * 30 * DAY), day: `${year}-${String(m + 1).padStart(2, '0')}-15`, items: Array.from({ length: 20 }, (_, i) => ({ id: i < 10 ? `pos-${i + 1}` : `neg-${i - 9}`, list: i < 10 ? 'positive' : 'negative', text: '对照检查的一条内容'.repeat(3), rating: 'ok', note: '说明'.repeat(20) })) })) };
const rectify = { version: 1, chabai: {}, items: Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, problem: '查摆出的问题'.repeat(8), origin: 'manual', measures: '整改措施'.repeat(20), responsible: '本人', status: 'done', evidence: '佐证材料'.repeat(10), createdAt: iso(start + i * 9 * DAY), updatedAt: iso(start + i * 9 * DAY), history: Array.from({ length: 6 }, () => ({ at: iso(start + i * 9 * DAY), kind: 'status', from: 'todo', to: 'doing' })) })) };
const quizBase = { version: 1, wrong: {}, mastered: {}, starred: content.questions.slice(0, 100), practice: {}, daily, exams };
const capped = { ...quizBase, attempts: kept, ...(summary ? { summary } : {}) };
const uncapped = { ...quizBase, attempts: all };
const others = { reading: bytes(reading), notes: bytes(notes), activity: bytes({ version: 1, days: activity }), selfcheck: bytes(selfcheck), rectify: bytes(rectify) };
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

console.log(`A very active member's year ${year}: ${all.length.toLocaleString('en')} answers (${perDay} a day + 每日一练 + two 50-question exams a week).`);
console.log(`  quiz, capped:   ${kb(bytes(capped))}  (${kept.length} raw answers, ${Object.keys(summary ?? {}).length} months folded; attempts ${kb(bytes(kept))}, summary ${kb(bytes(summary ?? {}))}, 每日一练 ${kb(bytes(daily))}, exams ${kb(bytes(exams))})`);
console.log(`  quiz, uncapped: ${kb(bytes(uncapped))}`);
for (const [key, n] of Object.entries(others)) console.log(`  ${key.padEnd(15)} ${kb(n)}`);
const rest = Object.values(others).reduce((a, b) => a + b, 0);
console.log(`  total, capped:   ${kb(bytes(capped) + rest)} of about 5,120 KB`);
console.log(`  total, uncapped: ${kb(bytes(uncapped) + rest)}`);
