// zod/mini: these schemas run in the browser on every page, where full zod would triple the JS.
import { z } from 'zod/mini';

const unitId = z.string().check(z.minLength(1));
const instant = z.iso.datetime({ offset: true });

/** What one member has done with one document. */
export const readingDocSchema = z.object({
  /** Ids of the reading units (条, paragraphs, guide sections) the member has had on screen. */
  read: z.array(unitId),
  /** Id of the unit at the top of the screen when the member last read; where "continue" lands. */
  position: z.optional(unitId),
  /** When the member last read this document (ISO instant). */
  visitedAt: instant,
  /** When the member marked the document as learned (ISO instant); absent until then. */
  learnedAt: z.optional(instant),
});
export type ReadingDoc = z.infer<typeof readingDocSchema>;

/** Everything stored under the reading key, version 1. */
export const readingStateSchema = z.object({
  /** Format version; see `src/stores/reading.ts` for migrations. */
  version: z.literal(1),
  /** Per document id. */
  docs: z.record(z.string(), readingDocSchema),
  /** Id of the document read most recently, for "continue reading". */
  last: z.optional(z.string()),
});
export type ReadingState = z.infer<typeof readingStateSchema>;
