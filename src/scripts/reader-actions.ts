// What the reader bar does once the member interacts (src/scripts/reader-bar.ts loads it then):
// tracks reading (units read, 上次读到, the current section for 上一节/下一节), moves between
// sections, and changes text size and colour scheme while keeping the paragraph being read in place.
import { markUnitsRead, savePosition } from '../stores/reading.ts';
import { setTheme, stepFont } from '../stores/settings.ts';
import type { Settings } from '../schemas/settings.ts';
import { neighbours } from '../lib/doc-outline.ts';
import { keepReadingPlace } from './keep-reading-place.ts';
import { trackReading } from './reading-tracker.ts';

export { setTheme, stepFont };

let sections: readonly string[] = [];
let section: string | undefined;

/** Starts tracking the reading of `docId`; `onSection` is told which section is on screen. */
export function startTracking(docId: string, units: readonly string[], sectionIds: readonly string[], onSection: (around: { prev?: string; next?: string }) => void): void {
  sections = sectionIds;
  trackReading(units, {
    onRead: (read) => markUnitsRead(docId, read),
    onPosition: (id) => savePosition(docId, id),
    sections,
    onSection: (id) => {
      section = id;
      onSection(neighbours(sections, section));
    },
  });
}

/**
 * Goes to the previous or next of `sectionIds`. They come with the call, not from
 * {@link startTracking}: a first tap on 下一节 may arrive before tracking has started.
 */
export function go(which: 'prev' | 'next', sectionIds: readonly string[]): void {
  const id = neighbours(sectionIds, section)[which];
  if (!id) return;
  // Setting the hash it already has would not scroll (上一节 back to the section in the address).
  if (location.hash === `#${id}`) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  else location.hash = `#${id}`;
}

/** Puts the page's text size and scheme to `settings`, keeping the paragraph being read in place. */
export function applySettings({ fontStep, theme }: Settings): void {
  const root = document.documentElement;
  keepReadingPlace(() => {
    root.setAttribute('data-font-step', String(fontStep));
    if (theme === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  });
}
