import { loadDocuments } from './documents.ts';
import { CATEGORIES } from '../schemas/vocabulary.ts';
import type { FilterOptions } from '../islands/search/SearchPanel.tsx';
import { t } from '../i18n/t.ts';

/** Filter choices for the search panel: the categories and documents the site actually has. */
export async function searchOptions(): Promise<FilterOptions> {
  const docs = (await loadDocuments()).map((d) => d.summary);
  return {
    categories: CATEGORIES.filter((c) => docs.some((d) => d.category === c)),
    audiences: [t('doc.audience.all'), t('doc.audience.leaders')],
    documents: docs.map((d) => ({ id: d.id, title: d.shortTitle })),
  };
}
