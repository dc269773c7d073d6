import { daysInMonth, examFigures, latestSelfcheck, monthOf, studySeries, summarizeSeries, tasksDone } from '../../lib/archive/dashboard.ts';
import { countItems } from '../../lib/action/rectify-list.ts';
import { isForTrack } from '../../lib/study-list.ts';
import { learnedCount } from '../../lib/reading-progress.ts';
import { beijingDay, formatPartialDate } from '../../lib/dates.ts';
import { translator } from '../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import StudyChart from './StudyChart.tsx';
import { formatDuration } from './duration.ts';
import type { ComponentChild } from 'preact';
import type { ArchiveProps } from './types.ts';
import { useArchiveStores } from './use-archive-stores.ts';
import { useArchiveDocs } from './use-archive-docs.ts';
import DocListError from './DocListError.tsx';

const t = translator(archiveStrings);

/** One figure of the overview: label, value and where to see more. */
interface Figure {
  id: string;
  label: string;
  value: ComponentChild;
  href?: string;
}

/**
 * The 学习档案 overview: study time over the last 90 days and the figures the branch looks at
 * (学习考勤 and 学习测试 among them), all by Beijing day. Everything comes from this browser's
 * stores, which the server does not have: the page is built with the empty stores on the day of
 * the build, the same layout a new member sees, and the member's figures replace it once mounted.
 * The documents come from the cached /documents.json once mounted; until then their figure says
 * it is counting.
 */
export default function ArchiveDashboard({ roles, tasks, builtDay }: Omit<ArchiveProps, 'unitName' | 'docs'> & { builtDay: string }) {
  const { mounted, activity, reading, settings, quiz, notes, plan, selfcheck, rectify } = useArchiveStores();
  const docs = useArchiveDocs(true, false);
  const now = mounted ? new Date() : new Date(`${builtDay}T12:00:00+08:00`);
  const today = mounted ? beijingDay(now) : builtDay;
  const month = monthOf(today);
  const role = roles.find((r) => r.id === settings.role);
  const track = role?.track ?? 'all';
  const mine = docs.status === 'ready' ? docs.value.filter((d) => isForTrack(d.audience, track)) : [];
  const series = studySeries(activity.days, today, 90);
  const week = summarizeSeries(series.slice(-7)).total;
  const exams = examFigures(quiz.exams);
  const planMonth = tasksDone(tasks, plan.tasks, track, Number(today.slice(0, 4)), Number(today.slice(5, 7)));
  const check = latestSelfcheck(selfcheck.checks);
  const rectifyCounts = countItems(rectify.items, now);
  const none = t('archive.none');

  const figures: Figure[] = [
    { id: 'today', label: t('archive.studyToday'), value: formatDuration(activity.days[today] ?? 0) },
    { id: 'week', label: t('archive.studyWeek'), value: formatDuration(week) },
    {
      id: 'docs',
      label: t('archive.docsDone'),
      value:
        docs.status === 'ready'
          ? t('archive.docsDoneValue', { done: learnedCount(reading, mine.map((d) => d.id)), total: mine.length })
          : docs.status === 'error'
            ? <DocListError retry={docs.retry} />
            : t('archive.docsDonePending'),
      href: '/study/',
    },
    // Always listed, so the built page and the member's have the same figures.
    { id: 'tasks', label: t('archive.tasks'), value: planMonth.total > 0 ? t('archive.tasksValue', planMonth) : t('archive.tasksNone'), href: '/plan/' },
    { id: 'daily', label: t('archive.daily'), value: t('archive.days', { n: daysInMonth(Object.keys(quiz.daily), month) }), href: '/quiz/daily/' },
    { id: 'exam-best', label: t('archive.examBest'), value: exams.best ? t('archive.percent', { n: exams.best.percent }) : none, href: '/quiz/exam/' },
    {
      id: 'exam-latest',
      label: t('archive.examLatest'),
      value: exams.latest ? t('archive.examLatestValue', { percent: exams.latest.percent, day: formatPartialDate(beijingDay(new Date(exams.latest.finishedAt))) }) : none,
      href: '/quiz/exam/',
    },
    { id: 'wrong', label: t('archive.wrong'), value: t('archive.wrongValue', { n: Object.keys(quiz.wrong).length }), href: '/quiz/wrong/' },
    {
      id: 'selfcheck',
      label: t('archive.selfcheck'),
      value: check ? t('archive.selfcheckValue', { day: formatPartialDate(check.record.day), gaps: check.gaps }) : none,
      href: '/action/selfcheck/',
    },
    { id: 'rectify-open', label: t('archive.rectifyOpen'), value: t('archive.items', { n: rectifyCounts.open }), href: '/action/rectify/' },
    { id: 'rectify-overdue', label: t('archive.rectifyOverdue'), value: t('archive.items', { n: rectifyCounts.overdue }), href: '/action/rectify/' },
    { id: 'notes', label: t('archive.notes'), value: t('archive.notesValue', { n: Object.keys(notes.notes).length }), href: '#archive-notes' },
  ];

  return (
    <div class="archive-dashboard">
      <p class="archive-role">
        {role ? t('archive.role', { role: role.name }) : <>{t('archive.noRole')} <a href="/">{t('archive.chooseRole')}</a></>}
      </p>
      <section aria-labelledby="archive-figures">
        <h2 id="archive-figures">{t('archive.figures')}</h2>
        <dl class="archive-figures">
          {figures.map((f) => (
            <div key={f.id} data-figure={f.id}>
              <dt>{f.href ? <a href={f.href}>{f.label}</a> : f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="archive-chart">
        <h2 id="archive-chart">{t('archive.chart.title')}</h2>
        <StudyChart series={series} />
        <p class="muted archive-how">{t('archive.chart.howCounted')}</p>
      </section>
    </div>
  );
}
