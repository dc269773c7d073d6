import type { DocumentList } from '../lib/study-list.ts';

/** Where the build writes the catalogue (src/pages/documents.json.ts). */
export const DOCUMENT_LIST_URL = '/documents.json';

let pending: Promise<DocumentList> | undefined;

/**
 * The document catalogue, fetched once per page and shared by every caller. A failed load is
 * forgotten, so the next call tries again (the member may have been offline for a moment).
 */
export function loadDocumentList(fetcher: typeof fetch = fetch): Promise<DocumentList> {
  pending ??= fetcher(DOCUMENT_LIST_URL).then((r) =>
    r.ok ? (r.json() as Promise<DocumentList>) : Promise.reject(new Error(`${DOCUMENT_LIST_URL}: ${r.status}`)),
  );
  pending.catch(() => (pending = undefined));
  return pending;
}
