import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../schemas/site-config.ts';
import { homeSummary } from '../../lib/plan/month-view.ts';
import { beijingDay } from '../../lib/dates.ts';
import { useStore } from '@nanostores/preact';
import { $planProgress } from '../../stores/plan-progress.ts';
import { $settings } from '../../stores/settings.ts';
import { translator } from '../../i18n/translator.ts';
import homeStrings from 'virtual:zh-CN/home';
import planStrings from 'virtual:zh-CN/plan';
import DutiesChecklist from './DutiesChecklist.tsx';
import PlanLoadError from './PlanLoadError.tsx';
import { usePlanData } from './use-plan-data.ts';
import { dayWords, eventKindWords, timeWords } from './plan-words.ts';

const t = translator({ ...homeStrings, ...planStrings });

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
}

/** Titles and dates of every year's plan, built with the site. */
export const HOME_PLANS_URL = '/plan/home.json';

/** How many tasks left this month the card lists by name; the rest are on /plan/. */
const LISTED = 3;

/**
 * Home: 本月任务 (what is left this month, the next 党员活动日 and the next 三会一课), and for
 * leading cadres the year's 三带头 checklist. It encourages: no lateness on home, earlier months'
 * open tasks are listed on /plan/. Today is known only in the browser, so the page
 * is built with a loading line.
 */
export default function PlanHome({ roles }: Props) {
  const data = usePlanData(HOME_PLANS_URL);
  // The server renders only the loading line, so stored values can be read straight away.
  const settings = useStore($settings);
  const progress = useStore($planProgress);
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(beijingDay(new Date())), []);

  if (!today || data.status !== 'ready') {
    return (
      <section class="card plan-home" aria-labelledby="home-plan-title">
        <h2 id="home-plan-title" class="card-title">{t('home.plan.title')}</h2>
        {data.status === 'error' ? <PlanLoadError retry={data.retry} /> : <p class="muted">{t('home.plan.loading')}</p>}
      </section>
    );
  }
  const { plans } = data;

  const role = roles.find((r) => r.id === settings.role);
  const track = role?.track ?? 'leaders';
  const summary = homeSummary(plans, track, progress.tasks, today);
  const { month } = summary;
  const left = month.tasks.filter((r) => !r.doneAt);
  const year = Number(today.slice(0, 4));
  const duties = role?.track === 'leaders' ? (plans.find((p) => p.year === year)?.duties ?? []).filter((d) => (d.roles ? d.roles.includes(role.id) : true)) : [];
  const meeting = summary.nextMeeting;
  const meetingTime = meeting ? timeWords(meeting) : undefined;

  return (
    <>
      <section class="card plan-home" aria-labelledby="home-plan-title">
        <h2 id="home-plan-title" class="card-title">{t('home.plan.title')}</h2>
        <p data-home-plan-left={month.left} data-home-plan-total={month.total}>
          {!month.plan
            ? t('home.plan.noPlan')
            : month.total === 0
              ? t('home.plan.none')
              : month.left === 0
                ? t('home.plan.allDone', { total: month.total })
                : t('home.plan.left', { left: month.left, total: month.total })}
        </p>
        {left.length > 0 && (
          <ul class="plan-home-tasks">
            {left.slice(0, LISTED).map((r) => (
              <li key={r.task.id}>
                <span>{r.task.title}</span>
                <span class="muted"> · {t('plan.task.due', { date: dayWords(r.task.due, false) })}</span>
                {r.dueToday && <span class="tag">{t('home.plan.dueToday')}</span>}
              </li>
            ))}
          </ul>
        )}
        <dl class="plan-next">
          <div>
            <dt>{t('home.plan.nextActivity')}</dt>
            <dd data-next-activity={summary.nextActivity.date}>
              {dayWords(summary.nextActivity.date)}
              {summary.nextActivity.isToday && <span class="tag accent">{t('home.plan.today')}</span>}
              {summary.nextActivity.theme && <span class="muted"> · {summary.nextActivity.theme}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('home.plan.nextMeeting')}</dt>
            <dd data-next-meeting={meeting?.date ?? ''}>
              {meeting ? (
                <>
                  {dayWords(meeting.date)}
                  {meetingTime && ` ${meetingTime}`} · {eventKindWords(meeting)}
                  <span class="muted"> · {meeting.title}</span>
                </>
              ) : (
                t('home.plan.noMeeting')
              )}
            </dd>
          </div>
        </dl>
        <p><a href="/plan/">{t('home.plan.link')}</a></p>
      </section>
      {duties.length > 0 && <DutiesChecklist year={year} duties={duties} />}
    </>
  );
}
