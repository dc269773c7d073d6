import { failedModuleUrl } from './failed-module-url.ts';

/** Imports a module by its address (the browser's own `import()`). */
const importAddress = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * Remembers one dynamic import so every caller shares it; a failed load is forgotten, so the next
 * call tries again (the member may have been offline for a moment). Browsers remember a module
 * address that failed to download for the rest of the page's life and fail the same `import()` at
 * once, so the next tries ask for the address the error names under a fresh query (`?retry=n`),
 * which really downloads it. Kept apart from the Preact helpers in src/islands/common/lazy.ts so
 * plain page scripts can use it without loading Preact.
 *
 * @param load The import, e.g. `() => import('./Dialog.tsx')`.
 * @param importUrl How a module is imported by address on a retry (tests pass their own).
 */
export function lazyModule<M>(load: () => Promise<M>, importUrl: (url: string) => Promise<unknown> = importAddress): () => Promise<M> {
  let pending: Promise<M> | undefined;
  let failedUrl: string | undefined;
  let retries = 0;
  return () => {
    pending ??= failedUrl ? (importUrl(`${failedUrl}?retry=${(retries += 1)}`) as Promise<M>) : load();
    pending.catch((error: unknown) => {
      pending = undefined;
      failedUrl ??= failedModuleUrl(error);
    });
    return pending;
  };
}
