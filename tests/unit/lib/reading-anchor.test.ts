import { describe, expect, it } from 'vitest';
import { anchorIndex, scrollToKeep } from '../../../src/lib/reading-anchor.ts';

describe('anchorIndex', () => {
  const boxes = [
    { top: -400, height: 100 },
    { top: -300, height: 350 },
    { top: 60, height: 80 },
  ];
  it('picks the first paragraph reaching below the line', () => {
    expect(anchorIndex(boxes, 0)).toBe(1);
    expect(anchorIndex(boxes, 55)).toBe(2);
  });
  it('is -1 when everything is above the line', () => {
    expect(anchorIndex(boxes, 500)).toBe(-1);
    expect(anchorIndex([], 0)).toBe(-1);
  });
});

describe('scrollToKeep', () => {
  it('keeps a paragraph below the line at the same place on screen', () => {
    // Larger text pushed the paragraph 600 px further down the page.
    expect(scrollToKeep({ top: 40, height: 100 }, { top: 640, height: 130 }, 0)).toBe(600);
    // Smaller text pulled it up.
    expect(scrollToKeep({ top: 40, height: 100 }, { top: -200, height: 80 }, 0)).toBe(-240);
  });
  it('keeps the same share of a paragraph cut by the line above the line', () => {
    // A quarter of the paragraph was above the top; after, it is twice as tall.
    const delta = scrollToKeep({ top: -50, height: 200 }, { top: 300, height: 400 }, 0);
    // Scrolling by delta puts its top at 300 - delta = -100: a quarter of 400 above the line.
    expect(300 - delta).toBe(-100);
  });
  it('measures from the given line (under a sticky header)', () => {
    expect(300 - scrollToKeep({ top: 40, height: 100 }, { top: 300, height: 100 }, 60)).toBe(40);
    expect(300 - scrollToKeep({ top: 10, height: 100 }, { top: 300, height: 200 }, 60)).toBe(60 - 100);
  });
  it('does not divide by zero for an empty box', () => {
    expect(scrollToKeep({ top: -10, height: 0 }, { top: 90, height: 0 }, 0)).toBe(100);
  });
});
