/**
 * The few facts the 支部汇总 needs from one member's archive, taken out once when the file is
 * read: study seconds per day, when each document was marked learned, when monthly tasks were
 * ticked, 每日一练 days, exam scores, self-check days and the 整改清单's deadlines and status
 * changes. Everything else (every answer, notes, …) is dropped, so hundreds of files stay small.
 *
 * Values come from the parser's `decoded` (validated and migrated by the registered domains).
 * A domain this site's parser does not know yet arrives raw; it is used only if it passes the
 * domain's own schema, and otherwise listed as unreadable. A missing domain simply gives nothing.
 */
import { activityStateSchema, type ActivityState } from '../../../schemas/activity.ts';
import { planProgressSchema, type PlanProgress } from '../../../schemas/plan-progress.ts';
import { quizStateSchema, type QuizState } from '../../../schemas/quiz-state.ts';
import { readingStateSchema, type ReadingState } from '../../../schemas/reading.ts';
import { rectifyStateSchema, type RectifyState, type RectifyStatus } from '../../../schemas/rectify.ts';
import { selfcheckStateSchema, type SelfcheckState } from '../../../schemas/selfcheck.ts';
import type { Validator } from '../../versioned.ts';

/** Archive domain keys (= storage domains) the summary reads. `plan` holds the 学习计划 ticks. */
export const SUMMARY_DOMAINS = {
  activity: activityStateSchema,
  reading: readingStateSchema,
  quiz: quizStateSchema,
  plan: planProgressSchema,
  selfcheck: selfcheckStateSchema,
  rectify: rectifyStateSchema,
} as const satisfies Record<string, Validator<unknown>>;

/** A key of {@link SUMMARY_DOMAINS}. */
export type SummaryDomain = keyof typeof SUMMARY_DOMAINS;

/** What the summary keeps of one 整改 item. */
export interface RectifyFact {
  /** When it was added (ISO instant). */
  createdAt: string;
  /** Its deadline now (Beijing day), if any. */
  deadline?: string;
  /** Its status now. */
  status: RectifyStatus;
  /** Later changes that tell what the item looked like earlier, oldest first. */
  changes: RectifyChange[];
}

/** One status change or deadline edit of a 整改 item. */
export type RectifyChange =
  | { at: string; kind: 'status'; from: RectifyStatus }
  | { at: string; kind: 'deadline'; before?: string };

/** Everything the summary needs from one member's archive. */
export interface MemberFacts {
  /** Summary domains present in the file and readable. */
  present: SummaryDomain[];
  /** Summary domains present but unreadable (only possible for domains the parser skipped). */
  unreadable: SummaryDomain[];
  /** Study seconds per Beijing day. */
  studyDays: Record<string, number>;
  /** When each document was marked learned, by document id. */
  learned: Record<string, string>;
  /** When each monthly task was ticked done (ISO instants). */
  tasksDone: string[];
  /** Beijing days with the 每日一练 done. */
  dailyDays: string[];
  /** Finished exams: when, and the score in percent. */
  exams: { finishedAt: string; percent: number }[];
  /** Beijing days on which a 党性体检 was submitted. */
  selfcheckDays: string[];
  /** The 整改清单. */
  rectify: RectifyFact[];
}

/** The facts of a file with none of the summary's domains. */
export function emptyFacts(): MemberFacts {
  return { present: [], unreadable: [], studyDays: {}, learned: {}, tasksDone: [], dailyDays: [], exams: [], selfcheckDays: [], rectify: [] };
}

/** What the summary keeps of one 整改 item: deadline and status now, and the changes that lead there. */
export function rectifyFact(item: RectifyState['items'][number]): RectifyFact {
  const changes: RectifyChange[] = [];
  for (const entry of item.history) {
    if (entry.kind === 'status' && entry.from !== undefined) changes.push({ at: entry.at, kind: 'status', from: entry.from });
    else if (entry.kind === 'edited' && entry.fields?.includes('deadline')) {
      // The store writes '' for "no deadline before"; both read as none.
      const before = entry.before?.deadline;
      changes.push(before ? { at: entry.at, kind: 'deadline', before } : { at: entry.at, kind: 'deadline' });
    }
  }
  const fact: RectifyFact = { createdAt: item.createdAt, status: item.status, changes };
  if (item.deadline !== undefined) fact.deadline = item.deadline;
  return fact;
}

/**
 * A domain's value for the summary: the parser's decoded value, else the raw value if it passes
 * the domain's schema; `undefined` with `unreadable` set when raw data fails it.
 */
function domainValue<K extends SummaryDomain>(key: K, decoded: Readonly<Record<string, unknown>>, raw: Readonly<Record<string, unknown>>): { value?: unknown; unreadable?: true } {
  if (Object.hasOwn(decoded, key)) return { value: decoded[key] };
  if (!Object.hasOwn(raw, key)) return {};
  const parsed = SUMMARY_DOMAINS[key].safeParse(raw[key]);
  return parsed.success ? { value: parsed.data } : { unreadable: true };
}

/**
 * Takes the summary's facts out of one archive.
 *
 * @param decoded the parser's decoded domains, by key
 * @param raw raw data of domains the parser skipped, by key
 */
export function memberFacts(decoded: Readonly<Record<string, unknown>>, raw: Readonly<Record<string, unknown>> = {}): MemberFacts {
  const facts = emptyFacts();
  const read = <K extends SummaryDomain>(key: K): unknown => {
    const { value, unreadable } = domainValue(key, decoded, raw);
    if (unreadable) facts.unreadable.push(key);
    if (value !== undefined) facts.present.push(key);
    return value;
  };
  const activity = read('activity') as ActivityState | undefined;
  if (activity) facts.studyDays = { ...activity.days };
  const reading = read('reading') as ReadingState | undefined;
  if (reading) {
    // fromEntries defines own properties, so a document id such as `__proto__` stays plain data.
    facts.learned = Object.fromEntries(Object.entries(reading.docs).flatMap(([id, doc]) => (doc.learnedAt === undefined ? [] : [[id, doc.learnedAt]])));
  }
  const quiz = read('quiz') as QuizState | undefined;
  if (quiz) {
    facts.dailyDays = Object.keys(quiz.daily);
    facts.exams = quiz.exams.map((e) => ({ finishedAt: e.finishedAt, percent: e.percent }));
  }
  const plan = read('plan') as PlanProgress | undefined;
  if (plan) facts.tasksDone = Object.values(plan.tasks);
  const selfcheck = read('selfcheck') as SelfcheckState | undefined;
  if (selfcheck) facts.selfcheckDays = selfcheck.checks.map((c) => c.day);
  const rectify = read('rectify') as RectifyState | undefined;
  if (rectify) facts.rectify = rectify.items.map(rectifyFact);
  return facts;
}
