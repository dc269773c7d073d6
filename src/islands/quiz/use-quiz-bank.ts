import type { QuizBank } from '../../lib/quiz/quiz-bank.ts';
import { afterFirstPaint } from '../common/after-first-paint.ts';
import { useLoaded } from '../common/use-loaded.ts';

let pending: Promise<QuizBank> | undefined;

function load(): Promise<QuizBank> {
  pending ??= fetch('/quiz/bank.json').then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<QuizBank>;
  });
  // A failed load may be retried.
  pending.catch(() => (pending = undefined));
  return pending;
}

const loadAfterFirstPaint = (): Promise<QuizBank> => afterFirstPaint().then(load);

/** State of the bank download. */
export type BankState = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; bank: QuizBank };

/**
 * The question bank, fetched once per page.
 * @param notYet true while the island shows nothing from the bank (the exam set-up): the download then
 *   waits until the page has painted; turning false (the member starts) fetches it at once
 */
export function useQuizBank(notYet = false): BankState {
  const state = useLoaded(notYet ? loadAfterFirstPaint : load);
  return state.status === 'ready' ? { status: 'ready', bank: state.value } : state;
}
