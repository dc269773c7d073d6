/**
 * 学习测试 records in the 学习档案: every answer, the 错题本, mastered and starred questions,
 * practice positions, 每日一练 days and finished exams. Merging never drops an answer or an
 * exam; where both devices hold the same item, the rules below say which one stands.
 */
import type { ArchiveDomain, DomainDiff } from '../domain.ts';
import type { VersionedFormat } from '../../versioned.ts';
import { quizStateSchema, type QuizState } from '../../../schemas/quiz-state.ts';
import type { WrongEntry } from '../../quiz/wrong-book.ts';
import { translator } from '../../../i18n/translator.ts';
import archiveStrings from 'virtual:zh-CN/archive';
import { sameJson } from '../canonical-json.ts';
import { addDiffs, instantMs, mergeRecords, recordDiff, unionBy } from './merge-helpers.ts';
import { isDeleted, mergeTombstones, tombstoneKey, withTombstones } from '../tombstones.ts';
import { foldMonths, mergeSummaries } from '../../quiz/history.ts';

const t = translator(archiveStrings);

/**
 * The stored quiz format. Must match `QUIZ_FORMAT` in src/stores/quiz.ts (a unit test checks it),
 * because lib code cannot import a store; when the quiz store gains version 2, both get the step.
 */
export const QUIZ_ARCHIVE_FORMAT: VersionedFormat<QuizState> = { version: 1, schema: quizStateSchema };

/** Nothing answered yet; equal to `EMPTY_QUIZ` in the store. */
export const EMPTY_QUIZ_ARCHIVE: QuizState = { version: 1, attempts: [], wrong: {}, mastered: {}, starred: [], practice: {}, daily: {}, exams: [] };

type Attempt = QuizState['attempts'][number];

/** One answer is the same answer on both devices when question, time and mode agree. */
export function attemptKey(a: Attempt): string {
  return `${a.q}\u0000${a.t}\u0000${a.m}`;
}

/** Every answer from both sides once, oldest first (a stable sort, so answers given together keep their order). */
export function mergeAttempts(current: readonly Attempt[], incoming: readonly Attempt[]): Attempt[] {
  const union = unionBy(current, incoming, attemptKey);
  if (union === current) return union as Attempt[];
  return union
    .map((a, i) => ({ a, i, ms: instantMs(a.t) }))
    .sort((x, y) => x.ms - y.ms || x.i - y.i)
    .map((x) => x.a);
}

/**
 * Which of two 错题本 entries for the same question stands: more lapses (it went wrong more
 * often), then the longer right streak (more review done), then the later due date. A full tie
 * keeps `current`.
 */
export function pickWrongEntry(current: WrongEntry, incoming: WrongEntry): WrongEntry {
  if (incoming.lapses !== current.lapses) return incoming.lapses > current.lapses ? incoming : current;
  if (incoming.streak !== current.streak) return incoming.streak > current.streak ? incoming : current;
  return instantMs(incoming.due) > instantMs(current.due) ? incoming : current;
}

/** The later of two instants (mastering again after a relapse moves the time on, as the store does). */
function later(a: string, b: string): string {
  return instantMs(b) > instantMs(a) ? b : a;
}

/**
 * 错题本 after a merge. A question in the book on one side and mastered (out of the book) on the
 * other comes back only if it went wrong after it was mastered there: the last wrong answer in
 * the merged history, or else the entry's `added` time, is compared with the mastering time.
 */
function mergeWrong(current: QuizState, incoming: QuizState, attempts: readonly Attempt[]): QuizState['wrong'] {
  const lastWrong = new Map<string, number>();
  for (const a of attempts) if (!a.ok) lastWrong.set(a.q, Math.max(lastWrong.get(a.q) ?? Number.NEGATIVE_INFINITY, instantMs(a.t)));
  const out = new Map<string, WrongEntry>();
  const ids = new Set([...Object.keys(current.wrong), ...Object.keys(incoming.wrong)]);
  for (const id of ids) {
    const sides = [current, incoming];
    const entries = sides.flatMap((s) => (Object.hasOwn(s.wrong, id) ? [s.wrong[id]!] : []));
    const entry = entries.length === 2 ? pickWrongEntry(entries[0]!, entries[1]!) : entries[0]!;
    // Sides that took the question out of the book, and when they last did.
    const masteredAt = sides
      .filter((s) => !Object.hasOwn(s.wrong, id) && Object.hasOwn(s.mastered, id))
      .map((s) => instantMs(s.mastered[id]))
      .reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    const lapsedAt = Math.max(lastWrong.get(id) ?? Number.NEGATIVE_INFINITY, ...entries.map((e) => instantMs(e.added)));
    if (masteredAt === Number.NEGATIVE_INFINITY || lapsedAt > masteredAt) out.set(id, entry);
  }
  const merged = Object.fromEntries(out);
  return sameJson(merged, current.wrong) ? current.wrong : merged;
}

/**
 * Merges two quiz histories. Answers: union without duplicates, by time. 错题本: see
 * {@link pickWrongEntry} and the mastered rule. Mastered: union, the later time. Starred: union,
 * less stars taken off (tombstones `star:<id>`; a 错题本 removal is remembered by `mastered`).
 * Practice positions: the newer. 每日一练: union by day; a day done on both keeps the earlier
 * (the first completion is the one that counted). Exams: union by id, by finish time.
 */
export function mergeQuiz(current: QuizState, incoming: QuizState): QuizState {
  const union = mergeAttempts(current.attempts, incoming.attempts);
  // Answers of a month folded into counts on either side are folded here too (history.ts).
  const merged = mergeSummaries(current.summary, incoming.summary);
  const folded = foldMonths(union, merged, new Set(Object.keys(merged ?? {})));
  const attempts = folded.attempts === union ? union : [...folded.attempts];
  const summary = folded.summary === current.summary || sameJson(folded.summary, current.summary) ? current.summary : folded.summary;
  const deleted = mergeTombstones(current.deleted, incoming.deleted);
  const stars = unionBy(current.starred, incoming.starred, (id) => id);
  const live = stars.filter((id) => !isDeleted(deleted, tombstoneKey.star(id)));
  const starred = sameJson(live, current.starred) ? current.starred : live;
  const fields: QuizState = {
    version: 1,
    attempts,
    wrong: mergeWrong(current, incoming, attempts),
    mastered: mergeRecords(current.mastered, incoming.mastered, later),
    starred,
    practice: mergeRecords(current.practice, incoming.practice, (c, i) => (instantMs(i.t) > instantMs(c.t) ? i : c)),
    daily: mergeRecords(current.daily, incoming.daily, (c, i) => (instantMs(i.doneAt) < instantMs(c.doneAt) ? i : c)),
    exams: mergeExams(current.exams, incoming.exams),
  };
  const result = withTombstones(summary ? { ...fields, summary } : fields, deleted);
  const unchanged = (Object.keys(fields) as (keyof QuizState)[]).every((k) => fields[k] === current[k]) && deleted === current.deleted && summary === current.summary;
  return unchanged ? current : result;
}

function mergeExams(current: QuizState['exams'], incoming: QuizState['exams']): QuizState['exams'] {
  const union = unionBy(current, incoming, (e) => e.id);
  if (union === current) return current;
  return union
    .map((e, i) => ({ e, i, ms: instantMs(e.finishedAt) }))
    .sort((x, y) => x.ms - y.ms || x.i - y.i)
    .map((x) => x.e);
}

/** Folded answer counts keyed `<month>/<question>`, for counting. */
function flatSummary(state: QuizState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state.summary ?? {}).flatMap(([month, qs]) => Object.entries(qs).map(([q, c]) => [`${month}/${q}`, c])));
}

/** Keyed view of a list, for counting. */
function keyed<V>(items: readonly V[], key: (item: V) => string): Record<string, V> {
  return Object.fromEntries(items.map((item) => [key(item), item]));
}

/**
 * What a merge adds and changes, summed over answers, 错题本 entries (one leaving the book
 * counts as changed), mastered and starred questions, practice positions, daily days and exams.
 */
export function diffQuiz(current: QuizState, incoming: QuizState): DomainDiff {
  const merged = mergeQuiz(current, incoming);
  const kept = new Set(merged.starred);
  const unstarred = incoming.starred.filter((id) => !kept.has(id)).length;
  if (merged === current) return unstarred ? { added: 0, changed: 0, stayDeleted: unstarred } : { added: 0, changed: 0 };
  const byId = (id: string) => id;
  return addDiffs(
    { added: 0, changed: 0, stayDeleted: unstarred },
    recordDiff(keyed(current.attempts, attemptKey), keyed(merged.attempts, attemptKey)),
    recordDiff(current.wrong, merged.wrong),
    recordDiff(current.mastered, merged.mastered),
    recordDiff(keyed(current.starred, byId), keyed(merged.starred, byId)),
    recordDiff(current.practice, merged.practice),
    recordDiff(current.daily, merged.daily),
    recordDiff(keyed(current.exams, (e) => e.id), keyed(merged.exams, (e) => e.id)),
    recordDiff(flatSummary(current), flatSummary(merged)),
  );
}

/** 学习测试 records as an archive domain. */
export const quizDomain: ArchiveDomain<QuizState> = {
  key: 'quiz',
  label: t('archive.transfer.domain.quiz'),
  format: QUIZ_ARCHIVE_FORMAT,
  empty: EMPTY_QUIZ_ARCHIVE,
  merge: mergeQuiz,
  diff: diffQuiz,
};
