/**
 * Keeping the answer history from growing without bound. Every answer is stored (question, time,
 * right or wrong, mode: about 80 bytes); a very active member gives tens of thousands a year, more
 * than a phone's 5 MB of storage should hold. So whole Beijing months of old answers are folded
 * into a summary — per month and question, how many answers and how many right — which is all
 * the statistics need (answers, accuracy, distinct questions, per document). The current month is
 * never folded, and the newest {@link MAX_RAW_ATTEMPTS} answers stay as they are.
 *
 * Merging summaries takes, per month and question, the larger count (as the study-time domain
 * does for days): two devices' answers of a folded month cannot be told apart from the same
 * answers counted twice, and the larger figure never inflates a repeated import. Raw answers of a
 * month folded on either side are folded in the same way. The merge stays commutative and
 * idempotent; it is not associative when one side folded a month the others still hold raw (the
 * larger count is then taken over differently grouped answers) — the result never overcounts. Pure.
 */
import type { AttemptRecord } from './stats.ts';

/** Month (`YYYY-MM`, Beijing) → question id → `[answers, right]` (a pair; the schema checks its length). */
export type AttemptSummary = Record<string, Record<string, number[]>>;

/** Raw answers kept before whole older months are folded: about 160 KB. */
export const MAX_RAW_ATTEMPTS = 2000;

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing month of an instant (Asia/Shanghai has kept UTC+8 all year since 1991). */
export function beijingMonth(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '0000-00' : new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 7);
}

/** Per question, the larger of two `[answers, right]` counts (each figure on its own). */
function larger(a: readonly number[] | undefined, b: readonly number[]): number[] {
  return a ? [Math.max(a[0] ?? 0, b[0] ?? 0), Math.max(a[1] ?? 0, b[1] ?? 0)] : [...b];
}

/** Both summaries, the larger count per month and question; `current` itself when `incoming` adds nothing. */
export function mergeSummaries(current: AttemptSummary | undefined, incoming: AttemptSummary | undefined): AttemptSummary | undefined {
  if (!incoming) return current;
  let out: AttemptSummary | undefined;
  for (const [month, questions] of Object.entries(incoming)) {
    for (const [q, counts] of Object.entries(questions)) {
      const mine = current?.[month]?.[q];
      const next = larger(mine, counts);
      if (mine && next[0] === mine[0] && next[1] === mine[1]) continue;
      out ??= { ...current };
      out[month] = { ...out[month], [q]: next };
    }
  }
  return out ?? current;
}

/**
 * Folds the raw answers of `months` into the summary (the larger count per question, see the
 * module comment) and returns the answers left; the same arrays and objects when nothing folds.
 */
export function foldMonths<A extends AttemptRecord>(
  attempts: readonly A[],
  summary: AttemptSummary | undefined,
  months: ReadonlySet<string>,
): { attempts: readonly A[]; summary: AttemptSummary | undefined } {
  if (months.size === 0) return { attempts, summary };
  const counts = new Map<string, Map<string, [number, number]>>();
  const kept: A[] = [];
  for (const a of attempts) {
    const month = beijingMonth(a.t);
    if (!months.has(month)) {
      kept.push(a);
      continue;
    }
    const byQ = counts.get(month) ?? new Map<string, [number, number]>();
    const c = byQ.get(a.q) ?? [0, 0];
    byQ.set(a.q, [c[0] + 1, c[1] + (a.ok ? 1 : 0)]);
    counts.set(month, byQ);
  }
  if (kept.length === attempts.length) return { attempts, summary };
  const folded: AttemptSummary = {};
  for (const [month, byQ] of counts) folded[month] = Object.fromEntries(byQ);
  return { attempts: kept, summary: mergeSummaries(summary, folded) };
}

/**
 * Keeps at most `cap` raw answers by folding whole months, oldest first, never the month of
 * `now`. Returns the same arrays and objects when nothing needs folding.
 */
export function capAttempts<A extends AttemptRecord>(
  attempts: readonly A[],
  summary: AttemptSummary | undefined,
  now: Date,
  cap: number = MAX_RAW_ATTEMPTS,
): { attempts: readonly A[]; summary: AttemptSummary | undefined } {
  if (attempts.length <= cap) return { attempts, summary };
  const current = beijingMonth(now.toISOString());
  const perMonth = new Map<string, number>();
  for (const a of attempts) {
    const m = beijingMonth(a.t);
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  }
  const months = new Set<string>();
  let left = attempts.length;
  for (const month of [...perMonth.keys()].sort()) {
    if (left <= cap || month >= current) break;
    months.add(month);
    left -= perMonth.get(month)!;
  }
  return foldMonths(attempts, summary, months);
}

/** Answers and right answers per question over a summary, for the statistics. */
export function summaryByQuestion(summary: AttemptSummary | undefined): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const questions of Object.values(summary ?? {})) {
    for (const [q, [n = 0, ok = 0]] of Object.entries(questions)) {
      const c = out.get(q) ?? [0, 0];
      out.set(q, [c[0] + n, c[1] + ok]);
    }
  }
  return out;
}
