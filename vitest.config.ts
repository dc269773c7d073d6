import { defineConfig } from 'vitest/config';

// Only unit tests: the Playwright specs under tests/e2e run against the built site instead.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
});
