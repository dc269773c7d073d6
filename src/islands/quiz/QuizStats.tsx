import { quizStats } from '../../lib/quiz/stats.ts';
import { dailyStreak } from '../../lib/quiz/daily.ts';
import { dueIds } from '../../lib/quiz/wrong-book.ts';
import { documentOfId } from '../../lib/quiz/quiz-bank.ts';
import { beijingDay } from '../../lib/dates.ts';
import { translator } from '../../i18n/translator.ts';
import quizStrings from 'virtual:zh-CN/quiz';
import quizStatsStrings from 'virtual:zh-CN/quizStats';
import { useClientStore } from '../use-client-store.ts';
import { $quiz, EMPTY_QUIZ } from '../../stores/quiz.ts';

const t = translator({ ...quizStrings, ...quizStatsStrings });

interface Props {
  /** Short title of each document, from the build, so the page needs no bank download. */
  titles: Record<string, string>;
}

/** 学习测试 at a glance: answered, accuracy overall and per document, daily streak, exams passed, 错题 due. */
export default function QuizStats({ titles }: Props) {
  const quiz = useClientStore($quiz, EMPTY_QUIZ);
  const stats = quizStats(quiz.attempts, (id) => (titles[documentOfId(id)] ? documentOfId(id) : undefined), quiz.summary);
  const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
  const now = new Date();
  const figures = [
    [t('quiz.stats.answered'), String(stats.answered)],
    [t('quiz.stats.accuracy'), percent(stats.accuracy)],
    [t('quiz.stats.streak'), t('quiz.stats.days', { n: dailyStreak(Object.keys(quiz.daily), beijingDay(now)) })],
    [t('quiz.stats.exams'), t('quiz.stats.examsValue', { passed: quiz.exams.filter((e) => e.passed).length, total: quiz.exams.length })],
    [t('quiz.stats.wrongDue'), String(dueIds(quiz.wrong, now).length)],
    [t('quiz.stats.starred'), String(quiz.starred.length)],
  ] as const;
  const rows = Object.entries(stats.byDocument).filter(([doc]) => doc !== '');
  return (
    <section class="quiz-stats" aria-labelledby="quiz-stats-title">
      <h2 id="quiz-stats-title">{t('quiz.stats.title')}</h2>
      <dl class="stat-grid">
        {figures.map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {rows.length > 0 && (
        <table class="quiz-by-doc">
          <caption>{t('quiz.stats.byDocument')}</caption>
          <thead><tr><th scope="col">{t('quiz.document')}</th><th scope="col">{t('quiz.stats.answered')}</th><th scope="col">{t('quiz.stats.accuracy')}</th></tr></thead>
          <tbody>
            {rows.map(([doc, s]) => (
              <tr key={doc}><th scope="row">{titles[doc] ?? doc}</th><td>{s.answered}</td><td>{percent(s.answered ? s.correct / s.answered : null)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
