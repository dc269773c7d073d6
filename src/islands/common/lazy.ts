import { useEffect, useState } from 'preact/hooks';

import { lazyModule } from '../../lib/lazy-module.ts';

// Islands import lazyModule from here with useLazy; plain scripts import it from src/lib.
export { lazyModule };

/** {@link lazyModule} for a module whose default export is what callers want (a component). */
export function lazyDefault<T>(load: () => Promise<{ default: T }>): () => Promise<T> {
  const get = lazyModule(load);
  return () => get().then((module) => module.default);
}

/** What `useLazy` has so far: the loaded value, or whether loading failed. */
export interface LazyState<T> {
  value: T | undefined;
  failed: boolean;
}

/**
 * Loads a rarely needed part of an island (a dialog, a review) once `wanted` turns true, so the
 * page does not ship it up front. `attempt` changes to retry after a failure.
 */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean, attempt = 0): LazyState<T> {
  const [state, setState] = useState<LazyState<T>>({ value: undefined, failed: false });
  useEffect(() => {
    if (!wanted || state.value !== undefined) return;
    let live = true;
    setState((s) => (s.failed ? { ...s, failed: false } : s));
    load().then(
      (value) => live && setState({ value, failed: false }),
      () => live && setState({ value: undefined, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return state;
}
