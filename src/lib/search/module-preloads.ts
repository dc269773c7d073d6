/**
 * Module preloads for a built page: every script module the page loads at once, and every module
 * those import statically, named in its head. The browser otherwise learns of a module only once
 * the one importing it has arrived (the search panel's island file → the panel → the search store
 * → the Pagefind loader: one round trip each), and starts the page's own module scripts, at the
 * end of its body, after its high-priority preloads. The search page shows its first results only
 * once its panel has hydrated and Pagefind has started, so every round trip saved there is saved
 * on the first screen; scripts/pagefind.mjs adds these to the built search page.
 * Pure: modules are read through the function given; no file system.
 */

/** Attribute marking the preloads added here, so a second run replaces them. */
export const MODULE_PRELOAD_ATTRIBUTE = 'data-module-graph';

/** What the page loads at once: its module scripts, and its islands' components and renderers. */
const PAGE_MODULE = /<script type="module" src="([^"]+)"| (?:component|renderer)-url="([^"]+)"/g;
/** A static `import … from "./x.js"`, `import "./x.js"` or `export … from "./x.js"` of a built module (not `import("…")`). */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The modules a built module imports statically, as addresses resolved against its own.
 *
 * @example staticImports('import{a as e}from"./storage.js";export{t as default}from"./panel.js";import("./lazy.js")', '/_astro/x.js')
 * // ['/_astro/storage.js', '/_astro/panel.js']
 */
export function staticImports(code: string, href: string): string[] {
  const base = new URL(href, 'https://site.invalid');
  return [...code.matchAll(STATIC_IMPORT)].map((m) => new URL(m[1]!, base).pathname);
}

/**
 * Every module the page loads at once, with what each imports statically, in the order found;
 * only same-site addresses under `/` (Pagefind's own script is preloaded apart). `read` gives a
 * built module's code by address, or null when it is not a file of the build.
 */
export function pageModules(html: string, read: (href: string) => string | null): string[] {
  const found: string[] = [];
  const visit = (href: string) => {
    if (!href.startsWith('/') || href.startsWith('//') || found.includes(href)) return;
    const code = read(href);
    if (code === null) return;
    found.push(href);
    for (const dep of staticImports(code, href)) visit(dep);
  };
  for (const m of html.matchAll(PAGE_MODULE)) for (const href of m.slice(1)) if (href) visit(href);
  return found;
}

/** Preloads added by an earlier run of {@link withModulePreloads}. */
const ADDED = new RegExp(`<link rel="modulepreload" href="[^"]*" ${MODULE_PRELOAD_ATTRIBUTE}>`, 'g');

/**
 * The page with a modulepreload for each of `hrefs` put right after `anchor` (an element of its
 * head), replacing those of an earlier run. Throws when the page has no `anchor`.
 */
export function withModulePreloads(html: string, hrefs: readonly string[], anchor: string): string {
  html = html.replace(ADDED, '');
  const at = html.indexOf(anchor);
  if (at < 0) throw new Error(`the page has no ${anchor} to put its module preloads after`);
  const links = hrefs.map((href) => `<link rel="modulepreload" href="${href}" ${MODULE_PRELOAD_ATTRIBUTE}>`).join('');
  return html.slice(0, at + anchor.length) + links + html.slice(at + anchor.length);
}
