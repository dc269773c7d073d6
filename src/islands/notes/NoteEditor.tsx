import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { $notes } from '../../stores/notes.ts';
import { noteCounts } from '../../lib/notes/group.ts';
import { translator } from '../../i18n/translator.ts';
import notesStrings from 'virtual:zh-CN/notes';
import type { NoteTarget } from './NoteDialog.tsx';

const t = translator(notesStrings);

interface Props {
  /** Document id. */
  docId: string;
  /** Short title of the document, shown in the dialog. */
  docTitle: string;
}

type DialogProps = { docId: string; docTitle: string; target: NoteTarget | undefined; onClosed: () => void };

const BUTTONS = 'button[data-note-for]';

/**
 * Shows the page's 笔记 buttons and marks the headings that have notes: the count is written into
 * the button and its accessible name, so the mark is not colour alone.
 */
function paintButtons(counts: Readonly<Record<string, number>>): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(BUTTONS)) {
    const n = counts[button.dataset.noteFor ?? ''] ?? 0;
    const title = button.dataset.noteHeading ?? '';
    button.hidden = false;
    button.toggleAttribute('data-has-notes', n > 0);
    button.setAttribute('aria-label', n > 0 ? t('notes.buttonOfCount', { title, n }) : t('notes.buttonOf', { title }));
    button.textContent = n > 0 ? `${t('notes.button')} ${n}` : t('notes.button');
  }
}

/**
 * 学习笔记 on a document page: one island for the whole page. The 笔记 buttons are plain HTML from
 * Heading.astro, hidden until this island runs (they need it); it marks the headings that have
 * notes and, through one delegated listener, opens the note dialog for the heading clicked. The
 * dialog's code is fetched on the first click, so a page that is only read loads just this.
 */
export default function NoteEditor({ docId, docTitle }: Props) {
  const [target, setTarget] = useState<NoteTarget | undefined>(undefined);
  const [Dialog, setDialog] = useState<FunctionComponent<DialogProps> | undefined>(undefined);

  useEffect(() => $notes.subscribe((state) => paintButtons(noteCounts(state.notes, docId))), [docId]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>(BUTTONS);
      if (!button) return;
      setTarget({ anchor: button.dataset.noteFor ?? '', heading: button.dataset.noteHeading ?? '', button });
      if (!Dialog) void import('./NoteDialog.tsx').then((m) => setDialog(() => m.default));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [Dialog]);

  return Dialog ? <Dialog docId={docId} docTitle={docTitle} target={target} onClosed={() => setTarget(undefined)} /> : null;
}
