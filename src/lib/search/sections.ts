/** A heading Pagefind recorded on a page: its id and text, in page order. */
export interface PageAnchor {
  id: string;
  text: string;
}

/** A stretch of a page's text that belongs to one anchor (or to the page itself before the first). */
export interface PageSection {
  /** Anchor id; undefined for text before the first anchored heading. */
  id?: string;
  /** Heading text of the anchor, if any. */
  title?: string;
  /** The section's text, its heading included. */
  text: string;
}

/**
 * Splits a page's indexed text into the sections of its anchored headings. Pagefind keeps the
 * page text in reading order with each heading's text in place (followed by ". " when the heading
 * has no final punctuation), so each heading is found after the previous one. A heading text that
 * also occurs in the body (a cross-reference like 第十条) is told apart by the ". " after it.
 * Anchors whose text cannot be found are skipped; their text stays with the previous section.
 */
export function splitSections(content: string, anchors: readonly PageAnchor[]): PageSection[] {
  const starts: { at: number; anchor: PageAnchor }[] = [];
  let from = 0;
  for (const anchor of anchors) {
    const text = anchor.text.trim();
    if (!text) continue;
    let at = content.indexOf(`${text}. `, from);
    if (at === -1) at = content.indexOf(text, from);
    if (at === -1) continue;
    starts.push({ at, anchor });
    from = at + text.length;
  }
  const sections: PageSection[] = [];
  const lead = content.slice(0, starts[0]?.at ?? content.length);
  if (lead.trim()) sections.push({ text: lead });
  starts.forEach(({ at, anchor }, i) => {
    sections.push({ id: anchor.id, title: anchor.text, text: content.slice(at, starts[i + 1]?.at ?? content.length) });
  });
  return sections;
}
