import { z } from 'astro/zod';

/** What one member has done with one document. */
export const readingDocSchema = z.object({
  /** Ids of the reading units (条, paragraphs, guide sections) the member has had on screen. */
  read: z.array(z.string().min(1)),
  /** Id of the unit at the top of the screen when the member last read; where "continue" lands. */
  position: z.string().min(1).optional(),
  /** When the member last read this document (ISO instant). */
  visitedAt: z.iso.datetime({ offset: true }),
  /** When the member marked the document as learned (ISO instant); absent until then. */
  learnedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ReadingDoc = z.infer<typeof readingDocSchema>;

/** Everything stored under the reading key, version 1. */
export const readingStateSchema = z.object({
  /** Format version; see `src/stores/reading.ts` for migrations. */
  version: z.literal(1),
  /** Per document id. */
  docs: z.record(z.string(), readingDocSchema),
  /** Id of the document read most recently, for "continue reading". */
  last: z.string().optional(),
});
export type ReadingState = z.infer<typeof readingStateSchema>;
