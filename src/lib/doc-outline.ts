/** One heading of a document, as the table of contents and reading tracker see it. */
export interface OutlineHeading {
  /** 2 for the top level below the title, deeper numbers nest. */
  depth: number;
  /** Anchor id, e.g. `art-12`, `p-3`, `sec-3-1`. */
  id: string;
  /** Visible heading text. */
  text: string;
}

const HEADING_TAG = /<Heading\s+level=\{(\d)\}\s+id="([^"]+)"\s*>([\s\S]*?)<\/Heading>/g;

/** Headings written as `<Heading level={n} id="…">text</Heading>` in an MDX body, in order. */
export function headingsFromMdx(body: string): OutlineHeading[] {
  return [...body.matchAll(HEADING_TAG)].map((m) => ({
    depth: Number(m[1]),
    id: m[2] ?? '',
    text: (m[3] ?? '').replace(/\\(.)/g, '$1').trim(),
  }));
}

/**
 * Reading units: the headings whose next heading is not nested under them (an article, a plan
 * paragraph, a guide section). A unit counts as read once it has been on screen.
 */
export function readingUnits(headings: readonly OutlineHeading[]): OutlineHeading[] {
  return headings.filter((h, i) => {
    const next = headings[i + 1];
    return !next || next.depth <= h.depth;
  });
}

/**
 * Entries for the table of contents: the structural headings (编, 章, 节, the plan's sections), or
 * the units themselves when a document has no structure above them.
 */
export function tocEntries(headings: readonly OutlineHeading[]): OutlineHeading[] {
  const units = new Set(readingUnits(headings));
  const structure = headings.filter((h) => !units.has(h));
  return structure.length > 0 ? structure : [...headings];
}

/**
 * The unit the reader is at: the last one whose heading top is at or above `line` (pixels from the
 * top of the viewport), or the first unit when none has reached it yet.
 */
export function currentUnit(tops: readonly { id: string; top: number }[], line: number): string | undefined {
  let current = tops[0]?.id;
  for (const { id, top } of tops) {
    if (top <= line) current = id;
    else break;
  }
  return current;
}

/** The ids just before and after `id` in `ids`, for previous/next navigation. */
export function neighbours(ids: readonly string[], id: string | undefined): { prev?: string; next?: string } {
  const i = id === undefined ? -1 : ids.indexOf(id);
  if (i === -1) return { next: ids[0] };
  return { prev: ids[i - 1], next: ids[i + 1] };
}
