// Node module hooks so plain `node` scripts can load library code that imports
// `virtual:zh-CN/<area>` (which Vite serves in the site; see dictionary-areas.mjs).
// Use: `import { register } from 'node:module'; register('./dictionary-node-hooks.mjs', import.meta.url);`
const PREFIX = 'virtual:zh-CN/';

/** Answers `virtual:zh-CN/<area>` with a module exporting that area's strings. */
export async function resolve(specifier, context, next) {
  if (!specifier.startsWith(PREFIX)) return next(specifier, context);
  const dictionary = await import(new URL('../../src/i18n/zh-CN.ts', import.meta.url).href);
  const strings = dictionary[`${specifier.slice(PREFIX.length)}Strings`];
  if (!strings) throw new Error(`zh-CN.ts 中没有 “${specifier.slice(PREFIX.length)}.” 开头的文字`);
  return { url: `data:text/javascript,export default ${encodeURIComponent(JSON.stringify(strings))}`, shortCircuit: true };
}
