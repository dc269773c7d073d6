/**
 * Checks the question banks against each other and against the documents they cite, so a wrong
 * answer key, a dead source link or a misquoted plan fails the build instead of reaching members.
 * Pure: the caller reads the files and describes the documents.
 */
import { bankFileSchema, BLANK_PATTERN, OPTION_LETTERS, questionSchema, type Question } from '../../schemas/question.ts';
import { compactText } from './section-text.ts';
import { documentOfId } from './quiz-bank.ts';

/** What the checker needs to know about one document. */
export interface DocFacts {
  /** Document id. */
  id: string;
  /** Who must study it; questions inherit it. */
  audience: 'all' | 'leaders';
  /** True when the repository holds its text, so anchors and quotes can be checked exactly. */
  fullText: boolean;
  /** Number of 条, where verified. */
  articles?: number;
  /** Number of numbered parts, for texts without 条. */
  parts?: number;
  /** Readable text under each heading id on its page. */
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

/** Whether `anchor` names a place on the document's page (or, for a guide, in the official text). */
export function anchorExists(doc: DocFacts, anchor: string): boolean {
  if (doc.sections.has(anchor)) return true;
  if (doc.fullText) return false;
  const article = /^art-(\d+)$/.exec(anchor);
  if (article) return doc.articles === undefined || Number(article[1]) <= doc.articles;
  const part = /^sec-(\d+)$/.exec(anchor);
  return part !== null && doc.parts !== undefined && Number(part[1]) <= doc.parts;
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
      else if (!anchorExists(cited, q.source.anchor)) fail(`出处 ${citedId}#${q.source.anchor} 不存在`);
      else if (cited.fullText && q.source.quote !== undefined) {
        const section = cited.sections.get(q.source.anchor) ?? '';
        if (!compactText(section).includes(compactText(q.source.quote))) fail(`引文“${q.source.quote}”不在 ${citedId}#${q.source.anchor} 中`);
      }
      // Where the text is in the repository, a question must show the words it rests on.
      if ((cited?.fullText || bankDoc.fullText) && q.source.quote === undefined) fail('出处是本站收录的原文，须有 quote 引文');
      if (errors.length === before) questions.push(q);
    });
  }
  return { questions, errors };
}
