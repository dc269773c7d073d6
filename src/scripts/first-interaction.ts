// The member's first sign of life on a page. Code that only matters once the member does something
// (the study clock, the reading tracker, the reader controls' actions) waits for it, so a page
// that is opened loads only what it shows.

/** What counts: a press, a key, a touch, the wheel, a scroll, focus moving, the mouse moving. */
const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'];

/** Calls `start` once, at the first interaction with the page. */
export function onFirstInteraction(start: () => void): void {
  const once = (event: Event) => {
    // Only the page's own scrolling: the site's scripts scroll rows into view themselves (the nav on phones).
    if (event.type === 'scroll' && event.target !== document) return;
    // Nor the page focusing its own box (the search page's autofocus): a member reaching it presses,
    // clicks or taps first, which counts already.
    if (event.type === 'focusin' && (event.target as HTMLElement).autofocus) return;
    for (const type of EVENTS) window.removeEventListener(type, once, true);
    start();
  };
  for (const type of EVENTS) window.addEventListener(type, once, { capture: true, passive: true });
}
