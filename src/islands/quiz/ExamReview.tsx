import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizBank, QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { scoreExam } from '../../lib/quiz/exam-paper.ts';
import { isAnswered } from '../../lib/quiz/scoring.ts';
import type { ExamResult } from '../../schemas/quiz-state.ts';
import { $quiz, toggleStar } from '../../stores/quiz.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizExamStrings from 'virtual:zh-CN/quizExam';
import QuestionView from './QuestionView.tsx';
import { givenAnswerText } from './answer-text.ts';
import type { Contact } from './CorrectionButton.tsx';

const t = translator({ ...quizStrings, ...quizExamStrings });

interface Props {
  bank: QuizBank;
  result: ExamResult;
  contact: Contact;
  onBack: () => void;
}

/** An exam's result: score, pass or fail, per-document breakdown and every question with its answer. */
export default function ExamReview({ bank, result, contact, onBack }: Props) {
  const starred = useStore($quiz).starred;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = result.questions.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  const byDocument = scoreExam(questions, result.answers, result.passPercent).byDocument;
  const title = (id: string) => bank.documents.find((d) => d.id === id)?.shortTitle ?? id;
  const skipped = questions.flatMap((q, i) => (isAnswered(q, result.answers[q.id]) ? [] : [i + 1]));
  return (
    <section class="exam-result" aria-labelledby="exam-result-title">
      <h2 id="exam-result-title" tabIndex={-1} ref={heading}>{t('quiz.exam.resultTitle')}</h2>
      <p class={result.passed ? 'exam-verdict passed' : 'exam-verdict failed'} data-exam-percent={result.percent}>
        <strong>{result.passed ? t('quiz.exam.passed') : t('quiz.exam.failed')}</strong>
        {t('quiz.exam.score', { right: result.correct, total: result.total, percent: result.percent, pass: result.passPercent })}
        {result.timedOut && <span>{t('quiz.exam.timedOut')}</span>}
      </p>
      {skipped.length > 0 && (
        <p class="exam-unanswered" data-unanswered={skipped.length}>
          {t('quiz.exam.unanswered', { n: skipped.length, list: skipped.join('、') })}
        </p>
      )}
      <table class="exam-breakdown">
        <caption>{t('quiz.exam.byDocument')}</caption>
        <thead>
          <tr><th scope="col">{t('quiz.document')}</th><th scope="col">{t('quiz.exam.right')}</th><th scope="col">{t('quiz.exam.total')}</th></tr>
        </thead>
        <tbody>
          {Object.entries(byDocument).map(([doc, s]) => (
            <tr key={doc}><th scope="row">{title(doc)}</th><td>{s.correct}</td><td>{s.total}</td></tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="button secondary" onClick={onBack}>{t('quiz.exam.back')}</button>
      <h3>{t('quiz.exam.fullReview')}</h3>
      <ol class="exam-review">
        {questions.map((q, i) => (
          <li key={q.id}>
            <p class="exam-given">{t('quiz.exam.given', { answer: givenAnswerText(q, result.answers[q.id]) })}</p>
            <QuestionView
              question={q}
              number={i + 1}
              total={questions.length}
              answer={result.answers[q.id]}
              onAnswer={() => {}}
              revealed
              starred={starred.includes(q.id)}
              onStar={() => toggleStar(q.id)}
              contact={contact}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
