import type { QuizBank } from '../../lib/quiz/quiz-bank.ts';
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

/** State of the bank download. */
export type BankState = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; bank: QuizBank };

/** The question bank, fetched once per page. */
export function useQuizBank(): BankState {
  const state = useLoaded(load);
  return state.status === 'ready' ? { status: 'ready', bank: state.value } : state;
}
