/**
 * 阅读进度 in the 学习档案: what was read, where the member stopped and what they marked learned,
 * per document. Merging keeps every unit read on either device and the newest reading position.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { readingStateSchema, type ReadingDoc, type ReadingState } from '../../../schemas/reading.ts';
import { EMPTY_READING } from '../../reading-progress.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { instantMs, mergeRecords, recordDiff, unionBy } from './merge-helpers.ts';

const t = translator(archiveStrings);

/**
 * The stored reading format. Must match `READING_FORMAT` in src/stores/reading.ts (a unit test
 * checks it), because lib code cannot import a store; when reading gains version 2, both get the
 * same migration.
 */
export const READING_ARCHIVE_FORMAT: VersionedFormat<ReadingState> = { version: 1, schema: readingStateSchema };

/**
 * One document read on two devices: every unit read on either; position and visit time from the
 * newer visit (the older position only when the newer visit has none); learned if either side
 * marked it, at the earlier time.
 */
export function mergeReadingDoc(current: ReadingDoc, incoming: ReadingDoc): ReadingDoc {
  const read = unionBy(current.read, incoming.read, (id) => id);
  const incomingNewer = instantMs(incoming.visitedAt) > instantMs(current.visitedAt);
  const newer = incomingNewer ? incoming : current;
  const older = incomingNewer ? current : incoming;
  const learned = [current.learnedAt, incoming.learnedAt].filter((x): x is string => x !== undefined);
  const learnedAt = learned.sort((a, b) => instantMs(a) - instantMs(b))[0];
  const position = newer.position ?? older.position;
  const out: ReadingDoc = { read, visitedAt: newer.visitedAt };
  if (position !== undefined) out.position = position;
  if (learnedAt !== undefined) out.learnedAt = learnedAt;
  return out;
}

/** Merges two reading states; `last` is the document of the newer visit. */
export function mergeReading(current: ReadingState, incoming: ReadingState): ReadingState {
  const docs = mergeRecords(current.docs, incoming.docs, mergeReadingDoc);
  const visited = (state: ReadingState) => (state.last ? instantMs(state.docs[state.last]?.visitedAt) : Number.NEGATIVE_INFINITY);
  const last = visited(incoming) > visited(current) ? incoming.last : (current.last ?? incoming.last);
  if (docs === current.docs && last === current.last) return current;
  const out: ReadingState = { version: 1, docs };
  if (last !== undefined) out.last = last;
  return out;
}

/** Documents the file adds, and documents it changes (more units read, a newer position, a learned mark). */
export function diffReading(current: ReadingState, incoming: ReadingState): DomainDiff {
  return recordDiff(current.docs, mergeReading(current, incoming).docs);
}

/** 阅读进度 as an archive domain. */
export const readingDomain: ArchiveDomain<ReadingState> = {
  key: 'reading',
  label: t('archive.transfer.domain.reading'),
  format: READING_ARCHIVE_FORMAT,
  empty: EMPTY_READING,
  merge: mergeReading,
  diff: diffReading,
};
