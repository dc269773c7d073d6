// 学习笔记 on a document page. The 笔记 buttons are plain HTML from Heading.astro, hidden until this
// runs (they need it); it marks the headings that have notes and, through one delegated listener,
// opens the note dialog for the heading clicked. The dialog (and the note actions) are fetched on
// the first click, so a page that is only read loads just the notes and this.
import { $notes } from '../stores/notes-atom.ts';
import { noteCounts } from '../lib/notes/group.ts';
import { noteButtonView, type NoteButtonStrings } from '../lib/notes/button.ts';

const BUTTONS = 'button[data-note-for]';

const host = document.querySelector<HTMLElement>('[data-notes]');
if (host) {
  const docId = host.dataset.docId ?? '';
  const docTitle = host.dataset.docTitle ?? '';
  const strings: NoteButtonStrings = { button: host.dataset.button ?? '', buttonOf: host.dataset.buttonOf ?? '', buttonOfCount: host.dataset.buttonOfCount ?? '' };

  $notes.subscribe((state) => {
    const counts = noteCounts(state.notes, docId);
    for (const button of document.querySelectorAll<HTMLButtonElement>(BUTTONS)) {
      const view = noteButtonView(counts[button.dataset.noteFor ?? ''] ?? 0, button.dataset.noteHeading ?? '', strings);
      button.hidden = false;
      button.toggleAttribute('data-has-notes', view.marked);
      button.setAttribute('aria-label', view.label);
      button.textContent = view.text;
    }
  });

  let dialog: Promise<typeof import('../islands/notes/NoteDialog.tsx')> | undefined;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(BUTTONS);
    if (!button) return;
    dialog ??= import('../islands/notes/NoteDialog.tsx');
    const target = { anchor: button.dataset.noteFor ?? '', heading: button.dataset.noteHeading ?? '', button };
    void dialog.then(({ openNoteDialog }) => openNoteDialog(host, { docId, docTitle }, target));
  });
}
