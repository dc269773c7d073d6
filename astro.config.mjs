// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// The settings boot script runs inline before first paint; CSP allows exactly these bytes.
const bootScript = readFileSync(new URL('./src/stores/settings-boot.js', import.meta.url), 'utf8');
const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

export default defineConfig({
  site: 'https://example.org',
  // A build of another content folder (the e2e import journey) keeps its own content cache.
  ...(process.env.LXYZ_CONTENT_DIR ? { cacheDir: `${process.env.LXYZ_CONTENT_DIR}/.astro-cache` } : {}),
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  markdown: { syntaxHighlight: 'prism' },
  security: {
    csp: {
      scriptDirective: { hashes: [/** @type {`sha256-${string}`} */ (bootHash)] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
