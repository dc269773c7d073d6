import { z } from 'zod';

import { OPTION_LETTERS } from './question-vocabulary.ts';

export { QUESTION_TYPES, OPTION_LETTERS, BLANK_PATTERN, type QuestionType } from './question-vocabulary.ts';

const letter = z.enum(OPTION_LETTERS);
const text = z.string().trim().min(1);

/** Where a question comes from: the basis a member can open and check. */
export const questionSourceSchema = z.strictObject({
  /** Document id under `content/documents/`; defaults to the bank's own document. */
  document: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  /**
   * The version of the text the fact rests on, by year, e.g. `2019`; required when the cited
   * document has a `version`. It must equal the page's version unless {@link history} is set.
   */
  version: z.string().regex(/^\d{4}$/, 'version 应为年份，如 2019').optional(),
  /**
   * The article (第n条) of that version the fact is in, where known. When the branch imports the
   * 原文 of the same version, the question's link goes to `#art-<n>` instead of {@link anchor}.
   */
  article: z.number().int().positive().optional(),
  /**
   * Anchor on our page that shows the fact: a guide's 学习要点 `pt-<n>` or one of its heading ids
   * (e.g. `文件结构`), or on a full text `p-<n>` (段), `sec-<n>` / `sec-<n>-<m>` (部分), `art-<n>` (条).
   */
  anchor: z.string().regex(/^[\p{Script=Han}a-z0-9]+(-[\p{Script=Han}a-z0-9]+)*$/u, 'anchor 应为 pt-<n>、art-<n>、sec-<n>、p-<n> 或导读的标题 id'),
  /**
   * True for a question about an older version than the page presents (e.g. the 2015 试行 text on
   * the 2019 page); its stem must name that version's year, so the member knows which text is meant.
   */
  history: z.literal(true).optional(),
  /** Words copied exactly from the cited section; checked by the build where the text is in the repository. */
  quote: text.optional(),
});

/**
 * An item of the fact sheet (FACTS.md) a question rests on: a section id (`C4`, `D2`, `F1`), a
 * numbered row or 学习要点 of it (`A5`, `C1.6` = 学习要点 6 of C1), a term of section B (`B.三会一课`),
 * or `audit` for the “Audit of 2026-12-05” status changes.
 */
export const factIdSchema = z.string().regex(/^(?:[A-H]\d*(?:\.\d+)?|B\.[\p{Script=Han}]+|audit)$/u, 'fact 应为 FACTS.md 的条目号，如 C4、C1.6、B.三会一课、audit');

const common = {
  /** Stable id, never reused: `<document>-<number>`, e.g. `plan-012`. Progress is keyed on it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*-\d{3,}$/, 'id 应为 <文件 id>-<三位以上编号>'),
  /** The question as the member reads it. For 填空, each blank is `____`. */
  stem: text,
  /** Why the answer is right, in our own words (never presented as 原文). */
  explanation: text,
  /** 1 易, 2 中, 3 难. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  /** Free topic tags, e.g. 三会一课, 党员活动日. */
  tags: z.array(text).default([]),
  /** Who is asked it; defaults to the document's own audience. */
  audience: z.enum(['all', 'leaders']).optional(),
  /** The basis of the question. */
  source: questionSourceSchema,
  /**
   * True only where the fact is a quote of the plan (verified at build, see `source.quote`) or a ✅
   * item of FACTS.md (named in {@link fact}); false shows 待核 so the branch reviews it. No default.
   */
  checked: z.boolean(),
  /** The ✅ FACTS.md item a checked question rests on, when it is not a plan quote. */
  fact: factIdSchema.optional(),
};

/** 单选: exactly one right option. */
export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('single'),
  /** Option texts, shown as A, B, C… in this order. */
  options: z.array(text).min(2).max(6),
  /** The right option's letter. */
  answer: letter,
});

/** 多选: two or more right options, scored all-or-nothing. */
export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  /** Option texts, shown as A, B, C… in this order. */
  options: z.array(text).min(3).max(6),
  /** Letters of every right option. */
  answer: z.array(letter),
});

/** 判断: a statement that is right or wrong. */
export const judgeQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('judge'),
  /** true when the statement is right. */
  answer: z.boolean(),
});

/** 填空: one or more blanks, each with its accepted wordings. */
export const fillQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('fill'),
  /** One list per blank, in order: every wording accepted for that blank. */
  answer: z.array(z.array(text).min(1)).min(1),
});

/** One question, as written in a bank. */
export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  judgeQuestionSchema,
  fillQuestionSchema,
]);

/** One YAML file under `content/questions/`: the questions on one document. */
export const bankFileSchema = z.strictObject({
  /** The document these questions are on (`content/documents/<id>.mdx`). */
  document: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Its questions, in study order. */
  questions: z.array(z.unknown()),
});

/** A question as written. */
export type BankQuestion = z.output<typeof questionSchema>;

/** A question as the site uses it: document and audience resolved. */
export type Question = BankQuestion & {
  /** Document id of the bank the question is in. */
  document: string;
  /** Resolved audience. */
  audience: 'all' | 'leaders';
};
