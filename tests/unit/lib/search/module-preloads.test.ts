import { describe, expect, it } from 'vitest';
import { MODULE_PRELOAD_ATTRIBUTE, pageModules, staticImports, withModulePreloads } from '../../../../src/lib/search/module-preloads.ts';

const files: Record<string, string> = {
  '/_astro/page.js': 'import{t as e}from"./loader.js";e();',
  '/_astro/loader.js': 'let p;export function t(){return p??=import("/pagefind/pagefind.js")}',
  '/_astro/Panel.js': 'export{t as default}from"./Panel.impl.js";',
  '/_astro/Panel.impl.js': 'import{a}from"./preact.js";import"./styles.js";import{t}from"./loader.js";const l=()=>import("./Lazy.js");',
  '/_astro/preact.js': 'export const a=1;',
  '/_astro/styles.js': '',
  '/_astro/client.js': 'import{a}from"./preact.js";',
};
const read = (href: string) => files[href] ?? null;
const page =
  '<html><head><link rel="preload" href="/pagefind/m.pf_meta" as="fetch"><link rel="stylesheet" href="/a.css"></head><body>' +
  '<astro-island uid="1" component-url="/_astro/Panel.js" component-export="default" renderer-url="/_astro/client.js" ssr></astro-island>' +
  '<script type="module" src="/_astro/page.js"></script></body></html>';

describe('module preloads', () => {
  it('reads the static imports and re-exports of a built module, not its dynamic imports', () => {
    expect(staticImports(files['/_astro/Panel.impl.js']!, '/_astro/Panel.impl.js')).toEqual(['/_astro/preact.js', '/_astro/styles.js', '/_astro/loader.js']);
    expect(staticImports('import{x}from"../lib/y.js"', '/_astro/sub/z.js')).toEqual(['/_astro/lib/y.js']);
  });

  it('finds every module the page loads at once, each once, and skips what is not a file of the build', () => {
    expect(pageModules(page, read)).toEqual([
      '/_astro/Panel.js',
      '/_astro/Panel.impl.js',
      '/_astro/preact.js',
      '/_astro/styles.js',
      '/_astro/loader.js',
      '/_astro/client.js',
      '/_astro/page.js',
    ]);
  });

  it('puts them after the anchor, replacing those of an earlier run', () => {
    const anchor = '<link rel="preload" href="/pagefind/m.pf_meta" as="fetch">';
    const once = withModulePreloads(page, ['/_astro/old.js'], anchor);
    const html = withModulePreloads(once, ['/_astro/a.js', '/_astro/b.js'], anchor);
    expect(html).not.toContain('old.js');
    expect(html).toContain(`${anchor}<link rel="modulepreload" href="/_astro/a.js" ${MODULE_PRELOAD_ATTRIBUTE}><link rel="modulepreload" href="/_astro/b.js" ${MODULE_PRELOAD_ATTRIBUTE}><link rel="stylesheet"`);
    expect(() => withModulePreloads(page, [], '<link rel="nothing">')).toThrow();
  });
});
