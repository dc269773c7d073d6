// Every piece of code a document page fetches later (at the first interaction, on a click, when
// the member has data), behind one door: the page's own script then carries one address and its
// dependency list instead of one for each, which it would download on every visit.

/** The reader bar's actions: tracking, moving between sections, text size and scheme. */
export const readerActions = () => import('./reader-actions.ts');
/** The reading record and how the reader controls show it. */
export const readingRecord = () => Promise.all([import('../stores/reading-atom.ts'), import('../lib/reader-view.ts')]);
/** The reading store's actions (标记为已学完). */
export const readingActions = () => import('../stores/reading.ts');
/** Beijing dates, for when a document was marked as learned. */
export const dates = () => import('../lib/dates.ts');
/** The 笔记 buttons' marks. */
export const noteMarkers = () => import('./note-markers.ts');
/** The note dialog. */
export const noteDialog = () => import('../islands/notes/NoteDialog.tsx');
/** Copying a heading's link. */
export const copyLinkAction = () => import('./copy-link-action.ts');
/** The note for a link to an article a guide does not have. */
export const missingAnchorNote = () => import('./missing-anchor-note.ts');
