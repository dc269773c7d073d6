import { beijingDay } from '../lib/dates.ts';
import { DAILY_COUNT, dailyStreak } from '../lib/quiz/daily.ts';
import { $quiz, EMPTY_QUIZ } from '../stores/quiz.ts';
import { translator } from '../i18n/translator.ts';
import homeStrings from 'virtual:zh-CN/home';
import { useClientStore, useMounted } from './use-client-store.ts';

const t = translator(homeStrings);

/**
 * 今天: the day's 每日一练 with the member's run of days, in encouraging words. Today is known only
 * in the browser, so the page is built with the "not done yet" wording, which has the same lines
 * and button as every other state (no layout shift when the member's record arrives).
 */
export default function HomeToday() {
  const quiz = useClientStore($quiz, EMPTY_QUIZ);
  const today = useMounted() ? beijingDay(new Date()) : null;

  const record = today ? quiz.daily[today] : undefined;
  const streak = today ? dailyStreak(Object.keys(quiz.daily), today) : 0;
  return (
    <section class="card home-today" aria-labelledby="home-today-title">
      <h2 id="home-today-title" class="card-title">{t('home.today.title')}</h2>
      <p class="home-today-daily" data-daily-today={record ? 'done' : 'open'}>
        {record ? t('home.today.dailyDone', { right: record.correct, total: record.questions.length }) : t('home.today.dailyOpen', { n: DAILY_COUNT })}
      </p>
      <p class="home-today-streak muted" data-home-streak={streak}>
        {streak === 0 ? t('home.today.streakNone') : record ? t('home.today.streak', { n: streak }) : t('home.today.streakKeep', { n: streak, next: streak + 1 })}
      </p>
      <a class={`button${record ? ' secondary' : ''}`} href="/quiz/daily/">
        {record ? t('home.today.review') : t('home.today.start')}
      </a>
    </section>
  );
}
