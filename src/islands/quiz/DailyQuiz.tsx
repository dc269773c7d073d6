import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizQuestion } from '../../lib/quiz/quiz-bank.ts';
import { beijingDay } from '../../lib/dates.ts';
import { dailyQuestionIds, dailyStreak } from '../../lib/quiz/daily.ts';
import { isAnswered, isCorrect, type Answer } from '../../lib/quiz/scoring.ts';
import { $quiz, completeDaily, toggleStar } from '../../stores/quiz.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizDailyStrings from 'virtual:zh-CN/quizDaily';
import { useQuizBank } from './use-quiz-bank.ts';
import BankStatus from './BankStatus.tsx';
import QuestionView from './QuestionView.tsx';
import type { Contact } from './CorrectionButton.tsx';

const t = translator({ ...quizStrings, ...quizDailyStrings });

/** How often the page looks at the clock, so passing Beijing midnight is noticed without a click. */
const CLOCK_CHECK_MS = 30_000;

/**
 * 每日一练: the same five questions for every member on a Beijing day. The first hand-in of the
 * day counts; afterwards the day shows its result and the answers given. A set being answered
 * when Beijing midnight passes stays on screen with its answers: the member is told the day
 * changed and chooses to hand it in (counted for the day it was started) or to start today's.
 */
export default function DailyQuiz({ contact }: { contact: Contact }) {
  const state = useQuizBank();
  const quiz = useStore($quiz);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  // The Beijing day whose set the member started answering; kept across midnight.
  const [started, setStarted] = useState<string | undefined>();
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), CLOCK_CHECK_MS);
    return () => clearInterval(timer);
  }, []);
  if (state.status !== 'ready') return <BankStatus state={state} />;

  const today = beijingDay(new Date());
  // Answers in progress for a day not yet handed in keep that day's set on screen.
  const pending = started !== undefined && Object.keys(answers).length > 0 && !quiz.daily[started];
  const day = pending ? started : today;
  const dayChanged = pending && started !== today;
  const record = quiz.daily[day];
  const byId = new Map(state.bank.questions.map((q) => [q.id, q]));
  const ids = record?.questions ?? dailyQuestionIds(state.bank.questions.filter((q) => q.audience === 'all').map((q) => q.id), day);
  const questions = ids.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  const shown = record ? record.answers : answers;
  const days = Object.keys(quiz.daily).sort().reverse();
  const ready = questions.every((q) => isAnswered(q, shown[q.id]));

  return (
    <div class="daily">
      <p class="daily-streak" data-streak={dailyStreak(days, today)}>{t('quiz.daily.streak', { n: dailyStreak(days, today), day: today })}</p>
      {dayChanged && (
        <div class="notice daily-day-changed" role="status" data-daily-day-changed>
          <p>{t('quiz.daily.dayChanged', { today, day })}</p>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              setAnswers({});
              setStarted(undefined);
            }}
          >
            {t('quiz.daily.startToday')}
          </button>
        </div>
      )}
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
              onAnswer={(a) => {
                if (!pending) setStarted(day);
                setAnswers({ ...answers, [q.id]: a });
              }}
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
              // Counted for the day the set was started, even when handed in after midnight.
              completeDaily(day, ids, answers, results);
            }}
          >
            {dayChanged ? t('quiz.daily.submitFor', { day }) : t('quiz.daily.submit')}
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
