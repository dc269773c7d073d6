import { anchorIndex, scrollToKeep, type Box } from '../lib/reading-anchor.ts';

/** The blocks of a document a reader's place can be anchored to. */
const BLOCKS = '.doc-body :is(p, li, blockquote, tr, h2, h3, h4, h5, h6)';

function box(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { top: r.top, height: r.height };
}

/** Where the readable area starts: under the header where it sticks (wider screens), else the top. */
function topLine(): number {
  const header = document.querySelector('.site-header');
  if (!header || getComputedStyle(header).position !== 'sticky') return 0;
  return Math.max(0, header.getBoundingClientRect().bottom);
}

/**
 * Runs `change` (which re-lays out the text, e.g. a new text size) and scrolls so the paragraph
 * at the top of the screen stays there, at the same point in it. Checked again on the next frame
 * in case the browser's own scroll anchoring moved the page as well.
 */
export function keepReadingPlace(change: () => void): void {
  const blocks = [...document.querySelectorAll(BLOCKS)];
  const line = topLine();
  const index = window.scrollY > 0 ? anchorIndex(blocks.map(box), line) : -1;
  if (index === -1) {
    change();
    return;
  }
  const anchor = blocks[index]!;
  const before = box(anchor);
  change();
  window.scrollBy(0, scrollToKeep(before, box(anchor), line));
  const placed = box(anchor);
  requestAnimationFrame(() => {
    const drift = box(anchor).top - placed.top;
    if (Math.abs(drift) >= 1) window.scrollBy(0, drift);
  });
}
