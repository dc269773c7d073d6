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

/**
 * The address of a module that failed to download, from the browser's error — Chromium: "Failed to
 * fetch dynamically imported module: <url>", Firefox: "error loading dynamically imported module:
 * <url>" — or undefined when the message names none (Safari). Browsers still remember a failed
 * module address for the rest of the page's life (whatwg/html#10327 changes that, not yet shipped),
 * so asking for the same address again fails at once; asking under a fresh query really downloads it.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /(https?:\/\/\S+?\.m?js)(?=[\s?#]|$)/.exec(message)?.[1];
}
