import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../schemas/notes.ts';
import { deleteNote, undoDelete } from '../../stores/notes.ts';
import { translator } from '../../i18n/translator.ts';
import commonStrings from 'virtual:zh-CN/common';
import notesStrings from 'virtual:zh-CN/notes';
import ConfirmDialog from '../common/ConfirmDialog.tsx';
import UndoNotice from '../common/UndoNotice.tsx';
import { excerpt } from './excerpt.ts';

const t = translator({ ...commonStrings, ...notesStrings });

/**
 * Deleting a note the way the site deletes anything: the member confirms in an in-page dialog
 * (WeChat blocks window.confirm), then an undo notice puts the note back exactly as it was.
 * Returns the action and the two pieces to render where they fit.
 */
export function useNoteDelete() {
  const [asking, setAsking] = useState<Note | undefined>(undefined);
  const [removed, setRemoved] = useState<Note | undefined>(undefined);
  // The deleted note's buttons are gone; keyboard users land on 撤销 instead of the page top.
  // A timeout, because the confirm dialog hands focus back to the deleted button as it closes.
  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => document.querySelector<HTMLButtonElement>('[data-note-undo] button')?.focus(), 0);
    return () => clearTimeout(timer);
  }, [removed]);
  const confirm = (
    <ConfirmDialog
      open={asking !== undefined}
      title={t('notes.confirmTitle')}
      confirmLabel={t('notes.delete')}
      cancelLabel={t('common.cancel')}
      onCancel={() => setAsking(undefined)}
      onConfirm={() => {
        const gone = asking ? deleteNote(asking.id) : undefined;
        setAsking(undefined);
        if (gone) setRemoved(gone);
      }}
    >
      <p>{t('notes.confirmBody', { excerpt: excerpt(asking?.text ?? '') })}</p>
    </ConfirmDialog>
  );
  const undo = removed ? (
    <div data-note-undo>
    <UndoNotice
      message={t('notes.deleted', { excerpt: excerpt(removed.text) })}
      undoLabel={t('common.undo')}
      dismissLabel={t('common.dismiss')}
      onUndo={() => {
        undoDelete(removed);
        setRemoved(undefined);
      }}
      onDismiss={() => setRemoved(undefined)}
    />
    </div>
  ) : null;
  return { requestDelete: (note: Note) => setAsking(note), confirm, undo };
}
