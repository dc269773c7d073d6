/**
 * Resolves once the page has painted its content and the browser has a free moment: for downloads
 * the first screen does not need (a quiz bank behind a set-up form), so that on a weak signal they do
 * not share the line with what the member is waiting for.
 * Browsers without paint timing wait for `load` instead; without `requestIdleCallback` (Safari,
 * WeChat on iOS), for a short timeout.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50));
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      if (document.readyState === 'complete') idle();
      else addEventListener('load', idle, { once: true });
      return;
    }
    // `buffered` hands over a paint that happened before this was called.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      idle();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
