import type { TaskRow } from '../../lib/plan/month-view.ts';
import { formatBeijingDateTime } from '../../lib/dates.ts';
import { translator } from '../../i18n/translator.ts';
import planStrings from 'virtual:zh-CN/plan';
import { dayWords } from './plan-words.ts';

const t = translator(planStrings);

interface Props {
  row: TaskRow;
  /** Called with the new state when the member ticks or unticks the task. */
  onToggle: (done: boolean) => void;
}

/** A monthly task with its tick box, due day, state in words, what to read and where to practise. */
export default function TaskItem({ row, onToggle }: Props) {
  const { task, doneAt, overdue, dueToday } = row;
  const boxId = `task-${task.id}`;
  return (
    <li class={`plan-task${doneAt ? ' is-done' : ''}${overdue ? ' is-overdue' : ''}`} data-task-id={task.id} data-done={doneAt ? 'true' : 'false'}>
      <div class="plan-task-head">
        <input type="checkbox" id={boxId} checked={Boolean(doneAt)} onChange={(e) => onToggle(e.currentTarget.checked)} aria-describedby={`${boxId}-state`} />
        <label for={boxId} class="plan-task-title">{task.title}</label>
      </div>
      <p class="plan-task-meta" id={`${boxId}-state`}>
        <span>{t('plan.task.due', { date: dayWords(task.due) })}</span>
        {task.audience === 'leaders' && <span class="tag accent">{t('plan.audience.leaders')}</span>}
        {doneAt && <span class="tag plan-state-done">{t('plan.task.done')}</span>}
        {doneAt && <span class="muted">{t('plan.task.doneAt', { when: formatBeijingDateTime(doneAt) })}</span>}
        {overdue && <span class="tag plan-state-overdue">{t('plan.task.overdue')}</span>}
        {dueToday && <span class="tag accent">{t('plan.task.dueToday')}</span>}
      </p>
      {task.detail && <p class="plan-task-detail">{task.detail}</p>}
      {(task.read.length > 0 || task.quiz) && (
        <p class="plan-task-links">
          {task.read.length > 0 && <span>{t('plan.task.read')}</span>}
          {task.read.map((link) => <a key={link.href} href={link.href}>{link.label}</a>)}
          {task.quiz && <a class="plan-task-quiz" href={task.quiz.href}>{t('plan.task.quiz', { doc: task.quiz.label })}</a>}
        </p>
      )}
      {task.quote && task.basis && (
        <p class="plan-quote">
          <span class="muted">{t('plan.quote')}</span>「{task.quote}」<a href={task.basis.href}>{task.basis.label}</a>
        </p>
      )}
    </li>
  );
}
