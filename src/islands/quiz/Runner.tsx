import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { isCorrect, type Answer } from '../../lib/quiz/scoring.ts';
import { $quiz, toggleStar } from '../../stores/quiz.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import QuestionView from './QuestionView.tsx';
import type { Contact } from './CorrectionButton.tsx';

const t = translator(quizStrings);

interface Props {
  /** The questions of this round, in order. */
  questions: readonly QuizQuestion[];
  /** Index to start at (where the member stopped last time). */
  startAt?: number;
  /** Records an answer once it is handed in. */
  onResult: (question: QuizQuestion, ok: boolean) => void;
  /** Told whenever another question comes on screen, e.g. to remember the position. */
  onMove?: (index: number) => void;
  /** Who receives 纠错 reports. */
  contact: Contact;
}

/**
 * A round of practice with immediate feedback: answer, see right or wrong with the explanation
 * and source, go on. The round's score is shown at the end.
 */
export default function Runner({ questions, startAt = 0, onResult, onMove, contact }: Props) {
  const quiz = useStore($quiz);
  const [index, setIndex] = useState(Math.min(startAt, Math.max(questions.length - 1, 0)));
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [revealed, setRevealed] = useState<Record<string, boolean>>({});
  const [finished, setFinished] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // A layout effect, so the position is stored in the same task that shows the question: a reload
  // right after moving on still resumes there.
  useLayoutEffect(() => {
    onMove?.(index);
    // Keep keyboard and screen-reader users at the new question, not at the button they pressed.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [index]);

  if (questions.length === 0) return <p class="quiz-empty">{t('quiz.noQuestions')}</p>;

  const done = questions.filter((q) => revealed[q.id]);
  const right = done.filter((q) => isCorrect(q, answers[q.id])).length;

  if (finished) {
    return (
      <section class="quiz-summary" aria-labelledby="round-done">
        <h2 id="round-done" tabIndex={-1} ref={heading}>{t('quiz.round.done')}</h2>
        <p data-round-score>{t('quiz.round.score', { right, total: done.length })}</p>
        <button type="button" class="button" onClick={() => { setFinished(false); setAnswers({}); setRevealed({}); setIndex(0); }}>
          {t('quiz.round.again')}
        </button>
      </section>
    );
  }

  const q = questions[index]!;
  const go = (next: number) => setIndex(Math.max(0, Math.min(questions.length - 1, next)));
  return (
    <div class="runner">
      <h2 class="visually-hidden" tabIndex={-1} ref={heading}>{t('quiz.position', { n: index + 1, total: questions.length })}</h2>
      <progress class="runner-progress" max={questions.length} value={done.length} aria-label={t('quiz.round.progress', { done: done.length, total: questions.length })} />
      <QuestionView
        key={q.id}
        question={q}
        number={index + 1}
        total={questions.length}
        answer={answers[q.id]}
        onAnswer={(a) => setAnswers({ ...answers, [q.id]: a })}
        revealed={revealed[q.id] === true}
        onSubmit={() => {
          setRevealed({ ...revealed, [q.id]: true });
          onResult(q, isCorrect(q, answers[q.id]));
        }}
        starred={quiz.starred.includes(q.id)}
        onStar={() => toggleStar(q.id)}
        contact={contact}
      />
      <nav class="runner-nav" aria-label={t('quiz.round.nav')}>
        <button type="button" class="button secondary" disabled={index === 0} onClick={() => go(index - 1)}>{t('quiz.prev')}</button>
        {index < questions.length - 1 ? (
          <button type="button" class={revealed[q.id] ? 'button' : 'button secondary'} onClick={() => go(index + 1)}>{t('quiz.next')}</button>
        ) : (
          <button type="button" class="button" onClick={() => setFinished(true)}>{t('quiz.round.finish')}</button>
        )}
      </nav>
    </div>
  );
}
