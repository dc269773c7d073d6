/**
 * Turns a parsed regulation into the MDX the site renders, and writes it without ever leaving a
 * half-written file behind.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { formatMarker } from '../../../src/lib/structure.ts';
import type { Block, Inline, MarkerUnit, Paragraph, ParsedStructure, StructureNode } from '../../../src/lib/structure.ts';

/** A value the frontmatter writer can serialise; `undefined` fields are left out. */
export type FrontmatterValue = string | number | boolean | FrontmatterValue[] | FrontmatterObject;
/** A frontmatter mapping, e.g. the whole frontmatter or its `source`. */
export interface FrontmatterObject {
  [key: string]: FrontmatterValue | undefined;
}

// YAML forbids these raw (or treats them as line breaks) even inside double quotes.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/gu;

function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  // A JSON string is a valid YAML double-quoted scalar once the characters above are escaped.
  return JSON.stringify(value).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlLines(data: FrontmatterObject, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: []`);
      else lines.push(`${indent}${key}:`, ...value.map((v) => `${indent}  - ${yamlScalar(v as string)}`));
    } else if (typeof value === 'object') {
      lines.push(`${indent}${key}:`, ...yamlLines(value, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${yamlScalar(value)}`);
    }
  }
  return lines;
}

/**
 * Serialises frontmatter as the YAML block between `---` lines. Every string is double-quoted
 * JSON-style so no title or summary can change the YAML's meaning. Arrays hold scalars only.
 */
export function renderFrontmatter(data: FrontmatterObject): string {
  return ['---', ...yamlLines(data, ''), '---'].join('\n');
}

/**
 * Escapes text so MDX shows it verbatim: no JSX, expressions, emphasis, links, HTML entities,
 * smart quotes/dashes/ellipses (Astro turns smartypants on) or block syntax (lists, headings,
 * ESM) can arise from the characters of the source. Bare URLs still become links (GFM autolinks
 * ignore escapes); their text stays the same.
 * Pass `blockStart: false` for text that continues a line, where block syntax cannot start.
 */
export function escapeMdxText(text: string, { blockStart = true } = {}): string {
  const out = text.replace(/[\\`*_{}[\]<>#~|&$"']|-{2,}|\.{2,}/g, (m) => m.replace(/./g, '\\$&'));
  if (!blockStart) return out;
  return out
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^(im|ex)port\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

function renderInlines(inlines: Inline[]): string {
  const parts = inlines.map((inline, i) =>
    inline.kind === 'ref'
      ? `[${escapeMdxText(inline.text, { blockStart: false })}](#art-${inline.article})`
      : escapeMdxText(inline.text, { blockStart: i === 0 }),
  );
  return parts.join('');
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
 * The whole MDX file: frontmatter, a blank line, the body and a final newline. A first preamble
 * line repeating `frontmatter.title` is dropped because the page shows the title itself.
 */
export function renderMdx(frontmatter: FrontmatterObject, doc: ParsedStructure): string {
  const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
  return `${renderFrontmatter(frontmatter)}\n\n${renderBody(doc, title)}\n`;
}

/**
 * Writes `content` to `target` through `<target>.<pid>.tmp` and a rename, so readers (and the
 * dev server) never see a partial file; on any failure the temp file is removed and the error
 * rethrown, leaving the directory as it was.
 */
export function writeFileAtomic(target: string, content: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
