import { describe, expect, it } from 'vitest';
import { currentUnit, headingsFromMdx, neighbours, readingUnits, tocEntries } from '../../../src/lib/doc-outline.ts';

const body = `前言

<Heading level={2} id="ch-1">第一章　总则</Heading>

<Heading level={3} id="art-1">第一条</Heading>

正文 \\{ 转义 \\}

<Heading level={3} id="art-2">第二条</Heading>

<Heading level={2} id="ch-2">第二章　附\\*则</Heading>

<Heading level={3} id="art-3">第三条</Heading>
`;

describe('document outline', () => {
  const headings = headingsFromMdx(body);

  it('reads Heading tags in order and unescapes their text', () => {
    expect(headings.map((h) => [h.depth, h.id, h.text])).toEqual([
      [2, 'ch-1', '第一章　总则'],
      [3, 'art-1', '第一条'],
      [3, 'art-2', '第二条'],
      [2, 'ch-2', '第二章　附*则'],
      [3, 'art-3', '第三条'],
    ]);
  });

  it('takes leaves as reading units and structure as the table of contents', () => {
    expect(readingUnits(headings).map((h) => h.id)).toEqual(['art-1', 'art-2', 'art-3']);
    expect(tocEntries(headings).map((h) => h.id)).toEqual(['ch-1', 'ch-2']);
  });

  it('lists the units themselves when there is no structure above them', () => {
    const flat = [
      { depth: 2, id: 'a', text: 'A' },
      { depth: 2, id: 'b', text: 'B' },
    ];
    expect(readingUnits(flat)).toEqual(flat);
    expect(tocEntries(flat)).toEqual(flat);
  });

  it('finds the unit at the reading line', () => {
    const tops = [
      { id: 'a', top: -500 },
      { id: 'b', top: 80 },
      { id: 'c', top: 400 },
    ];
    expect(currentUnit(tops, 120)).toBe('b');
    expect(currentUnit(tops, 0)).toBe('a');
    expect(currentUnit([{ id: 'a', top: 300 }], 120)).toBe('a');
    expect(currentUnit([], 120)).toBeUndefined();
  });

  it('gives previous and next units', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ prev: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 'a')).toEqual({ prev: undefined, next: 'b' });
    expect(neighbours(['a', 'b'], undefined)).toEqual({ next: 'a' });
  });
});
