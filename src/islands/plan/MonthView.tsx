import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Role } from '../../schemas/site-config.ts';
import type { ClientPlan } from '../../lib/plan/client-plan.ts';
import { homeSummary, monthView, openingMonth, stepMonth } from '../../lib/plan/month-view.ts';
import { beijingDay } from '../../lib/dates.ts';
import { $planProgress, markTaskDone } from '../../stores/plan-progress.ts';
import { $settings } from '../../stores/settings.ts';
import UndoNotice from '../common/UndoNotice.tsx';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import planStrings from 'virtual:zh-CN/plan';
import EventLine from './EventLine.tsx';
import PlanLoadError from './PlanLoadError.tsx';
import { usePlanData } from './use-plan-data.ts';
import TaskItem from './TaskItem.tsx';
import { dayWords } from './plan-words.ts';

const t = translator({ ...commonStrings, ...planStrings });

interface Props {
  /** Roles from site.config.ts. */
  roles: Role[];
}

/** Where the month view's plan data is built. */
export const PLANS_URL = '/plan/plans.json';

/**
 * The month view of /plan/: this month (Beijing time) by default, with previous and next; the
 * member's tasks with ticks, what is left and overdue, the 党员活动日 with its theme, 三会一课
 * and other dated items. "This month" is only known in the browser, so the page is built with a
 * loading line that the first client render replaces.
 */
export default function MonthView({ roles }: Props) {
  const data = usePlanData(PLANS_URL);
  if (data.status === 'loading') return <p class="muted plan-loading">{t('plan.loading')}</p>;
  if (data.status === 'error') return <PlanLoadError retry={data.retry} />;
  return <Month plans={data.plans} roles={roles} />;
}

/** The month view once the plans are here. */
function Month({ plans, roles }: { plans: ClientPlan[]; roles: Role[] }) {
  // Rendered only in the browser (after the plans arrive), so stored values can be used at once.
  const settings = useStore($settings);
  const progress = useStore($planProgress);
  const [today] = useState(() => beijingDay(new Date()));
  const [shown, setShown] = useState(() => openingMonth(plans, today));
  const [undo, setUndo] = useState<{ id: string; title: string; at: string } | null>(null);

  const role = roles.find((r) => r.id === settings.role);
  // Before a role is chosen, show everything so nothing is hidden (as the study list does).
  const view = monthView(plans, shown.year, shown.month, role?.track ?? 'leaders', progress.tasks, today);
  const prev = stepMonth(plans, shown.year, shown.month, -1);
  const next = stepMonth(plans, shown.year, shown.month, 1);
  const home = openingMonth(plans, today);
  const atHome = home.year === shown.year && home.month === shown.month;
  // Earlier months' open tasks, shown with this month only and without a lateness tag: the
  // heading says where they come from, and ticking them is all that is asked.
  const earlier = atHome ? homeSummary(plans, role?.track ?? 'leaders', progress.tasks, today).overdueEarlier.map((r) => ({ ...r, overdue: false })) : [];

  const toggle = (id: string, title: string, done: boolean) => {
    const at = progress.tasks[id];
    markTaskDone(id, done);
    // Unticking forgets when the task was done; the notice can put that back.
    setUndo(!done && at ? { id, title, at } : null);
  };

  return (
    <section class="plan-month card" aria-labelledby="plan-month-title" data-month={`${view.year}-${String(view.month).padStart(2, '0')}`}>
      <div class="plan-month-head">
        <h2 id="plan-month-title">{t('plan.month.title', { year: view.year, month: view.month })}</h2>
        <div class="plan-month-nav">
          <button type="button" class="button secondary small" disabled={!prev} onClick={() => prev && setShown(prev)}>{t('plan.month.prev')}</button>
          {!atHome && <button type="button" class="button secondary small" onClick={() => setShown(home)}>{t('plan.month.today')}</button>}
          <button type="button" class="button secondary small" disabled={!next} onClick={() => next && setShown(next)}>{t('plan.month.next')}</button>
        </div>
      </div>
      {!role && <p class="muted">{t('plan.roleHint')}</p>}
      {!view.plan && <p class="notice">{t('plan.month.noPlan', { year: view.year })}</p>}

      <h3>{t('plan.month.tasks')}</h3>
      <p role="status" class="plan-month-summary" data-month-left={view.left} data-month-total={view.total}>
        {view.total === 0
          ? t('plan.month.none')
          : view.left === 0
            ? t('plan.month.allDone')
            : `${t('plan.month.summary', { total: view.total, done: view.done, left: view.left })}${view.overdue > 0 ? t('plan.month.overdue', { n: view.overdue }) : ''}`}
      </p>
      {undo && (
        <UndoNotice
          message={t('plan.task.undone', { title: undo.title })}
          undoLabel={t('common.undo')}
          onUndo={() => {
            markTaskDone(undo.id, true, undo.at);
            setUndo(null);
          }}
          dismissLabel={t('common.dismiss')}
          onDismiss={() => setUndo(null)}
        />
      )}
      {view.tasks.length > 0 && (
        <ul class="plan-tasks">
          {view.tasks.map((row) => <TaskItem key={row.task.id} row={row} onToggle={(done) => toggle(row.task.id, row.task.title, done)} />)}
        </ul>
      )}

      {earlier.length > 0 && (
        <section class="plan-earlier" aria-labelledby="plan-earlier-title">
          <h3 id="plan-earlier-title">{t('plan.earlier.title')}</h3>
          <p class="muted" data-earlier-open={earlier.length}>{t('plan.earlier.lead', { n: earlier.length })}</p>
          <ul class="plan-tasks">
            {earlier.map((row) => <TaskItem key={row.task.id} row={row} onToggle={(done) => toggle(row.task.id, row.task.title, done)} />)}
          </ul>
        </section>
      )}

      <h3>{t('plan.activity.title')}</h3>
      <p class="plan-activity" data-activity-day={view.activity.date}>
        <strong>{dayWords(view.activity.date)}</strong>
        {view.activity.isToday && <span class="tag accent">{t('plan.activity.today')}</span>}
        <br />
        {view.activity.theme ? t('plan.activity.theme', { theme: view.activity.theme }) : t('plan.activity.noTheme')}
        {view.activity.detail && <span class="muted plan-activity-detail">{view.activity.detail}</span>}
      </p>

      <h3>{t('plan.meetings.title')}</h3>
      {view.meetings.length > 0 ? (
        <ul class="plan-events">{view.meetings.map((e) => <EventLine key={e.id} event={e} />)}</ul>
      ) : (
        <p class="muted">{t('plan.meetings.none')}</p>
      )}

      {view.others.length > 0 && (
        <>
          <h3>{t('plan.others.title')}</h3>
          <ul class="plan-events">{view.others.map((e) => <EventLine key={e.id} event={e} />)}</ul>
        </>
      )}
    </section>
  );
}
