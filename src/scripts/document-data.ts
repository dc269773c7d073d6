// What DocumentLayout tells the page scripts about the document, in `data-` attributes of its
// <article>: its id and the ids of its reading units (space-separated).
import { lazyModule } from '../lib/lazy-module.ts';

/** The document page's code fetched later (src/scripts/document-later.ts), loaded on first use. */
export const later = lazyModule(() => import('./document-later.ts'));

/** The document of this page, or undefined on a page that is not a document. */
export function pageDocument(): { docId: string; units: string[] } | undefined {
  const article = document.querySelector<HTMLElement>('article[data-doc-id]');
  if (!article) return undefined;
  return { docId: article.dataset.docId ?? '', units: idList(article.dataset.units) };
}

/** A space-separated id list from a `data-` attribute. */
export function idList(value: string | undefined): string[] {
  return value ? value.split(' ') : [];
}
