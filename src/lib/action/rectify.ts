/**
 * The rules of the 整改清单: what a valid item is, how an item is created and edited, which status
 * changes are allowed and what they need, and when an item is overdue. Pure: the store applies
 * the results, the islands show the problems in words. Every change appends to the item's history.
 */
import { beijingDay } from '../dates.ts';
import {
  RECTIFY_EDITABLE,
  RECTIFY_LIMITS,
  type RectifyEditable,
  type RectifyHistoryEntry,
  type RectifyItem,
  type RectifyOrigin,
  type RectifyStatus,
} from '../../schemas/rectify.ts';

/** What the member types into the item form; `deadline` is '' when none is set. */
export interface RectifyDraft {
  problem: string;
  measures: string;
  responsible: string;
  deadline: string;
  evidence: string;
}

/** Why a field cannot be saved; the island turns it into a sentence next to the field. */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number; length: number }
  | { code: 'badDate' }
  | { code: 'beforeCreation'; day: string }
  | { code: 'evidenceRequired' };

/** Problems per field; empty when the draft can be saved. */
export type DraftProblems = Partial<Record<RectifyEditable, FieldProblem>>;

/** A change that worked, or the reasons it did not. */
export type Outcome<T, P> = { ok: true; value: T } | { ok: false; problems: P };

/** The statuses each status may move to: forward one or two steps, or back to 整改中 (reopening). */
export const NEXT_STATUSES: Readonly<Record<RectifyStatus, readonly RectifyStatus[]>> = {
  todo: ['doing', 'done'],
  doing: ['done'],
  done: ['closed', 'doing'],
  closed: ['doing'],
};

/** Statuses that need a completion evidence note. */
const NEEDS_EVIDENCE: readonly RectifyStatus[] = ['done', 'closed'];

/** Statuses in which the problem still has to be dealt with (and so can be overdue). */
export const OPEN_STATUSES: readonly RectifyStatus[] = ['todo', 'doing'];

/** Whether `value` is a real calendar day written YYYY-MM-DD, between the years 2000 and 2100. */
export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function lengthProblem(value: string, max: number): FieldProblem | undefined {
  const length = value.trim().length;
  return length > max ? { code: 'tooLong', max, length } : undefined;
}

/**
 * Checks a draft: the problem is required; every field within its length; the deadline, when set,
 * a real day not before `createdDay` (the Beijing day the item was or is being created); and, for
 * an item already 已完成 or 已销号, the evidence may not be emptied.
 */
export function draftProblems(draft: RectifyDraft, createdDay: string, status: RectifyStatus = 'todo'): DraftProblems {
  const problems: DraftProblems = {};
  const problem = draft.problem.trim();
  if (!problem) problems.problem = { code: 'required' };
  else {
    const long = lengthProblem(problem, RECTIFY_LIMITS.problem);
    if (long) problems.problem = long;
  }
  const measures = lengthProblem(draft.measures, RECTIFY_LIMITS.measures);
  if (measures) problems.measures = measures;
  const responsible = lengthProblem(draft.responsible, RECTIFY_LIMITS.responsible);
  if (responsible) problems.responsible = responsible;
  const deadline = draft.deadline.trim();
  if (deadline) {
    if (!isRealDay(deadline)) problems.deadline = { code: 'badDate' };
    else if (deadline < createdDay) problems.deadline = { code: 'beforeCreation', day: createdDay };
  }
  const evidence = lengthProblem(draft.evidence, RECTIFY_LIMITS.evidence);
  if (evidence) problems.evidence = evidence;
  else if (NEEDS_EVIDENCE.includes(status) && !draft.evidence.trim()) problems.evidence = { code: 'evidenceRequired' };
  return problems;
}

/** Whether a problems object is empty. */
export function hasProblems(problems: object): boolean {
  return Object.keys(problems).length > 0;
}

/** A draft with nothing typed yet. */
export const EMPTY_DRAFT: RectifyDraft = { problem: '', measures: '', responsible: '', deadline: '', evidence: '' };

/** The form's starting values for editing an item. */
export function draftOf(item: RectifyItem): RectifyDraft {
  return { problem: item.problem, measures: item.measures, responsible: item.responsible, deadline: item.deadline ?? '', evidence: item.evidence };
}

/** The stored values of a draft: trimmed, with no deadline when none was typed. */
function clean(draft: RectifyDraft): Pick<RectifyItem, RectifyEditable> {
  const deadline = draft.deadline.trim();
  return {
    problem: draft.problem.trim(),
    measures: draft.measures.trim(),
    responsible: draft.responsible.trim(),
    deadline: deadline || undefined,
    evidence: draft.evidence.trim(),
  };
}

/** Where a new item comes from. */
export interface RectifyOriginInput {
  origin: RectifyOrigin;
  /** The 查摆 question id or 党性体检 item it came from. */
  originRef?: string;
}

/** A new item, 待整改, from a checked draft; its history starts with its creation. */
export function createItem(id: string, draft: RectifyDraft, from: RectifyOriginInput, now: Date): Outcome<RectifyItem, DraftProblems> {
  const problems = draftProblems(draft, beijingDay(now));
  if (hasProblems(problems)) return { ok: false, problems };
  const at = now.toISOString();
  const values = clean(draft);
  const item: RectifyItem = {
    id,
    ...values,
    origin: from.origin,
    status: 'todo',
    createdAt: at,
    updatedAt: at,
    history: [{ at, kind: 'created', to: 'todo' }],
  };
  if (values.deadline === undefined) delete item.deadline;
  const ref = from.originRef?.trim().slice(0, RECTIFY_LIMITS.originRef);
  if (ref) item.originRef = ref;
  return { ok: true, value: item };
}

/** Why an item cannot be edited or moved. */
export type ItemProblem = 'locked' | 'same' | 'notAllowed' | 'evidenceRequired' | 'evidenceTooLong' | 'noteTooLong';

/**
 * The item with the draft's values. 已销号 items are locked (reopen them first). Changed fields,
 * with what they said before, are appended to the history; a draft that changes nothing returns
 * the same item.
 */
export function editItem(item: RectifyItem, draft: RectifyDraft, now: Date): Outcome<RectifyItem, DraftProblems | 'locked'> {
  if (item.status === 'closed') return { ok: false, problems: 'locked' };
  const problems = draftProblems(draft, beijingDay(new Date(item.createdAt)), item.status);
  if (hasProblems(problems)) return { ok: false, problems };
  const values = clean(draft);
  const fields = RECTIFY_EDITABLE.filter((f) => (values[f] ?? '') !== (item[f] ?? ''));
  if (fields.length === 0) return { ok: true, value: item };
  const at = now.toISOString();
  const before = Object.fromEntries(fields.map((f) => [f, item[f] ?? ''])) as Partial<Record<RectifyEditable, string>>;
  const next: RectifyItem = { ...item, ...values, updatedAt: at, history: [...item.history, { at, kind: 'edited', fields, before }] };
  if (values.deadline === undefined) delete next.deadline;
  return { ok: true, value: next };
}

/**
 * Whether `item` may move to `to` with this evidence (the item's own when not given): only along
 * `NEXT_STATUSES`; 已完成 and 已销号 need an evidence note.
 */
export function transitionProblem(item: RectifyItem, to: RectifyStatus, evidence = item.evidence, note = ''): ItemProblem | undefined {
  if (to === item.status) return 'same';
  if (!NEXT_STATUSES[item.status].includes(to)) return 'notAllowed';
  if (evidence.trim().length > RECTIFY_LIMITS.evidence) return 'evidenceTooLong';
  if (NEEDS_EVIDENCE.includes(to) && !evidence.trim()) return 'evidenceRequired';
  if (note.trim().length > RECTIFY_LIMITS.note) return 'noteTooLong';
  return undefined;
}

/**
 * The item moved to `to`. The evidence typed with the change replaces the item's (an edit of the
 * evidence is recorded too); the history gains a status entry with the evidence as it stood for
 * 已完成/已销号, and the member's note (e.g. why an item was reopened).
 */
export function changeStatus(
  item: RectifyItem,
  to: RectifyStatus,
  now: Date,
  options: { evidence?: string; note?: string } = {},
): Outcome<RectifyItem, ItemProblem> {
  const evidence = (options.evidence ?? item.evidence).trim();
  const note = options.note?.trim() ?? '';
  const problem = transitionProblem(item, to, evidence, note);
  if (problem) return { ok: false, problems: problem };
  const at = now.toISOString();
  const history: RectifyHistoryEntry[] = [...item.history];
  if (evidence !== item.evidence) history.push({ at, kind: 'edited', fields: ['evidence'], before: { evidence: item.evidence } });
  const entry: RectifyHistoryEntry = { at, kind: 'status', from: item.status, to };
  if (NEEDS_EVIDENCE.includes(to)) entry.evidence = evidence;
  if (note) entry.note = note;
  history.push(entry);
  return { ok: true, value: { ...item, status: to, evidence, updatedAt: at, history } };
}

/** Whether moving from `from` to `to` is a reopening (back to work after 已完成/已销号). */
export function isReopening(from: RectifyStatus, to: RectifyStatus): boolean {
  return to === 'doing' && NEEDS_EVIDENCE.includes(from);
}

/**
 * Whole Beijing days an open item is past its deadline: 0 when it is not overdue (no deadline,
 * already 已完成/已销号, or the deadline is today or later). The deadline day itself still counts.
 */
export function overdueDays(item: Pick<RectifyItem, 'deadline' | 'status'>, now: Date): number {
  if (!item.deadline || !OPEN_STATUSES.includes(item.status)) return 0;
  const today = beijingDay(now);
  if (today <= item.deadline) return 0;
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${item.deadline}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Whether an open item's deadline has passed, by Beijing day. */
export function isOverdue(item: Pick<RectifyItem, 'deadline' | 'status'>, now: Date): boolean {
  return overdueDays(item, now) > 0;
}

/** Trims a problem handed over by another tool to what an item holds, marking the cut with an ellipsis. */
export function fitProblem(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > RECTIFY_LIMITS.problem ? `${trimmed.slice(0, RECTIFY_LIMITS.problem - 1)}…` : trimmed;
}
