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
