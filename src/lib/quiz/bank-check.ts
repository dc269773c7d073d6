/**
 * Checks the question banks against each other and against the documents they cite, so a wrong
 * answer key, a dead source link or a misquoted plan fails the build instead of reaching members.
 * Pure: the caller reads the files and describes the documents.
 */
import { bankFileSchema, BLANK_PATTERN, OPTION_LETTERS, questionSchema, type Question } from '../../schemas/question.ts';
import { compactText } from './section-text.ts';
import { documentOfId } from './quiz-bank.ts';
import { resolveSource, type ResolvedSource, type SourcePage } from './source-link.ts';

/** What the checker needs to know about one document. */
export interface DocFacts {
  /** Document id. */
  id: string;
  /** Who must study it; questions inherit it. */
  audience: 'all' | 'leaders';
  /** True when the repository holds its text, so anchors and quotes can be checked exactly. */
  fullText: boolean;
  /** Version of the text the page presents, by year. */
  version?: string;
  /** Readable text under each anchor on its page: headings, and a guide's 学习要点 `pt-<n>`. */
  sections: ReadonlyMap<string, string>;
}

/** One bank file as read from disk. */
export interface BankInput {
  /** Path for messages, e.g. content/questions/plan.yaml. */
  path: string;
  /** Parsed YAML. */
  data: unknown;
}

/** One problem, naming the file and, where known, the question. */
export interface BankError {
  path: string;
  questionId?: string;
  message: string;
}

/** The checked questions and every problem found. */
export interface BankCheck {
  questions: Question[];
  errors: BankError[];
}

/** Formats an error as `file › id: message`. */
export function formatBankError(error: BankError): string {
  return `${error.path}${error.questionId ? ` › ${error.questionId}` : ''}: ${error.message}`;
}

const letterIndex = (letter: string) => OPTION_LETTERS.indexOf(letter as (typeof OPTION_LETTERS)[number]);

/** Whether `anchor` is a place on the document's page. */
export function anchorExists(doc: DocFacts, anchor: string): boolean {
  return doc.sections.has(anchor);
}

/** The page as the source resolver sees it. */
export function sourcePage(doc: DocFacts): SourcePage {
  return { id: doc.id, version: doc.version, fullText: doc.fullText, anchors: new Set(doc.sections.keys()) };
}

/** Where a question's source link goes on the cited document. */
export function resolveQuestionSource(q: Question, doc: DocFacts): ResolvedSource {
  return resolveSource(q.source, sourcePage(doc));
}

/** Problems with a question's version and evidence, in words. */
function sourceProblems(q: Question, cited: DocFacts): string[] {
  const problems: string[] = [];
  const { version, history, quote } = q.source;
  if (cited.version !== undefined && version === undefined) problems.push(`出处须注明 version（${cited.id} 页面为 ${cited.version} 年版）`);
  if (version !== undefined && cited.version === undefined) {
    // An imported 原文 says its version with --version; without it no question's version can match.
    problems.push(`${cited.id} 页面没有版本，出处不应写 version${cited.fullText ? '（导入原文时请用 --version 写明版本）' : ''}`);
  }
  if (version !== undefined && cited.version !== undefined && version !== cited.version) {
    if (!history) problems.push(`出处是 ${version} 年版，页面是 ${cited.version} 年版：改用页面的版本，或标 history: true 并在题干写明 ${version} 年版`);
    else if (!q.stem.includes(version)) problems.push(`history 题的题干须写明所依据的版本（${version}）`);
  }
  if (history && version === cited.version) problems.push('出处与页面版本相同，不是 history 题');
  if (q.checked && q.fact === undefined && quote === undefined) problems.push('checked: true 须注明依据：方案原文 quote 或 FACTS.md 条目 fact');
  if (!q.checked && q.fact !== undefined) problems.push('有 fact 依据的题应标 checked: true');
  if (quote !== undefined && !cited.fullText) problems.push('quote 只能引用本站收录的原文');
  return problems;
}

/** Problems with a question's answer key, in words. */
function answerProblems(q: Question): string[] {
  switch (q.type) {
    case 'single':
      return letterIndex(q.answer) < q.options.length ? [] : [`答案 ${q.answer} 不是选项之一`];
    case 'multiple': {
      const problems = q.answer.filter((a) => letterIndex(a) >= q.options.length).map((a) => `答案 ${a} 不是选项之一`);
      if (new Set(q.answer).size < 2) problems.push('多选题至少要有两个正确答案');
      if (new Set(q.answer).size !== q.answer.length) problems.push('答案有重复');
      return problems;
    }
    case 'fill': {
      const blanks = q.stem.match(BLANK_PATTERN)?.length ?? 0;
      return blanks === q.answer.length ? [] : [`题干有 ${blanks} 个空（____），答案有 ${q.answer.length} 组`];
    }
    case 'judge':
      return [];
  }
}

/** Checks every bank; questions come back with document and audience resolved. */
export function checkBanks(files: readonly BankInput[], docs: ReadonlyMap<string, DocFacts>): BankCheck {
  const questions: Question[] = [];
  const errors: BankError[] = [];
  const seenIds = new Map<string, string>();
  const seenStems = new Map<string, string>();

  for (const file of files) {
    const bank = bankFileSchema.safeParse(file.data);
    if (!bank.success) {
      errors.push({ path: file.path, message: `文件格式不对：${bank.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}` });
      continue;
    }
    const bankDoc = docs.get(bank.data.document);
    if (!bankDoc) {
      errors.push({ path: file.path, message: `document “${bank.data.document}” 不存在` });
      continue;
    }
    bank.data.questions.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const label = typeof rawId === 'string' ? rawId : `第 ${index + 1} 题`;
      const fail = (message: string) => errors.push({ path: file.path, questionId: label, message });
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error.issues.map((i) => `${i.path.join('.') || '题目'}：${i.message}`).join('；'));
        return;
      }
      const q: Question = { ...parsed.data, document: bankDoc.id, audience: parsed.data.audience ?? bankDoc.audience };
      const before = errors.length;

      if (documentOfId(q.id) !== bankDoc.id) fail(`id 应以 ${bankDoc.id}- 开头`);
      const firstFile = seenIds.get(q.id);
      if (firstFile) fail(`id 重复（另见 ${firstFile}）`);
      seenIds.set(q.id, file.path);
      const stemKey = compactText(q.stem);
      const sameStem = seenStems.get(stemKey);
      if (sameStem) fail(`题干与 ${sameStem} 相同`);
      seenStems.set(stemKey, q.id);

      for (const problem of answerProblems(q)) fail(problem);
      if ('options' in q && new Set(q.options.map(compactText)).size !== q.options.length) fail('选项有重复');

      const citedId = q.source.document ?? bankDoc.id;
      const cited = docs.get(citedId);
      if (!cited) fail(`出处文件 “${citedId}” 不存在`);
      else {
        for (const problem of sourceProblems(q, cited)) fail(problem);
        const resolved = resolveQuestionSource(q, cited);
        if (resolved.kind === 'missing') fail(`出处 ${citedId}#${q.source.anchor} 不存在`);
        else if (cited.fullText && (resolved.kind === 'section' || resolved.kind === 'article')) {
          // A place in a text the repository holds: the words the question rests on are checked.
          const section = cited.sections.get(resolved.anchor) ?? '';
          const quote = q.source.quote;
          if (quote === undefined) {
            if (resolved.kind === 'section') fail('出处是本站收录的原文，须有 quote 引文');
          } else if (!compactText(section).includes(compactText(quote))) fail(`引文“${quote}”不在 ${citedId}#${resolved.anchor} 中`);
        }
      }
      if (errors.length === before) questions.push(q);
    });
  }
  return { questions, errors };
}
