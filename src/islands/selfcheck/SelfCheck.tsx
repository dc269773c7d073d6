import { useEffect, useRef, useState } from 'preact/hooks';
import { checkDateTime, previousCheck, summarize, type ListItem } from '../../lib/action/selfcheck.ts';
import type { SelfcheckDraft, SelfcheckRecord } from '../../schemas/selfcheck.ts';
import { $rectify, EMPTY_RECTIFY } from '../../stores/rectify.ts';
import {
  $selfcheck,
  deleteCheck,
  discardDraft,
  EMPTY_SELFCHECK,
  restoreCheck,
  restoreDraft,
  sendGapsToRectify,
  sentRefs,
  submitSelfcheck,
} from '../../stores/selfcheck.ts';
import { translator } from '../../i18n/translator.ts';
import selfcheckStrings from 'virtual:zh-CN/selfcheck';
import ConfirmDialog from '../common/ConfirmDialog.tsx';
import UndoNotice from '../common/UndoNotice.tsx';
import { useClientStore } from '../use-client-store.ts';
import SelfCheckForm from './SelfCheckForm.tsx';
import SelfCheckHistory from './SelfCheckHistory.tsx';
import SelfCheckResult from './SelfCheckResult.tsx';
import { problemText, type ListProps } from './words.ts';

const t = translator(selfcheckStrings);

interface Props {
  /** 正面清单 then 负面清单, from content/lists/selfcheck.yaml. */
  lists: ListProps[];
  /** Printed at the top of a record. */
  unitName: string;
}

/** What is on screen: the form, or one submitted check. Unset: a draft if any, else the latest check. */
type View = { kind: 'form' } | { kind: 'check'; id: string };

/** Something just removed, with the way to put it back. */
interface Undo {
  message: string;
  undo: () => void;
}

/** What the confirmation dialog is asking about. */
type Asking = { kind: 'discard'; draft: SelfcheckDraft } | { kind: 'delete'; check: SelfcheckRecord };

/**
 * 党性体检: fill in the 双十条 (the draft is saved as it goes), submit a dated check, read its
 * summary and the comparison with the one before, send gaps to the 整改清单, print a record, and
 * look through or delete past checks (asked first, undoable).
 */
export default function SelfCheck({ lists, unitName }: Props) {
  const state = useClientStore($selfcheck, EMPTY_SELFCHECK);
  const rectify = useClientStore($rectify, EMPTY_RECTIFY);
  const [view, setView] = useState<View | undefined>();
  const [asking, setAsking] = useState<Asking | undefined>();
  const [undo, setUndo] = useState<Undo | undefined>();
  const [message, setMessage] = useState('');
  const focusNext = useRef<string | undefined>();

  const items: ListItem[] = lists.flatMap((l) => l.items.map((i) => ({ id: i.id, list: l.kind, text: i.text })));
  const { draft, checks } = state;
  const latest = checks.at(-1);
  const shownId = view?.kind === 'check' && checks.some((c) => c.id === view.id) ? view.id : undefined;
  const showForm = view?.kind === 'form' || (!shownId && (draft !== null || !latest));
  const shown = showForm ? undefined : checks.find((c) => c.id === (shownId ?? latest?.id));

  // Moves focus to the heading (or undo notice) of what just appeared, so keyboard and
  // screen-reader users follow. A frame later: a closing dialog first hands focus back to the
  // button that opened it, which may be the one just deleted.
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = undefined;
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  });

  const open = (next: View) => {
    setView(next);
    focusNext.current = next.kind === 'form' ? 'selfcheck-form-title' : 'selfcheck-result-title';
  };

  const submit = () => {
    const result = submitSelfcheck(items);
    if (!result.ok) return result.problems;
    setUndo(undefined);
    setMessage(t('selfcheck.submitted', { when: checkDateTime(result.value.at) }));
    open({ kind: 'check', id: result.value.id });
    return undefined;
  };

  const send = (check: SelfcheckRecord, itemIds: string[]) => {
    const texts = new Map(check.items.filter((i) => itemIds.includes(i.id)).map((i) => [i.id, problemText(check, i, lists)]));
    const made = sendGapsToRectify(check, texts);
    setMessage(t('selfcheck.gaps.sentNotice', { n: made.length }));
  };

  const confirm = () => {
    if (!asking) return;
    if (asking.kind === 'discard') {
      const old = discardDraft();
      if (old) setUndo({ message: t('selfcheck.discarded'), undo: () => restoreDraft(old) });
      focusNext.current = 'selfcheck-undo';
    } else {
      const removed = deleteCheck(asking.check.id);
      if (removed) {
        setUndo({ message: t('selfcheck.deleted', { when: checkDateTime(removed.at) }), undo: () => restoreCheck(removed) });
        focusNext.current = 'selfcheck-undo';
      }
    }
    setMessage('');
    setAsking(undefined);
  };

  const rated = draft ? Object.values(draft.answers).filter((a) => a.rating).length : 0;
  return (
    <div class="selfcheck">
      <p class={message ? 'action-status' : 'visually-hidden'} role="status">{message}</p>
      {undo && (
        <div id="selfcheck-undo" tabIndex={-1} class="action-undo">
        <UndoNotice
          message={undo.message}
          undoLabel={t('selfcheck.undo')}
          onUndo={() => {
            undo.undo();
            setUndo(undefined);
            setMessage(t('selfcheck.restored'));
          }}
          dismissLabel={t('selfcheck.dismiss')}
          onDismiss={() => setUndo(undefined)}
        />
        </div>
      )}
      {showForm || !shown ? (
        <SelfCheckForm lists={lists} items={items} draft={draft} onSubmit={submit} onDiscard={() => draft && setAsking({ kind: 'discard', draft })} />
      ) : (
        <SelfCheckResult
          lists={lists}
          check={shown}
          previous={previousCheck(checks, shown.id)}
          sent={sentRefs(rectify.items)}
          onSend={(ids) => send(shown, ids)}
          onAgain={() => open({ kind: 'form' })}
          hasDraft={draft !== null}
          unitName={unitName}
        />
      )}
      <SelfCheckHistory checks={checks} viewing={shown?.id} onView={(id) => open({ kind: 'check', id })} onDelete={(check) => setAsking({ kind: 'delete', check })} />
      <ConfirmDialog
        open={asking !== undefined}
        title={asking?.kind === 'discard' ? t('selfcheck.discard.title') : t('selfcheck.delete.title')}
        confirmLabel={asking?.kind === 'discard' ? t('selfcheck.discard.confirm') : t('selfcheck.delete.confirm')}
        cancelLabel={t('selfcheck.cancel')}
        onConfirm={confirm}
        onCancel={() => setAsking(undefined)}
      >
        {asking?.kind === 'discard' && <p>{t('selfcheck.discard.body', { n: rated })}</p>}
        {asking?.kind === 'delete' && (
          <p>{t('selfcheck.delete.body', { when: checkDateTime(asking.check.at), score: summarize(asking.check).score })}</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
