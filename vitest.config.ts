import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { dictionaryAreas } from './scripts/lib/dictionary-areas.mjs';

// Only unit tests: the Playwright specs under tests/e2e run against the built site instead.
export default defineConfig({
  plugins: [dictionaryAreas(fileURLToPath(new URL('./src/i18n/zh-CN.ts', import.meta.url)))],
  test: { include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
});
