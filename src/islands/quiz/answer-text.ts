import { OPTION_LETTERS } from '../../schemas/question-vocabulary.ts';
import type { Question } from '../../schemas/question.ts';
import type { Answer } from '../../lib/quiz/scoring.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';

const t = translator(quizStrings);

/** The right answer in words, e.g. “B. 每月 7 日”, “A、C”, “正确”, “七一”. */
export function correctAnswerText(q: Question): string {
  switch (q.type) {
    case 'single':
      return `${q.answer}. ${q.options[OPTION_LETTERS.indexOf(q.answer)] ?? ''}`;
    case 'multiple':
      return [...q.answer].sort().join('、');
    case 'judge':
      return q.answer ? t('quiz.judge.true') : t('quiz.judge.false');
    case 'fill':
      return q.answer.map((alternatives) => alternatives[0]).join('；');
  }
}

/** A given answer in words, for reviews; 未作答 when empty. */
export function givenAnswerText(q: Question, a: Answer | undefined): string {
  if (a === undefined || (Array.isArray(a) && a.every((x) => x.trim() === ''))) return t('quiz.unanswered');
  if (typeof a === 'boolean') return a ? t('quiz.judge.true') : t('quiz.judge.false');
  if (Array.isArray(a)) return q.type === 'fill' ? a.join('；') : [...a].sort().join('、');
  return a;
}
