/**
 * Marking a member's answer against a question's key. Pure, so the practice page, the exam and
 * the wrong book all mark the same way.
 */
import { BLANK_PATTERN, OPTION_LETTERS } from '../../schemas/question-vocabulary.ts';
import type { Question } from '../../schemas/question.ts';

/**
 * A member's answer. 单选: one letter (`'B'`); 多选: letters (`['A', 'C']`); 判断: a boolean;
 * 填空: one string per blank, in order.
 */
export type Answer = string | string[] | boolean;

// Punctuation a member may type around a blank's words without changing them. Half-width forms
// are listed too because NFKC has already turned the full-width ones (，．；：！？) into them.
const EDGE_PUNCTUATION = /^[。，、．.,;；:：!！?？“”‘’"']+|[。，、．.,;；:：!！?？“”‘’"']+$/gu;

/**
 * A blank's text reduced to what matters for marking: NFKC (so `７日` reads as `7日`), no white
 * space at all, lower case, and no punctuation at either end (so ` 三会一课 。` reads as `三会一课`).
 */
export function normalizeFill(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase().replace(EDGE_PUNCTUATION, '');
}

/** How many option letters a question offers (0 for 判断 and 填空). */
function optionCount(q: Question): number {
  return 'options' in q ? q.options.length : 0;
}

/** Whether `value` is one of the letters this question actually shows. */
function isOfferedLetter(q: Question, value: unknown): value is string {
  const index = OPTION_LETTERS.indexOf(value as (typeof OPTION_LETTERS)[number]);
  return index >= 0 && index < optionCount(q);
}

/** Number of blanks a 填空 answer must fill: one per answer group (the bank check ties it to the stem). */
function blankCount(q: Question & { type: 'fill' }): number {
  return q.answer.length;
}

/**
 * Whether a stored value has the right shape for `q`, so an answer saved before the bank changed
 * (fewer options, another type, a blank more or less) is dropped instead of being marked.
 * An empty 多选 array is a valid shape: it is what remains after every box is unticked.
 */
export function isAnswerShape(q: Question, a: unknown): a is Answer {
  switch (q.type) {
    case 'single':
      return isOfferedLetter(q, a);
    case 'multiple':
      return Array.isArray(a) && a.every((letter) => isOfferedLetter(q, letter)) && new Set(a).size === a.length;
    case 'judge':
      return typeof a === 'boolean';
    case 'fill':
      return Array.isArray(a) && a.length === blankCount(q) && a.every((blank) => typeof blank === 'string');
  }
}

/** Whether the member has given a complete answer: a letter, at least one letter, true/false, or every blank filled. */
export function isAnswered(q: Question, a: Answer | undefined): boolean {
  if (a === undefined || !isAnswerShape(q, a)) return false;
  switch (q.type) {
    case 'single':
    case 'judge':
      return true;
    case 'multiple':
      return (a as string[]).length > 0;
    case 'fill':
      return (a as string[]).every((blank) => blank.trim() !== '');
  }
}

/**
 * Whether the answer is right. 多选 is all-or-nothing (the same set of letters, in any order);
 * each 填空 blank must match one of its accepted wordings after {@link normalizeFill}.
 */
export function isCorrect(q: Question, a: Answer | undefined): boolean {
  if (a === undefined || !isAnswerShape(q, a)) return false;
  switch (q.type) {
    case 'single':
    case 'judge':
      return a === q.answer;
    case 'multiple': {
      const given = new Set(a as string[]);
      const key = new Set(q.answer);
      return given.size === key.size && [...key].every((letter) => given.has(letter));
    }
    case 'fill':
      return q.answer.every((accepted, i) => {
        const given = normalizeFill((a as string[])[i]!);
        return given !== '' && accepted.some((wording) => normalizeFill(wording) === given);
      });
  }
}

/** Number of blanks (`____`) in a 填空 stem, for sizing the inputs before any answer exists. */
export function stemBlankCount(stem: string): number {
  return stem.match(BLANK_PATTERN)?.length ?? 0;
}
