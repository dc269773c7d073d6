// Cumulative layout shift of a page load as Chromium reports it ('layout-shift' entries without
// recent input), on a phone-sized page with the CPU slowed down, as a member's phone would load it.
// Used by `npm run bench:cls` and by the layout-shift e2e test.

/** A member's phone: the viewport the site is judged at. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

/** Chromium's CPU slow-down for the measurement (CDP Emulation.setCPUThrottlingRate). */
export const CPU_SLOWDOWN = 4;

/**
 * Run in the page (`page.waitForFunction`): brings the first island not yet hydrated into view, as
 * a member scrolling to it would (a `client:visible` island hydrates only then); true once every
 * island has hydrated. The island element is display: contents: its first child is what is watched.
 * @returns {boolean}
 */
export function scrollToWaitingIsland() {
  const waiting = document.querySelector('astro-island[ssr]');
  (waiting?.firstElementChild ?? waiting)?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return !waiting;
}

/**
 * Loads `url` in `page` (a fresh page of a context made with {@link PHONE}) with the CPU slowed
 * down, waits until the network is quiet and islands have had time to render, and returns the
 * sum of layout shifts and what moved (including any while it scrolls to islands that hydrate when visible).
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<{ cls: number, shifts: { value: number, sources: string[] }[] }>}
 */
export async function measureLayoutShift(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(() => {
    const shifts = [];
    Object.defineProperty(window, '__layoutShifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => {
          const node = s.node;
          if (!node || node.nodeType !== 1) return node?.nodeName ?? '?';
          return `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands hydrate on load or idle; give them time to render on the slowed CPU.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="visible"])').length === 0, undefined, { timeout: 15_000 }).catch(() => undefined);
  // A client:visible island hydrates as the member scrolls to it: scroll to each in turn, as they
  // would, so a shift it causes on arrival is counted too.
  await page.waitForFunction(scrollToWaitingIsland, undefined, { timeout: 15_000, polling: 100 }).catch(() => undefined);
  await page.waitForTimeout(800);
  const shifts = await page.evaluate(() => window.__layoutShifts);
  await cdp.detach();
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}
