import { currentUnit } from '../lib/doc-outline.ts';

/** How long a unit's heading must stay on screen before the unit counts as read. */
const DWELL_MS = 600;
/** Distance below the viewport top (under the sticky header) that decides the current unit. */
const POSITION_LINE_PX = 120;

/** What the tracker reports; the reader bar script turns these into store actions. */
export interface TrackerCallbacks {
  /** Units whose headings have been on screen long enough. */
  onRead(unitIds: string[]): void;
  /** The unit at the top of the screen changed. */
  onPosition(unitId: string): void;
  /** Anchor ids of the sections, to report which one the reader is in. */
  sections?: readonly string[];
  /** The section at the top of the screen changed (undefined above the first one). */
  onSection?(sectionId: string | undefined): void;
}

/**
 * Where a section counts as reached: just below where a jump to its heading puts it (the page's
 * scroll padding, under the sticky header on wider screens). Closer than the units' line, since
 * a section heading is often followed at once by its first sub-section's.
 */
function sectionLine(): number {
  return (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 24;
}

/**
 * Watches the unit headings of the page. Returns a function that stops watching.
 * Uses IntersectionObserver for "has been on screen" and a throttled scroll listener for position.
 */
export function trackReading(unitIds: readonly string[], callbacks: TrackerCallbacks): () => void {
  const elements = unitIds
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  const timers = new Map<string, number>();
  let pending: string[] = [];
  let flushTimer = 0;

  const flush = () => {
    flushTimer = 0;
    if (pending.length) callbacks.onRead(pending);
    pending = [];
  };
  const read = (id: string) => {
    pending.push(id);
    if (!flushTimer) flushTimer = window.setTimeout(flush, 200);
  };

  const observer = new IntersectionObserver((records) => {
    for (const record of records) {
      const id = record.target.id;
      if (record.isIntersecting && !timers.has(id)) {
        timers.set(id, window.setTimeout(() => read(id), DWELL_MS));
      } else if (!record.isIntersecting && timers.has(id)) {
        window.clearTimeout(timers.get(id));
        timers.delete(id);
      }
    }
  });
  elements.forEach((el) => observer.observe(el));

  const sectionElements = (callbacks.sections ?? []).map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  let last: string | undefined;
  let lastSection: string | undefined | null = null;
  let frame = 0;
  const onScroll = () => {
    if (frame) return;
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      const tops = elements.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top }));
      const id = currentUnit(tops, POSITION_LINE_PX);
      if (id && id !== last) {
        last = id;
        callbacks.onPosition(id);
      }
      // Before the first section's heading reaches the line the reader is in no section yet, so
      // 下一节 goes to the first one.
      const sectionTops = sectionElements.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top }));
      const line = sectionLine();
      const section = sectionTops.length && sectionTops[0]!.top <= line ? currentUnit(sectionTops, line) : undefined;
      if (section !== lastSection) {
        lastSection = section;
        callbacks.onSection?.(section);
      }
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  onScroll();

  return () => {
    observer.disconnect();
    window.removeEventListener('scroll', onScroll);
    timers.forEach((t) => window.clearTimeout(t));
    if (flushTimer) window.clearTimeout(flushTimer);
    flush();
  };
}
