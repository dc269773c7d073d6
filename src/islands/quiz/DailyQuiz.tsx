import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { beijingDay } from '../../lib/dates.ts';
import { dailyQuestionIds, dailyStreak } from '../../lib/quiz/daily.ts';
import { isAnswered, isCorrect, type Answer } from '../../lib/quiz/scoring.ts';
import { $quiz, completeDaily, toggleStar } from '../../stores/quiz.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import { useQuizBank } from './use-quiz-bank.ts';
import BankStatus from './BankStatus.tsx';
import QuestionView from './QuestionView.tsx';
import type { Contact } from './CorrectionButton.tsx';

const t = translator(quizStrings);

/**
 * 每日一练: the same five questions for every member on a Beijing day. The first hand-in of the
 * day counts; afterwards the day shows its result and the answers given.
 */
export default function DailyQuiz({ contact }: { contact: Contact }) {
  const state = useQuizBank();
  const quiz = useStore($quiz);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  if (state.status !== 'ready') return <BankStatus state={state} />;

  const today = beijingDay(new Date());
  const record = quiz.daily[today];
  const byId = new Map(state.bank.questions.map((q) => [q.id, q]));
  const ids = record?.questions ?? dailyQuestionIds(state.bank.questions.filter((q) => q.audience === 'all').map((q) => q.id), today);
  const questions = ids.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  const shown = record ? record.answers : answers;
  const days = Object.keys(quiz.daily).sort().reverse();
  const ready = questions.every((q) => isAnswered(q, shown[q.id]));

  return (
    <div class="daily">
      <p class="daily-streak" data-streak={dailyStreak(days, today)}>{t('quiz.daily.streak', { n: dailyStreak(days, today), day: today })}</p>
      {record && (
        <p class="daily-done" role="status" data-daily-done>{t('quiz.daily.done', { right: record.correct, total: record.questions.length })}</p>
      )}
      <ol class="daily-list">
        {questions.map((q, i) => (
          <li key={q.id}>
            <QuestionView
              question={q}
              number={i + 1}
              total={questions.length}
              answer={shown[q.id]}
              onAnswer={(a) => setAnswers({ ...answers, [q.id]: a })}
              revealed={record !== undefined}
              starred={quiz.starred.includes(q.id)}
              onStar={() => toggleStar(q.id)}
              contact={contact}
            />
          </li>
        ))}
      </ol>
      {!record && (
        <>
          {!ready && <p class="hint">{t('quiz.daily.answerAll')}</p>}
          <button
            type="button"
            class="button"
            disabled={!ready}
            onClick={() => {
              const results = Object.fromEntries(questions.map((q) => [q.id, isCorrect(q, answers[q.id])]));
              completeDaily(today, ids, answers, results);
            }}
          >
            {t('quiz.daily.submit')}
          </button>
        </>
      )}
      <section aria-labelledby="daily-history">
        <h2 id="daily-history">{t('quiz.daily.history')}</h2>
        {days.length === 0 ? (
          <p>{t('quiz.daily.noHistory')}</p>
        ) : (
          <ul class="daily-history">
            {days.slice(0, 60).map((day) => (
              <li key={day}>{t('quiz.daily.historyItem', { day, right: quiz.daily[day]!.correct, total: quiz.daily[day]!.questions.length })}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
