/**
 * The question bank as the quiz pages receive it (`/quiz/bank.json`): questions with where their
 * source is, and the documents they are on. Pure helpers to describe sources and parts.
 */
import type { Question } from '../../schemas/question.ts';
import type { OutlineHeading } from '../doc-outline.ts';
import { numberToChinese } from '../numerals.ts';

/** A question with its source resolved for display. */
export type QuizQuestion = Question & {
  /** Link to the cited place: `/documents/<id>/#<anchor>`, the article where its 原文 is imported (see source-link.ts). */
  href: string;
  /** The cited place in words, e.g. 党章 第十条, 实施方案 第12段. */
  where: string;
  /** The top-level part of the bank's document the cited place lies in, e.g. `sec-3`; for 章节练习. */
  part?: string;
};

/** A document the bank has questions on. */
export interface QuizDocument {
  /** Document id. */
  id: string;
  /** Short title, e.g. 党章. */
  shortTitle: string;
  /** Who must study it. */
  audience: 'all' | 'leaders';
  /** Parts that questions fall in, in document order, for 章节练习. */
  parts: { id: string; label: string }[];
}

/** The whole bank. */
export interface QuizBank {
  documents: QuizDocument[];
  questions: QuizQuestion[];
}

/** The document a question id belongs to: ids are `<document>-<number>`, which the build enforces. */
export function documentOfId(questionId: string): string {
  return questionId.replace(/-\d+$/, '');
}

/** The cited place in words: 第十条, 第12段, 学习要点 3, 第三部分, or the heading's own text. */
export function anchorLabel(anchor: string, headings: readonly OutlineHeading[]): string {
  const heading = headings.find((h) => h.id === anchor);
  const article = /^art-(\d+)$/.exec(anchor);
  if (article) return `第${numberToChinese(Number(article[1]))}条`;
  const paragraph = /^p-(\d+)$/.exec(anchor);
  if (paragraph) return `第${paragraph[1]}段`;
  const point = /^pt-(\d+)$/.exec(anchor);
  if (point) return `学习要点 ${point[1]}`;
  if (heading) return heading.text;
  const part = /^sec-(\d+)$/.exec(anchor);
  return part ? `第${numberToChinese(Number(part[1]))}部分` : anchor;
}

/**
 * The top-level structural heading (one that has headings nested under it) containing `anchor`,
 * or undefined when the anchor sits outside any, such as a preamble paragraph or a guide's article.
 */
export function partOf(anchor: string, headings: readonly OutlineHeading[]): string | undefined {
  const index = headings.findIndex((h) => h.id === anchor);
  if (index < 0) return undefined;
  const top = Math.min(...headings.map((h) => h.depth));
  for (let i = index; i >= 0; i -= 1) {
    const h = headings[i]!;
    if (h.depth !== top) continue;
    const hasChildren = (headings[i + 1]?.depth ?? 0) > h.depth;
    return hasChildren ? h.id : undefined;
  }
  return undefined;
}
