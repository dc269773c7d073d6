// The address in a failed dynamic import's error (used by lazy-module.ts to ask for it again).
/**
 * The address of a module that failed to download, from the browser's error — Chromium: "Failed to
 * fetch dynamically imported module: <url>", Firefox: "error loading dynamically imported module:
 * <url>" — or undefined when the message names none (Safari). Browsers still remember a failed
 * module address for the rest of the page's life (whatwg/html#10327 changes that, not yet shipped),
 * so asking for the same address again fails at once; asking under a fresh query really downloads it.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  // String(error) holds an Error's message; greedy up to the last ".js", so a "?retry=1" it carried is left out.
  return /https?:\/\/\S+\.m?js/.exec(String(error))?.[0];
}
