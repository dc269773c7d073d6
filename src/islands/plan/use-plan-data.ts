import { useCallback } from 'preact/hooks';
import type { ClientPlan } from '../../lib/plan/client-plan.ts';
import { useLoaded } from '../common/use-loaded.ts';

const pending = new Map<string, Promise<ClientPlan[]>>();

function load(url: string): Promise<ClientPlan[]> {
  let p = pending.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<ClientPlan[]>;
    });
    // A failed load may be retried.
    p.catch(() => pending.delete(url));
    pending.set(url, p);
  }
  return p;
}

/** State of the plan download. */
export type PlanDataState = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; plans: ClientPlan[] };

/**
 * The year plans, fetched once per page from a JSON file built with the site, so pages do not
 * carry every year's plan in their HTML.
 */
export function usePlanData(url: string): PlanDataState {
  const state = useLoaded(useCallback(() => load(url), [url]));
  return state.status === 'ready' ? { status: 'ready', plans: state.value } : state;
}
