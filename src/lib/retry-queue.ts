/**
 * A queue of changes that need a module loaded on first use (the quiz recorder). Changes run in the
 * order asked for. When the module cannot be fetched even after the retries, the changes are kept,
 * the owner is told (to tell the member), and they are applied in order on `retry()` or with the
 * next change, whichever comes first. Nothing here touches the DOM or storage.
 */

/** How a {@link retryQueue} loads, waits and reports. */
export interface RetryQueueOptions<R> {
  /** Loads what the changes need; a failed load must be callable again (see lazy-module.ts). */
  load: () => Promise<R>;
  /** Pauses before each further try, in milliseconds; e.g. [1000, 3000, 9000] tries four times. */
  delays: readonly number[];
  /** Called when every try has failed: changes are waiting and will not be applied without help. */
  onStuck: () => void;
  /** Called when the waiting changes were applied after an `onStuck`. */
  onResumed: () => void;
}

/** The queue's face: add a change, or try again after it got stuck. */
export interface RetryQueue<R> {
  /**
   * Runs `change` once the module has loaded, after every change asked for before it; resolves to
   * its result, rejects only if `change` itself throws. While the module cannot be fetched the
   * promise stays pending, and the change with it.
   */
  run<T>(change: (loaded: R) => T): Promise<T>;
  /**
   * Tries once more to load and apply the waiting changes (the member asked: no pauses); joins a try
   * already under way. Resolves to whether nothing is left waiting.
   */
  retry(): Promise<boolean>;
}

interface Waiting<R> {
  change: (loaded: R) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A queue that applies changes in order once `load` succeeds (see {@link RetryQueue}). */
export function retryQueue<R>({ load, delays, onStuck, onResumed }: RetryQueueOptions<R>): RetryQueue<R> {
  const queue: Waiting<R>[] = [];
  let current: Promise<boolean> | undefined;
  let stuck = false;

  async function loadWithRetries(pauses: readonly number[]): Promise<R> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await load();
      } catch (error) {
        if (attempt >= pauses.length) throw error;
        await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
      }
    }
  }

  // Applies the waiting changes in order; cleared in the same step as the last change is applied,
  // so a change asked for by a caller's continuation starts a new pass rather than joining a finished one.
  async function drain(pauses: readonly number[]): Promise<boolean> {
    try {
      while (queue.length > 0) {
        let loaded: R;
        try {
          loaded = await loadWithRetries(pauses);
        } catch {
          stuck = true;
          onStuck();
          return false;
        }
        // Synchronously, so nothing asked for meanwhile can slip in between.
        while (queue.length > 0) {
          const next = queue.shift()!;
          try {
            next.resolve(next.change(loaded));
          } catch (error) {
            next.reject(error);
          }
        }
      }
      if (stuck) {
        stuck = false;
        onResumed();
      }
      return true;
    } finally {
      current = undefined;
    }
  }

  function start(pauses: readonly number[]): Promise<boolean> {
    if (current) return current;
    // With nothing waiting, drain would finish before `current` is set and never be cleared.
    if (queue.length === 0) return Promise.resolve(true);
    current = drain(pauses);
    return current;
  }

  return {
    run<T>(change: (loaded: R) => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ change, resolve: resolve as (value: unknown) => void, reject });
        void start(delays);
      });
    },
    retry: () => start([]),
  };
}
