import { useState } from 'preact/hooks';
import type { RectifyItem, RectifyState } from '../../schemas/rectify.ts';
import { beijingDay } from '../../lib/dates.ts';
import { EMPTY_DRAFT, overdueDays } from '../../lib/action/rectify.ts';
import { countItems, DEFAULT_FILTER, filterItems, sortItems, type RectifyFilter, type RectifySort } from '../../lib/action/rectify-list.ts';
import { csvFileName, rectifyCsv, type CsvLabels } from '../../lib/action/rectify-csv.ts';
import {
  $rectify,
  addManualRectification,
  deleteRectification,
  editRectification,
  restoreRectification,
  setRectificationStatus,
} from '../../stores/rectify.ts';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import rectifyStrings from 'virtual:zh-CN/rectify';
import { useClientStore } from '../use-client-store.ts';
import ConfirmDialog from '../common/ConfirmDialog.tsx';
import UndoNotice from '../common/UndoNotice.tsx';
import ItemCard from './ItemCard.tsx';
import ItemForm from './ItemForm.tsx';
import ListControls from './ListControls.tsx';
import PrintTable from './PrintTable.tsx';
import { downloadText } from '../common/download.ts';
import { fieldLabel, focusSoon, originLabel, originRefText, short, statusLabel, type OriginRefs } from './labels.ts';

const t = translator({ ...commonStrings, ...rectifyStrings });

interface Props {
  /** What each 查摆 question id stands for, for the origin column. */
  refs: OriginRefs;
  /** The branch's name, printed on the paper list. */
  branch: string;
}

/** The CSV's Chinese headers and words. */
function csvLabels(refs: OriginRefs): CsvLabels {
  return {
    headers: [
      t('rectify.col.index'),
      fieldLabel('problem'),
      t('rectify.col.origin'),
      t('rectify.col.originRef'),
      fieldLabel('measures'),
      fieldLabel('responsible'),
      fieldLabel('deadline'),
      t('rectify.col.status'),
      t('rectify.col.overdue'),
      fieldLabel('evidence'),
      t('rectify.col.created'),
      t('rectify.col.updated'),
    ],
    status: statusLabel,
    origin: originLabel,
    originRef: (item) => originRefText(item, refs),
    overdue: (days) => (days > 0 ? t('rectify.overdue.days', { n: days }) : ''),
  };
}

/**
 * The 整改清单: add by hand, edit, move through the statuses, filter and sort, delete (asked in a
 * dialog, undoable), print and export as CSV. Overdue items say so in words.
 */
export default function RectifyList({ refs, branch }: Props) {
  const state = useClientStore<RectifyState | null>($rectify, null);
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState<RectifyFilter>(DEFAULT_FILTER);
  const [sort, setSort] = useState<RectifySort>('urgent');
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<RectifyItem | undefined>();
  const [undo, setUndo] = useState<{ item: RectifyItem; index: number } | undefined>();

  if (state === null) return <p class="muted">{t('rectify.loading')}</p>;
  const now = new Date();
  const shown = sortItems(filterItems(state.items, filter, now), sort, now);
  const counts = countItems(state.items, now);

  const exportCsv = () => {
    const file = csvFileName(t('rectify.export.fileName'), now);
    downloadText(file, rectifyCsv(shown, csvLabels(refs), now), 'text/csv');
    setMessage(t('rectify.export.done', { file, n: shown.length }));
  };

  const confirmDelete = () => {
    if (!pending) return;
    const removed = deleteRectification(pending.id);
    setPending(undefined);
    if (!removed) return;
    setUndo(removed);
    setMessage('');
    focusSoon('#rectify-undo-area button', '#rectify-heading');
  };

  const restore = () => {
    if (!undo) return;
    restoreRectification(undo.item, undo.index);
    setMessage(t('rectify.delete.restored', { problem: short(undo.item.problem) }));
    setUndo(undefined);
    focusSoon(`#item-${undo.item.id}-title`, '#rectify-heading');
  };

  return (
    <div class="rectify">
      <div class="rectify-screen">
        <p class="rectify-summary" data-counts={`${counts.total}/${counts.open}/${counts.overdue}`}>
          {counts.total === 0 ? t('rectify.list.empty') : t('rectify.list.summary', { ...counts })}
        </p>

        {adding ? (
          <div class="card">
            <ItemForm
              idPrefix="rectify-new"
              heading={t('rectify.form.addHeading')}
              initial={EMPTY_DRAFT}
              minDay={beijingDay(now)}
              withEvidence={false}
              onSave={(draft) => {
                const added = addManualRectification(draft);
                if (!added.ok) return added.problems;
                setAdding(false);
                setMessage(t('rectify.form.added', { problem: short(draft.problem.trim()) }));
                focusSoon(`#item-${added.value}-title`, '#rectify-add');
                return undefined;
              }}
              onCancel={() => {
                setAdding(false);
                focusSoon('#rectify-add');
              }}
            />
          </div>
        ) : (
          <button
            type="button"
            id="rectify-add"
            class="button"
            onClick={() => {
              setAdding(true);
              focusSoon('#rectify-new-problem');
            }}
          >
            {t('rectify.list.add')}
          </button>
        )}

        {undo && (
          <div id="rectify-undo-area">
            <UndoNotice
              message={t('rectify.delete.done', { problem: short(undo.item.problem) })}
              undoLabel={t('common.undo')}
              onUndo={restore}
              dismissLabel={t('common.dismiss')}
              onDismiss={() => {
                setUndo(undefined);
                focusSoon('#rectify-heading');
              }}
            />
          </div>
        )}
        <p class="rectify-announce" role="status">{message}</p>

        {state.items.length > 0 && (
          <>
            <ListControls filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
            <div class="rectify-tools">
              <p class="rectify-shown">{t('rectify.list.shown', { n: shown.length })}</p>
              <button type="button" class="button secondary small" onClick={exportCsv}>{t('rectify.export.csv')}</button>
              <button type="button" class="button secondary small" onClick={() => window.print()}>{t('rectify.print.button')}</button>
            </div>
            {shown.length === 0 ? (
              <p>{t('rectify.list.noneMatch')}</p>
            ) : (
              <ol class="rectify-items">
                {shown.map((item) => (
                  <ItemCard
                    key={item.id}
                    item={item}
                    refs={refs}
                    now={now}
                    onEdit={(draft) => {
                      const edited = editRectification(item.id, draft);
                      if (edited.ok) {
                        setMessage(edited.value === item ? t('rectify.form.unchanged') : t('rectify.form.saved', { problem: short(edited.value.problem) }));
                        focusSoon(`#item-${item.id}-title`);
                        return undefined;
                      }
                      if (typeof edited.problems === 'object') return edited.problems;
                      setMessage(t(edited.problems === 'locked' ? 'rectify.error.locked' : 'rectify.error.missing'));
                      return {};
                    }}
                    onStatus={(to, options) => {
                      const moved = setRectificationStatus(item.id, to, options);
                      if (!moved.ok) return moved.problems;
                      const late = overdueDays(moved.value, now);
                      setMessage(t('rectify.action.changed', { problem: short(item.problem), status: statusLabel(to) }) + (late > 0 ? ` ${t('rectify.overdue.days', { n: late })}` : ''));
                      focusSoon(`#item-${item.id}-title`, '#rectify-heading');
                      return undefined;
                    }}
                    onDelete={() => setPending(item)}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </div>
      <PrintTable items={shown} refs={refs} branch={branch} now={now} />
      <ConfirmDialog
        open={pending !== undefined}
        title={t('rectify.delete.title')}
        confirmLabel={t('rectify.delete.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={confirmDelete}
        onCancel={() => {
          const id = pending?.id;
          setPending(undefined);
          if (id) focusSoon(`#item-${id}-title`);
        }}
      >
        <p>{t('rectify.delete.body', { problem: short(pending?.problem ?? '', 60) })}</p>
      </ConfirmDialog>
    </div>
  );
}
