/**
 * 模拟考试: the settings and the clock. The paper and the marking are in ./exam-paper.ts, which the
 * page needs only once an exam starts or is handed in. Pure: the page keeps the start time and the
 * answers, and passes `now` in.
 */

/** What a member may set before starting an exam. */
export interface ExamSettings {
  /** Number of questions on the paper. */
  count: number;
  /** Time allowed, in minutes. */
  minutes: number;
  /** Lowest score that passes, as a whole percentage. */
  passPercent: number;
}

/** The settings a first exam starts with: 50 questions, 45 minutes, 60% to pass. */
export const DEFAULT_EXAM: ExamSettings = { count: 50, minutes: 45, passPercent: 60 };

/** Inclusive range allowed for each setting. */
export const EXAM_LIMITS: Readonly<Record<keyof ExamSettings, { min: number; max: number }>> = {
  count: { min: 5, max: 100 },
  minutes: { min: 5, max: 180 },
  passPercent: { min: 1, max: 100 },
};

const LABELS: Record<keyof ExamSettings, string> = { count: '题量', minutes: '考试时长（分钟）', passPercent: '及格线（%）' };

/** One Chinese message per setting that is not a whole number within {@link EXAM_LIMITS}; empty when all are fine. */
export function validateExamSettings(s: ExamSettings): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(EXAM_LIMITS) as (keyof ExamSettings)[]) {
    const { min, max } = EXAM_LIMITS[key];
    const value = s[key];
    if (!Number.isInteger(value) || value < min || value > max) errors.push(`${LABELS[key]}应为 ${min} 到 ${max} 之间的整数`);
  }
  return errors;
}

/** The instant (ms since epoch) the exam ends. */
export function deadline(startedAt: number, minutes: number): number {
  return startedAt + minutes * 60_000;
}

/** Milliseconds left on the clock at `now`; never below 0. */
export function remainingMs(startedAt: number, minutes: number, now: number): number {
  return Math.max(0, deadline(startedAt, minutes) - now);
}

/**
 * When an exam counts as handed in: `now`, except that an exam whose time ran out (perhaps while
 * the page was closed) finished at its deadline, not when the page was opened again.
 */
export function finishInstant(startedAt: number, minutes: number, now: number): number {
  return Math.min(now, deadline(startedAt, minutes));
}

/** Whether the time is up at `now`. */
export function isTimedOut(startedAt: number, minutes: number, now: number): boolean {
  return remainingMs(startedAt, minutes, now) === 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The clock as `mm:ss`, or `h:mm:ss` from an hour up. Rounds up to whole seconds, so the clock
 * shows 00:00 only when the time is really out, never while a fraction of a second is left.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
