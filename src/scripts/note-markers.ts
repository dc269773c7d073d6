// Marks the 笔记 buttons of a document page's headings with their notes, following the notes store.
// Loaded by src/scripts/note-buttons.ts only when the member has notes stored, or writes one.
import { $notes } from '../stores/notes-atom.ts';
import { noteCounts } from '../lib/notes/group.ts';
import { noteButtonView, type NoteButtonStrings } from '../lib/notes/button.ts';

/** Keeps every 笔记 button (`buttons`) of document `docId` showing its heading's notes. */
export function markNotes(buttons: () => Iterable<HTMLButtonElement>, docId: string, strings: NoteButtonStrings): void {
  $notes.subscribe((state) => {
    const counts = noteCounts(state.notes, docId);
    for (const button of buttons()) {
      const view = noteButtonView(counts[button.dataset.noteFor ?? ''] ?? 0, button.dataset.noteHeading ?? '', strings);
      button.toggleAttribute('data-has-notes', view.marked);
      button.setAttribute('aria-label', view.label);
      button.textContent = view.text;
    }
  });
}
