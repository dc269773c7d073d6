import { CATEGORIES, REQUIREMENTS, type Category, type Requirement } from '../schemas/vocabulary.ts';
import type { Track } from '../schemas/site-config.ts';

/** What the study list and home page need to know about a document. */
export interface DocSummary {
  id: string;
  title: string;
  shortTitle: string;
  category: Category;
  audience: 'all' | 'leaders';
  requirement: Requirement;
  summary: string;
  fullText: boolean;
  /** Ids of the document's reading units, in order. */
  units: string[];
  /** Visible text of each unit, by id, for "you stopped at …". */
  unitLabels: Record<string, string>;
}

/** A document as `/documents.json` lists it: the summary without its long texts. */
export type DocListEntry = Omit<DocSummary, 'summary' | 'unitLabels'>;

/** `/documents.json`: the categories in use and every document, in catalogue order. */
export interface DocumentList {
  /** Categories that have at least one document, in the vocabulary's order. */
  categories: Category[];
  /** Every document. */
  docs: DocListEntry[];
}

/** Whether a role on `track` must study a document meant for `audience`. */
export function isForTrack(audience: DocSummary['audience'], track: Track): boolean {
  return audience === 'all' || track === 'leaders';
}

/** A requirement group of the study list, with its documents grouped by category. */
export interface StudyGroup {
  requirement: Requirement;
  categories: { category: Category; docs: DocSummary[] }[];
}

/** The documents a track must study, grouped 必学/必知/必会 and then by category, empty groups left out. */
export function studyGroups(docs: readonly DocSummary[], track: Track): StudyGroup[] {
  const mine = docs.filter((d) => isForTrack(d.audience, track));
  return REQUIREMENTS.map((requirement) => ({
    requirement,
    categories: CATEGORIES.map((category) => ({
      category,
      docs: mine.filter((d) => d.requirement === requirement && d.category === category),
    })).filter((c) => c.docs.length > 0),
  })).filter((g) => g.categories.length > 0);
}
