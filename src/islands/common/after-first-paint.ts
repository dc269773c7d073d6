/**
 * Resolves once the page has painted its content and the browser has a free moment: for downloads an
 * island does not need to show its first screen (a quiz bank behind a set-up form), so that on a weak
 * signal they do not share the line with the code and text the member is waiting for.
 * Browsers without paint timing resolve at `load`; without `requestIdleCallback` (Safari, WeChat on
 * iOS), after a short timeout.
 */
export function afterFirstPaint(): Promise<void> {
  return painted().then(idle);
}

function painted(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return loaded(resolve);
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

function loaded(resolve: () => void): void {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}
