import type { DocumentList } from '../lib/study-list.ts';

/** Where the build writes the catalogue (src/pages/documents.json.ts). */
export const DOCUMENT_LIST_URL = '/documents.json';

/** Where the build writes every document's headings (src/pages/archive/outline.json.ts). */
export const DOCUMENT_OUTLINE_URL = '/archive/outline.json';

/** One document's headings, for what only some members need: notes in order, "you stopped at …". */
export interface DocOutline {
  /** Anchor ids of every heading, in order, so notes follow the document. */
  anchors: string[];
  /** Visible text of each reading unit, by id. */
  unitLabels: Record<string, string>;
}

/** `/archive/outline.json`: each document's outline, by document id. */
export type DocumentOutlines = Record<string, DocOutline>;

const pending = new Map<string, Promise<unknown>>();

/**
 * JSON from `url`, fetched once per page and shared by every caller. A failed load is forgotten,
 * so the next call tries again (the member may have been offline for a moment).
 */
function loadOnce<T>(url: string, fetcher: typeof fetch): Promise<T> {
  let p = pending.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetcher(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`))));
    pending.set(url, p);
    p.catch(() => pending.delete(url));
  }
  return p;
}

/**
 * The document catalogue, fetched once per page and shared by every caller. A failed load is
 * forgotten, so the next call tries again (the member may have been offline for a moment).
 */
export function loadDocumentList(fetcher: typeof fetch = fetch): Promise<DocumentList> {
  return loadOnce<DocumentList>(DOCUMENT_LIST_URL, fetcher);
}

/**
 * Every document's outline, fetched once per page like {@link loadDocumentList}; islands ask for
 * it only when the member has something that needs it (notes, a place to continue reading).
 */
export function loadDocumentOutlines(fetcher: typeof fetch = fetch): Promise<DocumentOutlines> {
  return loadOnce<DocumentOutlines>(DOCUMENT_OUTLINE_URL, fetcher);
}
