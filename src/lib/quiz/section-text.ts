/**
 * The readable text under each heading of a document body, so the build can check that a
 * question's evidence quote really is in the section it cites. Pure: the caller reads the file.
 */

/** Slug Markdown gives a `## heading` (github-slugger rules, enough for Chinese headings). */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const HEADING = /^<Heading\s+level=\{(\d)\}\s+id="([^"]+)"\s*>.*<\/Heading>\s*$|^(#{2,6})\s+(.+?)\s*$/;

/** MDX source reduced to what a reader sees: link text kept, tags and escapes removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\\(.)/g, '$1');
}

/**
 * Text under each heading id: everything up to the next heading of the same or a higher level,
 * so a section's text includes its subsections and paragraphs. Headings are either generated
 * `<Heading level={n} id="…">` tags or Markdown `##` lines (id = their slug).
 */
export function sectionTexts(body: string): Map<string, string> {
  const open: { id: string; depth: number; lines: string[] }[] = [];
  const texts = new Map<string, string>();
  const close = (depth: number) => {
    while (open.length > 0 && open.at(-1)!.depth >= depth) {
      const done = open.pop()!;
      texts.set(done.id, plainText(done.lines.join('\n')).trim());
    }
  };
  for (const line of body.split(/\r?\n/)) {
    const m = HEADING.exec(line);
    if (m) {
      const depth = m[1] ? Number(m[1]) : m[3]!.length;
      const id = m[2] ?? headingSlug(m[4]!);
      close(depth);
      open.push({ id, depth, lines: [] });
      continue;
    }
    for (const section of open) section.lines.push(line);
  }
  close(0);
  return texts;
}

/** Text compared for quotes: every kind of white space removed, nothing else changed. */
export function compactText(text: string): string {
  return text.replace(/\s+/gu, '');
}
