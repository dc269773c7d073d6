/**
 * Turns a parsed regulation into the MDX the site renders, and writes it without ever leaving a
 * half-written file behind.
 */
import type { DocumentMetaInput } from '../../../src/schemas/document.ts';
import { escapeMdxText } from '../../../src/lib/mdx-escape.ts';
import { renderFrontmatter } from '../../../src/lib/mdx-frontmatter.ts';
import { formatMarker } from '../../../src/lib/structure.ts';
import type { Block, Inline, MarkerUnit, Paragraph, ParsedStructure, StructureNode } from '../../../src/lib/structure.ts';

function renderInlines(inlines: Inline[]): string {
  // Text after a link is escaped as if it began a line too: a line-start escape there (`\-`, `1\.`,
  // `&#105;mport`) still renders as the bare characters, so one escaping rule serves everywhere.
  return inlines
    .map((inline) => (inline.kind === 'ref' ? `[${escapeMdxText(inline.text)}](#art-${inline.article})` : escapeMdxText(inline.text)))
    .join('');
}

function renderBlocks(blocks: Block[]): string[] {
  return blocks.map((block) =>
    block.kind === 'paragraph'
      ? renderInlines(block.inlines)
      : block.items.map((item) => `- ${renderInlines(item.inlines)}`).join('\n'),
  );
}

function heading(level: number, id: string, text: string): string {
  return `<Heading level={${level}} id="${id}">${text}</Heading>`;
}

const UNIT = { part: '编', chapter: '章', section: '节', article: '条' } as const satisfies Record<
  StructureNode['kind'],
  MarkerUnit
>;
const KINDS = ['part', 'chapter', 'section', 'article'] as const;
// Short opening lines that name the preamble rather than belong to it.
const PREAMBLE_TITLES = new Set(['总纲', '序言', '前言', '引言', '导言']);

const compact = (s: string) => s.replace(/[\s《》]/gu, '');

/**
 * Renders the MDX body: `Heading` components (supplied by the page, so not imported) with
 * `part-N`/`ch-N`/`sec-C-N`/`art-N` ids and levels from 2 down without gaps, paragraphs,
 * `- （一）` item lists and `[第十二条](#art-12)` links. A first preamble line equal to `title`
 * is dropped; a 总纲/序言 line becomes the `preamble` heading.
 */
export function renderBody(doc: ParsedStructure, title = ''): string {
  const present = KINDS.filter((kind) => doc.counts[`${kind}s`] > 0);
  const level = (kind: (typeof KINDS)[number]) => 2 + present.indexOf(kind);
  const chapterNumbers: number[] = [];
  const collect = (nodes: StructureNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'chapter') chapterNumbers.push(n.number);
      if (n.kind !== 'article') collect(n.children);
    }
  };
  collect(doc.children);
  const chaptersUnique = new Set(chapterNumbers).size === chapterNumbers.length;
  const used = new Set<string>();
  const uniqueId = (id: string) => {
    let candidate = id;
    for (let i = 2; used.has(candidate); i++) candidate = `${id}-${i}`;
    used.add(candidate);
    return candidate;
  };

  const out: string[] = [];
  const preamble = [...doc.preamble];
  const first = preamble[0];
  // The page already prints the title as its h1; repeating it as a paragraph adds nothing.
  if (first?.kind === 'paragraph' && title !== '' && compact(first.text) === compact(title)) preamble.shift();
  // A 题注 such as （……通过） may come before the 总纲 line, so look past it.
  const at = preamble.findIndex((b) => b.kind === 'paragraph' && PREAMBLE_TITLES.has(compact(b.text)));
  if (at === -1) out.push(...renderBlocks(preamble));
  else {
    const name = compact((preamble[at] as Paragraph).text);
    out.push(...renderBlocks(preamble.slice(0, at)), heading(2, uniqueId('preamble'), escapeMdxText(name)));
    out.push(...renderBlocks(preamble.slice(at + 1)));
  }

  const walk = (nodes: StructureNode[], part: number | undefined, chapterKey: string | undefined) => {
    for (const node of nodes) {
      const marker = formatMarker(UNIT[node.kind], node.number);
      if (node.kind === 'article') {
        out.push(heading(level('article'), uniqueId(`art-${node.number}`), marker), ...renderBlocks(node.body));
        continue;
      }
      let key = String(node.number);
      if (node.kind === 'chapter' && !chaptersUnique && part !== undefined) key = `${part}-${node.number}`;
      if (node.kind === 'section' && chapterKey !== undefined) key = `${chapterKey}-${node.number}`;
      const prefix = { part: 'part', chapter: 'ch', section: 'sec' }[node.kind];
      const text = node.title === '' ? marker : `${marker}\u3000${escapeMdxText(node.title)}`;
      out.push(heading(level(node.kind), uniqueId(`${prefix}-${key}`), text), ...renderBlocks(node.body));
      if (node.kind === 'part') walk(node.children, node.number, undefined);
      else if (node.kind === 'chapter') walk(node.children, part, key);
      else walk(node.children, part, chapterKey);
    }
  };
  walk(doc.children, undefined, undefined);
  return out.join('\n\n');
}

/**
 * The whole MDX file: frontmatter (validated and written by {@link renderFrontmatter}), a blank
 * line, the body and a final newline. A first preamble line repeating `frontmatter.title` is
 * dropped because the page shows the title itself.
 * @throws Error when `frontmatter` does not satisfy the document schema.
 */
export function renderMdx(frontmatter: DocumentMetaInput, doc: ParsedStructure): string {
  // renderFrontmatter ends with a newline, so one more makes the blank line before the body.
  return `${renderFrontmatter(frontmatter)}\n${renderBody(doc, frontmatter.title)}\n`;
}
