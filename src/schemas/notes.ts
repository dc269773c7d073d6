// zod/mini: validated in the browser on every document page, where full zod would triple the JS.
import { z } from 'zod/mini';
import { tombstonesSchema } from './tombstones.ts';

/** Longest note a member can keep, in characters (UTF-16 code units, as a textarea counts them). */
export const NOTE_MAX_LENGTH = 2000;
/** Longest heading text kept with a note; headings are short, this only bounds damaged data. */
export const NOTE_HEADING_MAX_LENGTH = 300;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const instant = z.iso.datetime({ offset: true });

/** One 学习笔记 on a heading (article, paragraph or section) of a document. */
export const noteSchema = z.object({
  /** Stable id, made on the device that wrote the note; the archive merges notes by it. */
  id,
  /** Id of the document the note is on (`plan`, `dangzhang`, …). */
  doc: id,
  /** Anchor id of the heading (`art-12`, `p-3`, `sec-2`, a guide's slug). */
  anchor: id,
  /** The heading's text when the note was written, so the note still reads right if the document changes. */
  heading: z.string().check(z.maxLength(NOTE_HEADING_MAX_LENGTH)),
  /** What the member wrote; plain text, rendered as text. Never empty. */
  text: z.string().check(z.minLength(1), z.maxLength(NOTE_MAX_LENGTH)),
  /** When the note was written (ISO instant). */
  created: instant,
  /** When the note was last changed (ISO instant); the newer one wins when two copies meet. */
  updated: instant,
});
export type Note = z.infer<typeof noteSchema>;

/** Everything stored under the notes key, version 1. */
export const notesStateSchema = z.object({
  /** Format version; see `src/lib/notes/state.ts` for migrations. */
  version: z.literal(1),
  /** Notes by id. */
  notes: z.record(z.string(), noteSchema),
  /** Deletions remembered for merging (keys as in the domain's merge); absent when none. */
  deleted: tombstonesSchema,
});
export type NotesState = z.infer<typeof notesStateSchema>;
