import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/** False in the server render and the first (hydrating) client render, true once mounted. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/**
 * A store's value that is safe to hydrate: the first render uses `serverValue` (what the page was
 * built with, since the server has no member data), and the stored value takes over once mounted.
 * Preact's hydration does not patch attributes that differ, so rendering stored data straight
 * away would leave stale attributes such as `value` and `disabled` on the page.
 */
export function useClientStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const value = useStore(store);
  return useMounted() ? value : serverValue;
}
