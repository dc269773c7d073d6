import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $notes, createNote } from '../../stores/notes.ts';
import { notesOn } from '../../lib/notes/group.ts';
import { NOTE_MAX_LENGTH } from '../../lib/notes/validate.ts';
import { translator } from '../../i18n/translator.ts';
import notesStrings from 'virtual:zh-CN/notes';
import NoteItem from './NoteItem.tsx';
import NoteText from './NoteText.tsx';
import { useNoteDelete } from './use-note-delete.tsx';
import { closeDialog, isDialogOpen, showDialog } from '../common/dialog.ts';

const t = translator(notesStrings);

/** The heading a note is being written on. */
export interface NoteTarget {
  anchor: string;
  heading: string;
  /** The 笔记 button that opened the dialog; focus goes back to it. */
  button: HTMLButtonElement;
}

interface Props {
  docId: string;
  docTitle: string;
  /** The heading to write on; the dialog is open while there is one. */
  target: NoteTarget | undefined;
  /** The dialog closed (close button or Escape). */
  onClosed: () => void;
}

/**
 * The in-page note dialog of a document page: the heading's notes (修改 / 删除 with undo) and a
 * box for a new one. Loaded only when a 笔记 button is first used, so reading costs no extra JS.
 */
export default function NoteDialog({ docId, docTitle, target, onClosed }: Props) {
  const state = useStore($notes);
  const [status, setStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const { requestDelete, confirm, undo } = useNoteDelete();

  useEffect(() => {
    const el = dialog.current;
    if (el && target && !isDialogOpen(el)) {
      setStatus('');
      showDialog(el);
    }
  }, [target]);

  const closed = () => {
    target?.button.focus();
    onClosed();
  };

  const notes = target ? notesOn(state.notes, docId, target.anchor) : [];
  return (
    <>
      <dialog ref={dialog} class="note-dialog" aria-labelledby="note-dialog-title" onClose={closed}>
        {target && (
          <div class="note-dialog-body">
            <div class="note-dialog-head">
              <div>
                <p class="note-dialog-doc muted">{t('notes.dialogDoc', { doc: docTitle })}</p>
                <h2 id="note-dialog-title">{t('notes.dialogTitle', { heading: target.heading })}</h2>
              </div>
              <button type="button" class="button secondary small" onClick={() => closeDialog(dialog.current)}>{t('notes.close')}</button>
            </div>
            {notes.length > 0 && (
              <section aria-labelledby="note-dialog-existing">
                <h3 id="note-dialog-existing" class="note-subhead">{t('notes.existing')}</h3>
                <ul class="note-items">
                  {notes.map((note) => (
                    <li key={note.id}>
                      <NoteItem note={note} onDelete={requestDelete} onSaved={() => setStatus(t('notes.updated'))} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {undo}
            <NoteText
              key={target.anchor}
              id="note-new"
              label={t('notes.newLabel')}
              saveLabel={t('notes.save')}
              autoFocus
              onSave={(text) => {
                const saved = createNote({ doc: docId, anchor: target.anchor, heading: target.heading }, text);
                if (!saved.ok) return saved.problem;
                setStatus(t('notes.saved'));
                return undefined;
              }}
            />
            <p class="note-hint muted">{t('notes.hint', { max: NOTE_MAX_LENGTH })}</p>
            <p class="note-status" role="status">{status}</p>
            {confirm}
          </div>
        )}
      </dialog>
      {!target && undo && <div class="note-page-undo">{undo}</div>}
    </>
  );
}

/**
 * Opens the dialog on `target` inside `host` (the page's notes container), rendering it there the
 * first time; src/scripts/note-buttons.ts calls this when a 笔记 button is used. The dialog stays
 * rendered once closed, so the undo of a deletion made in it is still offered on the page.
 */
export function openNoteDialog(host: HTMLElement, doc: { docId: string; docTitle: string }, target: NoteTarget): void {
  const show = (on: NoteTarget | undefined) =>
    render(<NoteDialog docId={doc.docId} docTitle={doc.docTitle} target={on} onClosed={() => show(undefined)} />, host);
  show(target);
}
