import './engine.ts';
import { readingStateSchema, type ReadingState } from '../schemas/reading.ts';
import { EMPTY_READING } from '../lib/reading-progress.ts';
import type { VersionedFormat } from '../lib/versioned.ts';
import { storageKey, versionedAtom } from './versioned-atom.ts';

// The reading record itself, apart from the actions of ./reading.ts: a document page shows it at
// once (progress, 标记为已学完, 上次读到) and loads the actions only when the member does something.

/** Stored format of reading progress. Version 1 is the first; add `migrations[1]` when version 2 comes. */
export const READING_FORMAT: VersionedFormat<ReadingState> = { version: 1, schema: readingStateSchema };

/** Storage key of reading progress. */
export const READING_KEY = storageKey('reading');

/** What the member has read, where they stopped and what they marked as learned, per document. */
export const $reading = versionedAtom<ReadingState>(READING_KEY, READING_FORMAT, EMPTY_READING);
