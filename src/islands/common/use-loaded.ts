import { useEffect, useState } from 'preact/hooks';

/** Where a download an island waits for stands. */
export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; value: T };

/**
 * Runs `load` after the island has mounted (and again on retry) and follows the answer. The server
 * render and the hydrating render both see `loading`, so islands build the same layout either way.
 * With `wanted` false nothing is fetched and the state stays `loading`: islands pass whether the
 * member has anything that needs the data, so members without it download nothing.
 * @param load a stable function (a module-level loader), called with no arguments
 */
export function useLoaded<T>(load: () => Promise<T>, wanted = true): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'error', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, attempt]);
  return state;
}
