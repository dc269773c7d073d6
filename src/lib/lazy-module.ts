/**
 * Remembers one dynamic import so every caller shares it; a failed load is forgotten, so the next
 * call tries again (the member may have been offline for a moment). Kept apart from the Preact
 * helpers in src/islands/common/lazy.ts so plain page scripts can use it without loading Preact.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load();
    pending.catch(() => (pending = undefined));
    return pending;
  };
}
