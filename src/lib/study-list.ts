import { CATEGORIES, REQUIREMENTS, type Category, type Requirement } from '../schemas/vocabulary.ts';
import type { Track } from '../schemas/site-config.ts';
import type { ReadingDoc } from '../schemas/reading.ts';
import { docProgress } from './reading-progress.ts';

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

/**
 * Where the member stands with one document, as the study list shows it. `started` means read in
 * part while the document's units are not known yet (they come with /documents.json), so the
 * share cannot be given.
 */
export type DocStatus = { kind: 'learned' } | { kind: 'notStarted' } | { kind: 'started' } | { kind: 'reading'; percent: number };

/** Whether {@link docStatus} needs the document's unit ids to say how much of it is read. */
export function needsUnits(state: ReadingDoc | undefined): boolean {
  return Boolean(state && !state.learnedAt && state.read.length > 0);
}

/** The status of a document from the member's reading record and, when known, its unit ids. */
export function docStatus(state: ReadingDoc | undefined, units: readonly string[] | undefined): DocStatus {
  if (state?.learnedAt) return { kind: 'learned' };
  if (!needsUnits(state)) return { kind: 'notStarted' };
  if (!units) return { kind: 'started' };
  const { percent } = docProgress(state, units);
  return percent === 0 ? { kind: 'notStarted' } : { kind: 'reading', percent };
}

/** How many documents each track must study, for "共 N 份" before the list is filtered. */
export function trackCounts(docs: readonly Pick<DocSummary, 'audience'>[]): Record<Track, number> {
  const count = (track: Track) => docs.filter((d) => isForTrack(d.audience, track)).length;
  return { all: count('all'), leaders: count('leaders') };
}
