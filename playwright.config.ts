import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { register } from 'node:module';

// Specs import site code whose strings come from `virtual:zh-CN/…` modules, which only Vite serves.
register('./scripts/lib/dictionary-node-hooks.mjs', import.meta.url);

// Not 4321: the machine is shared and another dev server may hold it. Never reuse a running server:
// it could be someone else's site.
const PORT = Number(process.env.E2E_PORT ?? 4399);
// Debian's Chromium where it exists (Playwright cannot download browsers here); Playwright's own elsewhere.
const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  // The service worker is tested in tests/e2e/offline.spec.ts, which allows it. Elsewhere it is
  // blocked: installing it precaches ~1.5 MB in every fresh context, and Playwright's request
  // routing does not see requests a service worker answers.
  use: { baseURL: `http://127.0.0.1:${PORT}`, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
