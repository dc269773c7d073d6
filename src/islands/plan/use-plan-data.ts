import { useEffect, useState } from 'preact/hooks';
import type { ClientPlan } from '../../lib/plan/client-plan.ts';

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
  const [state, setState] = useState<PlanDataState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(url).then(
      (plans) => live && setState({ status: 'ready', plans }),
      () => live && setState({ status: 'error', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  return state;
}
