// 学习笔记 on a document page. The 笔记 buttons are plain HTML from Heading.astro, hidden until this
// runs (they need it); as built they say the heading has no notes. When the member has notes
// stored, the notes and the marking code (src/scripts/note-markers.ts) load to mark the headings
// that have some; through one delegated listener, a click opens the note dialog, fetched on the
// first click, so a page that is only read loads just this.
import { storageKey } from '../stores/versioned-atom.ts';
import { loadWhenStored } from './load-when-stored.ts';
import { later } from './document-data.ts';

const BUTTONS = 'button[data-note-for]';

const host = document.querySelector<HTMLElement>('[data-notes]');
if (host) {
  const docId = host.dataset.docId ?? '';
  const docTitle = host.dataset.docTitle ?? '';
  const buttons = () => document.querySelectorAll<HTMLButtonElement>(BUTTONS);
  for (const button of buttons()) button.hidden = false;
  // With notes stored, or once the member opens one, the markers follow the notes store.
  const follow = loadWhenStored(storageKey('notes'), () =>
    void later().then((l) => l.noteMarkers()).then((m) =>
      m.markNotes(buttons, docId, { button: host.dataset.button ?? '', buttonOf: host.dataset.buttonOf ?? '', buttonOfCount: host.dataset.buttonOfCount ?? '' }),
    ),
  );

  let dialog: Promise<typeof import('../islands/notes/NoteDialog.tsx')> | undefined;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(BUTTONS);
    if (!button) return;
    dialog ??= later().then((l) => l.noteDialog());
    follow();
    const target = { anchor: button.dataset.noteFor ?? '', heading: button.dataset.noteHeading ?? '', button };
    void dialog.then(({ openNoteDialog }) => openNoteDialog(host, { docId, docTitle }, target));
  });
}
