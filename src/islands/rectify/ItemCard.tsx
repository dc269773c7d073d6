import { useState } from 'preact/hooks';
import type { RectifyItem, RectifyStatus } from '../../schemas/rectify.ts';
import { beijingDay, formatPartialDate } from '../../lib/dates.ts';
import { draftOf, NEXT_STATUSES, overdueDays, type DraftProblems, type ItemProblem, type RectifyDraft } from '../../lib/action/rectify.ts';
import { translator } from '../../i18n/translator.ts';
import rectifyStrings from 'virtual:zh-CN/rectify';
import ItemForm from './ItemForm.tsx';
import StatusForm from './StatusForm.tsx';
import HistoryList from './HistoryList.tsx';
import { fieldLabel, originText, statusLabel, type OriginRefs } from './labels.ts';

const t = translator(rectifyStrings);

interface Props {
  item: RectifyItem;
  refs: OriginRefs;
  now: Date;
  /** Saves an edit; problems to show, or undefined when saved. */
  onEdit: (draft: RectifyDraft) => DraftProblems | undefined;
  /** Moves the item; the problem to show, or undefined when done. */
  onStatus: (to: RectifyStatus, options: { evidence?: string; note?: string }) => ItemProblem | 'missing' | undefined;
  onDelete: () => void;
}

/** The words on a status button, by the move it makes. */
function actionLabel(from: RectifyStatus, to: RectifyStatus): string {
  return to === 'doing' && from !== 'todo' ? t('rectify.action.reopen') : t(`rectify.action.${to as 'doing' | 'done' | 'closed'}`);
}

/**
 * One 整改 item: status and overdue flag in words, its fields, buttons for the status moves the
 * rules allow, edit and delete, and its history. Member text is rendered as text.
 */
export default function ItemCard({ item, refs, now, onEdit, onStatus, onDelete }: Props) {
  const [mode, setMode] = useState<{ kind: 'edit' } | { kind: 'status'; to: RectifyStatus } | undefined>();
  const late = overdueDays(item, now);
  const headingId = `item-${item.id}-title`;
  const none = <span class="muted">{t('rectify.item.none')}</span>;

  const move = (to: RectifyStatus) => {
    // 开始整改 needs no words; the others ask for evidence or a reason first.
    if (item.status === 'todo' && to === 'doing') onStatus(to, {});
    else setMode({ kind: 'status', to });
  };

  return (
    <li id={`item-${item.id}`} class="rectify-item card" data-item-id={item.id} data-status={item.status} data-overdue={late > 0 ? 'true' : undefined}>
      <p class="rectify-tags">
        <span class={`rectify-status status-${item.status}`}>{t('rectify.status.label', { status: statusLabel(item.status) })}</span>
        {late > 0 && <strong class="rectify-overdue">{t('rectify.overdue.days', { n: late })}</strong>}
      </p>
      <h3 id={headingId} class="rectify-problem" tabIndex={-1}>{item.problem}</h3>
      <dl class="rectify-fields">
        <div><dt>{t('rectify.col.origin')}</dt><dd>{originText(item, refs)}</dd></div>
        <div><dt>{fieldLabel('measures')}</dt><dd class="rectify-text">{item.measures || none}</dd></div>
        <div><dt>{fieldLabel('responsible')}</dt><dd>{item.responsible || none}</dd></div>
        <div><dt>{fieldLabel('deadline')}</dt><dd>{item.deadline ? <time dateTime={item.deadline}>{formatPartialDate(item.deadline)}</time> : <span class="muted">{t('rectify.item.noDeadline')}</span>}</dd></div>
        {item.evidence && <div><dt>{fieldLabel('evidence')}</dt><dd class="rectify-text">{item.evidence}</dd></div>}
      </dl>

      {mode?.kind === 'edit' ? (
        <ItemForm
          idPrefix={`edit-${item.id}`}
          heading={t('rectify.form.editHeading')}
          initial={draftOf(item)}
          minDay={beijingDay(new Date(item.createdAt))}
          withEvidence
          onSave={(draft) => {
            const problems = onEdit(draft);
            if (!problems) setMode(undefined);
            return problems;
          }}
          onCancel={() => setMode(undefined)}
        />
      ) : mode?.kind === 'status' ? (
        <StatusForm
          item={item}
          to={mode.to}
          action={actionLabel(item.status, mode.to)}
          onConfirm={(options) => {
            const problem = onStatus(mode.to, options);
            if (!problem) setMode(undefined);
            return problem;
          }}
          onCancel={() => setMode(undefined)}
        />
      ) : (
        <div class="rectify-buttons">
          {NEXT_STATUSES[item.status].map((to) => (
            <button key={to} type="button" class={to === 'doing' && item.status !== 'todo' ? 'button secondary small' : 'button small'} onClick={() => move(to)}>
              {actionLabel(item.status, to)}
            </button>
          ))}
          {item.status !== 'closed' && (
            <button type="button" class="button secondary small" onClick={() => setMode({ kind: 'edit' })}>{t('rectify.item.edit')}</button>
          )}
          <button type="button" class="button secondary small" onClick={onDelete}>{t('rectify.item.delete')}</button>
        </div>
      )}
      {item.status === 'closed' && !mode && <p class="muted rectify-locked">{t('rectify.item.locked')}</p>}
      <HistoryList history={item.history} />
    </li>
  );
}
