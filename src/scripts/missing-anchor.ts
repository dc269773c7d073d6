// The note for a link to an article a study guide does not have (src/scripts/missing-anchor-note.ts):
// its code loads only for an address like #art-10, or to hide the note when the address changes.
import { later } from './document-data.ts';

const note = document.querySelector<HTMLElement>('[data-missing-anchor]');

function check(): void {
  if (note && (/^#art-\d+$/.test(location.hash) || !note.hidden)) void later().then((l) => l.missingAnchorNote()).then((m) => m.explain(note));
}

check();
window.addEventListener('hashchange', check);
