/**
 * Changes to a member's 学习计划 ticks, and how two copies merge (for the 学习档案 import).
 * Pure: the store applies them. Every change returns the same object when nothing changes, so
 * the store writes nothing.
 */
import type { PlanProgress } from '../../schemas/plan-progress.ts';

/** Nothing ticked yet. */
export const EMPTY_PLAN_PROGRESS: PlanProgress = { version: 1, tasks: {}, qiyi: {}, duties: {} };

/** A map without `key`, or the same map when it had none. */
function without(map: Readonly<Record<string, string>>, key: string): Record<string, string> {
  if (!(key in map)) return map as Record<string, string>;
  const { [key]: _gone, ...rest } = map;
  return rest;
}

/**
 * Ticks a task done at `at` (keeping an earlier tick) or clears it. `at` is an ISO instant; undo
 * passes the original one back so nothing about the tick is lost.
 */
export function setTaskDone(state: PlanProgress, taskId: string, done: boolean, at: string): PlanProgress {
  if (done) return state.tasks[taskId] ? state : { ...state, tasks: { ...state.tasks, [taskId]: at } };
  const tasks = without(state.tasks, taskId);
  return tasks === state.tasks ? state : { ...state, tasks };
}

/** Ticks or clears an item of a per-year checklist (`qiyi` or `duties`). */
export function setYearItem(state: PlanProgress, list: 'qiyi' | 'duties', year: number, itemId: string, done: boolean, at: string): PlanProgress {
  const key = String(year);
  const current = state[list][key] ?? {};
  let next: Record<string, string>;
  if (done) {
    if (current[itemId]) return state;
    next = { ...current, [itemId]: at };
  } else {
    next = without(current, itemId);
    if (next === current) return state;
  }
  return { ...state, [list]: { ...state[list], [key]: next } };
}

/** Union of two tick maps; where both ticked an item, the earlier tick stands. */
function mergeTicks(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...a };
  for (const [id, at] of Object.entries(b)) if (!out[id] || Date.parse(at) < Date.parse(out[id]!)) out[id] = at;
  return out;
}

function mergeYears(a: PlanProgress['qiyi'], b: PlanProgress['qiyi']): PlanProgress['qiyi'] {
  const out: PlanProgress['qiyi'] = { ...a };
  for (const [year, ticks] of Object.entries(b)) out[year] = mergeTicks(out[year] ?? {}, ticks);
  return out;
}

/**
 * Merges ticks from another copy (an imported 学习档案): nothing ticked here is lost, and an item
 * ticked in both keeps the earlier time. Idempotent and commutative.
 */
export function mergePlanProgress(current: PlanProgress, incoming: PlanProgress): PlanProgress {
  // Nothing new: keep the very same object, so a store holding it is not rewritten.
  const { added, changed } = diffPlanProgress(current, incoming);
  if (added === 0 && changed === 0) return current;
  return {
    version: 1,
    tasks: mergeTicks(current.tasks, incoming.tasks),
    qiyi: mergeYears(current.qiyi, incoming.qiyi),
    duties: mergeYears(current.duties, incoming.duties),
  };
}

/** How many ticks an import would add, and how many would move to an earlier time. */
export function diffPlanProgress(current: PlanProgress, incoming: PlanProgress): { added: number; changed: number } {
  let added = 0;
  let changed = 0;
  const count = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) => {
    for (const [id, at] of Object.entries(b)) {
      if (!a[id]) added += 1;
      else if (Date.parse(at) < Date.parse(a[id]!)) changed += 1;
    }
  };
  count(current.tasks, incoming.tasks);
  for (const list of ['qiyi', 'duties'] as const) {
    for (const [year, ticks] of Object.entries(incoming[list])) count(current[list][year] ?? {}, ticks);
  }
  return { added, changed };
}

/** How many of `ids` are ticked in a per-year checklist. */
export function tickedCount(state: PlanProgress, list: 'qiyi' | 'duties', year: number, ids: readonly string[]): number {
  const ticks = state[list][String(year)] ?? {};
  return ids.filter((id) => ticks[id]).length;
}
