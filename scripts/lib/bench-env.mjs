// What every benchmark needs: the site served from a folder by scripts/serve.mjs on a free port,
// and headless Chromium (Debian's where it exists, Playwright's own elsewhere).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

/**
 * Serves `dist` on `port` and waits until it answers; refuses a port someone else already uses.
 * @returns {Promise<{ base: string, child: import('node:child_process').ChildProcess }>}
 */
export async function startServer(dist, port) {
  const base = `http://127.0.0.1:${port}`;
  try {
    await fetch(`${base}/`, { signal: AbortSignal.timeout(500) });
    throw new Error(`port ${port} is already in use; pick another with --port`);
  } catch (error) {
    if (String(error.message).startsWith('port ')) throw error;
  }
  const serve = fileURLToPath(new URL('../serve.mjs', import.meta.url));
  const child = spawn(process.execPath, [serve, dist, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error(`serve.mjs exited: ${stderr.trim()}`);
    try {
      if ((await fetch(`${base}/`)).status < 500) return { base, child };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error('serve.mjs did not answer within 10 s');
}

const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Flags for a quiet, repeatable measurement: nothing of Chromium's own talks to the network or updates itself. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const launchOptions = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: CHROMIUM_FLAGS,
};

/** The Chromium the benchmarks drive: Debian's (or CHROME_PATH) where it exists, Playwright's own elsewhere. */
export function chromiumExecutable() {
  return launchOptions.executablePath ?? chromium.executablePath();
}

/** Headless Chromium with the flags a quiet, repeatable measurement wants. */
export function launchBrowser() {
  return chromium.launch(launchOptions);
}

/**
 * The same Chromium with an ordinary profile in `userDataDir` (not incognito), for what a real
 * profile is needed for, such as Chromium's installability check.
 */
export function launchProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, launchOptions);
}
