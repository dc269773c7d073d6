// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { dictionaryAreas } from './scripts/lib/dictionary-areas.mjs';
import { compiledSchemas } from './scripts/lib/compiled-schemas.mjs';
import { chunkGroups } from './scripts/lib/chunk-groups.mjs';

// The settings boot script and a study guide's missing-article note run inline before first paint;
// CSP allows exactly these bytes.
/** @param {string} path @returns {`sha256-${string}`} */
const inlineScriptHash = (path) => `sha256-${createHash('sha256').update(readFileSync(new URL(path, import.meta.url), 'utf8')).digest('base64')}`;
const inlineHashes = ['./src/stores/settings-boot.js', './src/scripts/missing-article-boot.js'].map(inlineScriptHash);

// Islands import single areas of the one dictionary (see scripts/lib/dictionary-areas.mjs).
const dictionary = fileURLToPath(new URL('./src/i18n/zh-CN.ts', import.meta.url));
// Browser code validates with compiled copies of the zod schemas (see scripts/lib/compiled-schemas.mjs).
const browserPlugins = () => [
  dictionaryAreas(dictionary),
  compiledSchemas(fileURLToPath(new URL('./src/schemas/', import.meta.url)), fileURLToPath(new URL('./src/lib/compiled-schema.ts', import.meta.url))),
];

/** `client:split` (src/client-directives/split.ts): `client:load` with the first render in a task of its own. */
const clientSplit = {
  name: 'lxyz-client-split',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string, entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'split', entrypoint: fileURLToPath(new URL('./src/client-directives/split.ts', import.meta.url)) }),
  },
};

/** @type {(level: string, log: { code?: string, message: string }, handler: (level: any, log: any) => void) => void} */
function quietAstroMarkerWarning(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
}

export default defineConfig({
  site: 'https://example.org',
  // A build of another content folder (the e2e import journey) keeps its own content cache.
  ...(process.env.LXYZ_CONTENT_DIR ? { cacheDir: `${process.env.LXYZ_CONTENT_DIR}/.astro-cache` } : {}),
  output: 'static',
  trailingSlash: 'always',
  // Only .jsx/.tsx can hold JSX: by default the Preact preset runs Babel over every .ts/.js module
  // of both builds as well, for nothing.
  integrations: [mdx(), preact({ include: [/\.[jt]sx$/] }), clientSplit],
  markdown: { syntaxHighlight: 'prism' },
  vite: {
    plugins: browserPlugins(),
    // Astro's own content-asset modules start with the marker "use astro:head-inject", which
    // Rolldown reports once per MDX file as a directive it may drop (14 coloured blocks that look
    // like failures). Nothing reads the marker after bundling, so dropping it is harmless: only
    // that one warning is silenced, every other log passes through.
    build: { rolldownOptions: { onLog: quietAstroMarkerWarning } },
    worker: { plugins: browserPlugins },
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } } },
  },
  security: {
    csp: {
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly on the page (it runs without its
      // worker to save the worker's download and start-up); it allows no JavaScript eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
