/**
 * What a document page's reader controls show, from the member's reading record: the progress of
 * the reader bar, the 标记为已学完 control and the text-size buttons. Pure; the page scripts under
 * src/scripts render it.
 */
import type { ReadingDoc } from '../schemas/reading.ts';
import { docProgress } from './reading-progress.ts';

/** The reading state of one document as the page shows it. */
export interface ReaderView {
  /** The member marked the document as learned. */
  learned: boolean;
  /** When it was marked (ISO instant); absent while it is not. */
  learnedAt?: string;
  /** Percent on the reader bar: 100 once learned (a learned document is done, read or not), else the share of units read. */
  percent: number;
  /** Every reading unit has been on screen (and the document has some), so marking it learned is suggested. */
  allRead: boolean;
}

/** The reader view of a document with these reading units, from its stored record (undefined before the first visit). */
export function readerView(doc: ReadingDoc | undefined, unitIds: readonly string[]): ReaderView {
  const progress = docProgress(doc, unitIds);
  const allRead = unitIds.length > 0 && progress.read === unitIds.length;
  if (doc?.learnedAt) return { learned: true, learnedAt: doc.learnedAt, percent: 100, allRead };
  return { learned: false, percent: progress.percent, allRead };
}

/** Which text-size buttons can still be used at `step` of `steps` sizes (0 is the smallest). */
export function fontLimits(step: number, steps: number): { smaller: boolean; larger: boolean } {
  return { smaller: step > 0, larger: step < steps - 1 };
}
