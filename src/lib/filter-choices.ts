import type { DocumentList } from './study-list.ts';

/** Labels of the 学习对象 values, as the search index files them (`audience` filter of each document page). */
export interface AudienceLabels {
  /** Label of documents for every member (全体党员). */
  all: string;
  /** Label of documents for leading cadres (党员领导干部). */
  leaders: string;
}

/** One choice of a filter: the value the search filters on and the text the member reads. */
export interface FilterChoice {
  /** What the search store filters on (a category, an audience label, a document id). */
  value: string;
  /** What the list shows. */
  text: string;
}

/** The choices of the three search filters. */
export interface FilterChoices {
  /** 类别: the categories that have documents, in the vocabulary's order. */
  category: FilterChoice[];
  /** 学习对象: both audiences, always (a filter on an audience with no documents simply finds nothing). */
  audience: FilterChoice[];
  /** 文件: every document by its short title, in catalogue order. */
  document: FilterChoice[];
}

/**
 * The search filters' choices from the document catalogue (`/documents.json`), so pages no longer
 * carry the document list in their HTML.
 */
export function filterChoices(list: DocumentList, audiences: AudienceLabels): FilterChoices {
  return {
    category: list.categories.map((c) => ({ value: c, text: c })),
    audience: [audiences.all, audiences.leaders].map((a) => ({ value: a, text: a })),
    document: list.docs.map((d) => ({ value: d.id, text: d.shortTitle })),
  };
}
