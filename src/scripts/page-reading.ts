// The member's reading record of this page's document (src/stores/reading-atom.ts), loaded only
// when there is one, another tab writes one, or the member starts reading (the reader bar's
// tracking writes it then). Until then the page shows what it was built with: nothing read yet.
import type { ReadingDoc } from '../schemas/reading.ts';
import type { ReaderView } from '../lib/reader-view.ts';
import { storageKey } from '../stores/versioned-atom.ts';
import { loadWhenStored } from './load-when-stored.ts';
import { onFirstInteraction } from './first-interaction.ts';
import { later, pageDocument } from './document-data.ts';

type Show = (view: ReaderView, doc: ReadingDoc | undefined) => void;
const listeners: Show[] = [];
let current: Parameters<Show> | undefined;
const page = pageDocument();

if (page) {
  const load = () =>
    void later().then((l) => l.readingRecord()).then(([{ $reading }, { readerView }]) =>
      $reading.subscribe((state) => {
        const doc = state.docs[page.docId];
        current = [readerView(doc, page.units), doc];
        for (const show of listeners) show(...current);
      }),
    );
  onFirstInteraction(loadWhenStored(storageKey('reading'), load));
}

/** Calls `show` with what the reader controls show of this document once the record is loaded, and at every change. */
export function followReading(show: Show): void {
  listeners.push(show);
  if (current) show(...current);
}
