/**
 * The rules of the 党性体检: keeping a draft, checking it before submission, turning it into a
 * dated record, scoring and summarising a record, comparing it with the one before, and picking
 * the items to offer as 整改 entries. Pure: the store applies the results, the island says them.
 */
import { beijingDay } from '../dates.ts';
import {
  DRAFT_NOTE_MAX,
  NOTE_MAX,
  RATINGS,
  type CheckedItem,
  type ListKind,
  type Rating,
  type SelfcheckDraft,
  type SelfcheckRecord,
  type SelfcheckState,
} from '../../schemas/selfcheck.ts';

/** Nothing filled in, nothing submitted. */
export const EMPTY_SELFCHECK: SelfcheckState = { version: 1, draft: null, checks: [] };

/** An item of the lists as the page hands it over: id, list and the plan's wording. */
export interface ListItem {
  id: string;
  list: ListKind;
  text: string;
}

/**
 * Points per rating: 做到/无 2, 基本做到/偶有 1, 有差距/存在 0. The score is the points won as a
 * share of the points possible, so a member who meets every item scores 100.
 */
export const RATING_POINTS: Readonly<Record<Rating, number>> = { ok: 2, partly: 1, gap: 0 };

/** Why a note cannot be submitted. */
export interface NoteProblem {
  code: 'tooLong';
  /** The limit. */
  max: number;
  /** The note's length now. */
  length: number;
}

/** A note's problem, or undefined when it can be submitted (white space at either end is not counted). */
export function noteProblem(note: string | undefined): NoteProblem | undefined {
  const length = (note ?? '').trim().length;
  return length > NOTE_MAX ? { code: 'tooLong', max: NOTE_MAX, length } : undefined;
}

function touchDraft(draft: SelfcheckDraft | null, now: Date): SelfcheckDraft {
  const at = now.toISOString();
  return draft ? { ...draft, updatedAt: at } : { startedAt: at, updatedAt: at, answers: {} };
}

/** Records a rating in the draft, starting one if needed. */
export function setDraftRating(state: SelfcheckState, itemId: string, rating: Rating, now: Date): SelfcheckState {
  if (state.draft?.answers[itemId]?.rating === rating) return state;
  const draft = touchDraft(state.draft, now);
  return { ...state, draft: { ...draft, answers: { ...draft.answers, [itemId]: { ...draft.answers[itemId], rating } } } };
}

/**
 * Records a note in the draft as typed (an empty note removes it). Anything past
 * {@link DRAFT_NOTE_MAX} is not kept; the form has long since said the note is too long.
 */
export function setDraftNote(state: SelfcheckState, itemId: string, note: string, now: Date): SelfcheckState {
  const kept = note.slice(0, DRAFT_NOTE_MAX);
  const before = state.draft?.answers[itemId];
  if ((before?.note ?? '') === kept) return state;
  const draft = touchDraft(state.draft, now);
  const answer = { ...before };
  if (kept === '') delete answer.note;
  else answer.note = kept;
  return { ...state, draft: { ...draft, answers: { ...draft.answers, [itemId]: answer } } };
}

/** What stops a draft from being submitted, in list order; both empty when it can be. */
export interface DraftProblems {
  /** Items without a rating. */
  unrated: string[];
  /** Items whose note is too long. */
  tooLong: { id: string; problem: NoteProblem }[];
}

/** Checks a draft against the lists: every item rated, every note within {@link NOTE_MAX}. */
export function draftProblems(draft: SelfcheckDraft | null, items: readonly ListItem[]): DraftProblems {
  const unrated: string[] = [];
  const tooLong: DraftProblems['tooLong'] = [];
  for (const item of items) {
    const answer = draft?.answers[item.id];
    if (!answer?.rating) unrated.push(item.id);
    const problem = noteProblem(answer?.note);
    if (problem) tooLong.push({ id: item.id, problem });
  }
  return { unrated, tooLong };
}

/** Whether the problems leave nothing to fix. */
export function isReady(problems: DraftProblems): boolean {
  return problems.unrated.length === 0 && problems.tooLong.length === 0;
}

/** A change that worked, or the reasons it did not. */
export type Outcome<T, P> = { ok: true; value: T } | { ok: false; problems: P };

/**
 * Submits the draft: a dated record (Beijing day) of every item with its rating and trimmed note
 * joins the history, and the draft is cleared. Answers for items no longer on the lists are left
 * out. Refused, changing nothing, while any item is unrated or any note too long.
 */
export function submitDraft(
  state: SelfcheckState,
  items: readonly ListItem[],
  now: Date,
  id: string,
): Outcome<{ state: SelfcheckState; check: SelfcheckRecord }, DraftProblems> {
  const problems = draftProblems(state.draft, items);
  if (!isReady(problems)) return { ok: false, problems };
  const answers = state.draft!.answers;
  const check: SelfcheckRecord = {
    id,
    at: now.toISOString(),
    day: beijingDay(now),
    items: items.map((item) => {
      const note = answers[item.id]?.note?.trim();
      return { id: item.id, list: item.list, text: item.text, rating: answers[item.id]!.rating!, ...(note ? { note } : {}) };
    }),
  };
  return { ok: true, value: { state: { ...state, draft: null, checks: insertCheck(state.checks, check) }, check } };
}

/** A new record id: the time in base 36 and four random characters, unique across tabs in practice. */
export function newCheckId(now: Date, random: () => number = Math.random): string {
  const tail = Array.from({ length: 4 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `${now.getTime().toString(36)}${tail}`;
}

/** The checks with `check` in its place by time; unchanged if a check with its id is there already. */
export function insertCheck(checks: readonly SelfcheckRecord[], check: SelfcheckRecord): SelfcheckRecord[] {
  if (checks.some((c) => c.id === check.id)) return [...checks];
  const at = Date.parse(check.at);
  const index = checks.findIndex((c) => Date.parse(c.at) > at);
  return index < 0 ? [...checks, check] : [...checks.slice(0, index), check, ...checks.slice(index)];
}

/** The checks without the one with `id`, and that one (undefined when there was none). */
export function removeCheck(checks: readonly SelfcheckRecord[], id: string): { checks: SelfcheckRecord[]; removed?: SelfcheckRecord } {
  const removed = checks.find((c) => c.id === id);
  return removed ? { checks: checks.filter((c) => c !== removed), removed } : { checks: [...checks] };
}

/** The check submitted just before the one with `id` (checks are kept oldest first). */
export function previousCheck(checks: readonly SelfcheckRecord[], id: string): SelfcheckRecord | undefined {
  const index = checks.findIndex((c) => c.id === id);
  return index > 0 ? checks[index - 1] : undefined;
}

/** Score 0–100: points won ({@link RATING_POINTS}) as a share of the points possible, rounded. */
export function scoreOf(items: readonly Pick<CheckedItem, 'rating'>[]): number {
  if (items.length === 0) return 0;
  const won = items.reduce((sum, item) => sum + RATING_POINTS[item.rating], 0);
  return Math.round((won / (items.length * RATING_POINTS.ok)) * 100);
}

/** Counts of each rating in one list. */
export type RatingCounts = Record<Rating, number>;

/** What a check came to. */
export interface CheckSummary {
  /** Ratings counted per list. */
  counts: Record<ListKind, RatingCounts>;
  /** Items rated. */
  total: number;
  /** See {@link scoreOf}. */
  score: number;
  /** Items rated 有差距 or 存在, in list order: the ones to put right. */
  gaps: CheckedItem[];
}

const zeroCounts = (): RatingCounts => Object.fromEntries(RATINGS.map((r) => [r, 0])) as RatingCounts;

/** Counts, score and the items with a gap. */
export function summarize(check: SelfcheckRecord): CheckSummary {
  const counts = { positive: zeroCounts(), negative: zeroCounts() };
  for (const item of check.items) counts[item.list][item.rating] += 1;
  return { counts, total: check.items.length, score: scoreOf(check.items), gaps: check.items.filter((i) => i.rating === 'gap') };
}

/** An item whose rating moved between two checks. */
export interface RatingChange {
  id: string;
  list: ListKind;
  /** The wording in the later check. */
  text: string;
  from: Rating;
  to: Rating;
}

/** How a check compares with the one before it. */
export interface CheckComparison {
  /** Items rated better than before, in the later check's order. */
  better: RatingChange[];
  /** Items rated worse than before. */
  worse: RatingChange[];
  /** Ids of items rated the same. */
  same: string[];
  /** Ids of items only the later check has (the lists changed in between). */
  added: string[];
  /** Ids of items only the earlier check has. */
  dropped: string[];
  /** Later score minus earlier score. */
  scoreChange: number;
}

/** Compares two checks item by item (by id): better, worse, the same, or on only one of them. */
export function compareChecks(earlier: SelfcheckRecord, later: SelfcheckRecord): CheckComparison {
  const before = new Map(earlier.items.map((i) => [i.id, i]));
  const laterIds = new Set(later.items.map((i) => i.id));
  const result: CheckComparison = {
    better: [],
    worse: [],
    same: [],
    added: [],
    dropped: earlier.items.filter((i) => !laterIds.has(i.id)).map((i) => i.id),
    scoreChange: scoreOf(later.items) - scoreOf(earlier.items),
  };
  for (const item of later.items) {
    const old = before.get(item.id);
    if (!old) {
      result.added.push(item.id);
      continue;
    }
    const change = { id: item.id, list: item.list, text: item.text, from: old.rating, to: item.rating };
    const diff = RATING_POINTS[item.rating] - RATING_POINTS[old.rating];
    if (diff > 0) result.better.push(change);
    else if (diff < 0) result.worse.push(change);
    else result.same.push(item.id);
  }
  return result;
}

/** The `originRef` a 整改 entry made from a check's item carries: `<check id>:<item id>`. */
export function originRef(checkId: string, itemId: string): string {
  return `${checkId}:${itemId}`;
}

/** A check's gap items that have not been sent to the 整改清单 yet (their `originRef` is not in `sent`). */
export function pendingGaps(check: SelfcheckRecord, sent: ReadonlySet<string>): CheckedItem[] {
  return check.items.filter((i) => i.rating === 'gap' && !sent.has(originRef(check.id, i.id)));
}

/**
 * The text of a 整改 entry: `head`, then the member's note after `separator`, shortened with an
 * ellipsis where the whole would pass `max` characters (the note stays whole in the check itself).
 */
export function fitProblem(head: string, note: string | undefined, max: number, separator = '：'): string {
  const whole = head.slice(0, max);
  if (!note || whole.length + separator.length >= max) return whole;
  const room = max - whole.length - separator.length;
  return `${whole}${separator}${note.length <= room ? note : `${note.slice(0, room - 1)}…`}`;
}

/** When a check was submitted, as members read it: `2026年3月5日 09:05`, Beijing time. */
export function checkDateTime(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  const [year, month, day] = beijingDay(date).split('-');
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return `${year}年${Number(month)}月${Number(day)}日 ${time}`;
}

/** A check's date alone: `2026年3月5日` (its Beijing day). */
export function checkDate(check: Pick<SelfcheckRecord, 'day'>): string {
  const [year, month, day] = check.day.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** The item's number within its list, from its id (`neg-7` → 7). */
export function itemNumber(itemId: string): number {
  return Number(itemId.slice(itemId.indexOf('-') + 1));
}
