/**
 * Notes arranged for reading: per document in catalogue order, per heading in the order the
 * headings come, oldest note first; and counts per heading for the markers on a document page.
 */
import type { Note } from '../../schemas/notes.ts';
import { compareOrdinal } from '../ordinal.ts';

/** A document's notes, in reading order. */
export interface DocumentNotes {
  /** Document id. */
  doc: string;
  /** Its notes: by heading position in the document, then by creation time. */
  notes: Note[];
}

/**
 * Orders the anchor ids of a document. `anchorOrder` maps anchor id → position in the document;
 * anchors it does not know (the document changed since) come after the known ones, by id.
 */
function compareNotes(anchorOrder: ReadonlyMap<string, number> | undefined) {
  return (a: Note, b: Note): number => {
    const pa = anchorOrder?.get(a.anchor) ?? Number.POSITIVE_INFINITY;
    const pb = anchorOrder?.get(b.anchor) ?? Number.POSITIVE_INFINITY;
    if (pa !== pb) return pa - pb;
    if (a.anchor !== b.anchor) return a.anchor < b.anchor ? -1 : 1;
    return Date.parse(a.created) - Date.parse(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * Notes grouped by document. `docOrder` lists document ids in catalogue order (documents not in
 * it, say removed from the site, come last, by id); `anchors` gives each document's anchor ids in
 * order, when known.
 */
export function notesByDocument(
  notes: Readonly<Record<string, Note>>,
  docOrder: readonly string[],
  anchors: Readonly<Record<string, readonly string[]>> = {},
): DocumentNotes[] {
  const byDoc = new Map<string, Note[]>();
  for (const note of Object.values(notes)) {
    const list = byDoc.get(note.doc);
    if (list) list.push(note);
    else byDoc.set(note.doc, [note]);
  }
  const rank = new Map(docOrder.map((id, i) => [id, i]));
  const docs = [...byDoc.keys()].sort((a, b) => {
    const ra = rank.get(a) ?? Number.POSITIVE_INFINITY;
    const rb = rank.get(b) ?? Number.POSITIVE_INFINITY;
    return ra !== rb ? ra - rb : compareOrdinal(a, b);
  });
  return docs.map((doc) => {
    const order = anchors[doc] ? new Map(anchors[doc]!.map((id, i) => [id, i])) : undefined;
    return { doc, notes: byDoc.get(doc)!.sort(compareNotes(order)) };
  });
}

/** One document's notes on one heading, oldest first. */
export function notesOn(notes: Readonly<Record<string, Note>>, doc: string, anchor: string): Note[] {
  return Object.values(notes)
    .filter((n) => n.doc === doc && n.anchor === anchor)
    .sort(compareNotes(undefined));
}

/** How many notes each heading of one document has, by anchor id (headings without notes are absent). */
export function noteCounts(notes: Readonly<Record<string, Note>>, doc: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const note of Object.values(notes)) if (note.doc === doc) counts[note.anchor] = (counts[note.anchor] ?? 0) + 1;
  return counts;
}
