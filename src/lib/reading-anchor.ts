/**
 * Keeping the reader's place when the text is laid out again (text size or colour scheme changed):
 * the paragraph at the top of the screen is the anchor, and the same point in it is brought back
 * to the same line afterwards. Pure: works on boxes measured by the caller.
 */

/** A block's vertical position on screen, in CSS pixels from the top of the viewport. */
export interface Box {
  top: number;
  height: number;
}

/** Index of the first box not wholly above `line` (the paragraph being read), or -1 when none is. */
export function anchorIndex(boxes: readonly Box[], line: number): number {
  return boxes.findIndex((b) => b.top + b.height > line);
}

/**
 * How far to scroll (positive: down) so the anchor sits where it did. A paragraph cut by `line`
 * keeps the same share of it above the line (the sentence being read stays at the top, though
 * the paragraph is now taller or shorter); one wholly below the line keeps its top where it was.
 */
export function scrollToKeep(before: Box, after: Box, line: number): number {
  if (before.top >= line || before.height <= 0) return after.top - before.top;
  const share = Math.min(1, (line - before.top) / before.height);
  return after.top - (line - share * after.height);
}
