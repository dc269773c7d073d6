/**
 * Renders the parsed plan as the MDX file the site publishes: YAML frontmatter, then `Heading`
 * components (supplied by the page at render time, so never imported) for sections, subsections
 * and the numbered paragraph markers, and the paragraphs with their term links.
 */
import type { DocumentMetaInput } from '../schemas/document.ts';
import { escapeMdxText } from './mdx-escape.ts';
import { renderFrontmatter } from './mdx-frontmatter.ts';
import { sectionParagraphs, type ParsedPlan, type PlanParagraph } from './plan-structure.ts';
import { selectFirstOccurrences, TERM_LINKS, type TermLink, type TermMatch } from './term-links.ts';

/** A heading level the page may render; the document title is the page's h1. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A run of paragraphs within which each name is linked once: the preamble or one section. */
export interface LinkScope {
  /** `preamble`, or the section's id. */
  id: string;
  /** The scope's paragraphs in reading order. */
  paragraphs: PlanParagraph[];
}

/** The scopes for term links: the preamble counts as its own, then each section with its subsections. */
export function planLinkScopes(plan: ParsedPlan): LinkScope[] {
  return [
    { id: 'preamble', paragraphs: plan.preamble },
    ...plan.sections.map((section) => ({ id: section.id, paragraphs: sectionParagraphs(section) })),
  ];
}

/**
 * Which names are linked in which paragraph: in every scope, each name at its first standalone
 * occurrence. Keyed by paragraph id; paragraphs without links are absent.
 */
export function planTermLinks(plan: ParsedPlan, terms: readonly TermLink[] = TERM_LINKS): Map<string, TermMatch[]> {
  const links = new Map<string, TermMatch[]>();
  for (const scope of planLinkScopes(plan)) {
    const chosen = selectFirstOccurrences(
      scope.paragraphs.map((paragraph) => paragraph.text),
      terms,
    );
    scope.paragraphs.forEach((paragraph, index) => {
      if (chosen[index]!.length > 0) links.set(paragraph.id, chosen[index]!);
    });
  }
  return links;
}

/**
 * One `Heading` component on its own line. The id must be a plain anchor (letters, digits,
 * hyphens) because it is written unescaped into a JSX attribute.
 */
export function renderHeading(level: HeadingLevel, id: string, text: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`标题锚点 ${JSON.stringify(id)} 只能用小写字母、数字和连字符`);
  return `<Heading level={${level}} id="${id}">${escapeMdxText(text)}</Heading>`;
}

/** A paragraph's text with the chosen names as Markdown links, everything else escaped. */
export function renderLinkedText(text: string, matches: readonly TermMatch[]): string {
  let out = '';
  let from = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < from || text.slice(match.start, match.end) !== match.link.term) {
      throw new Error(`术语链接位置不对：${match.link.term} @ ${match.start}`);
    }
    out += escapeMdxText(text.slice(from, match.start));
    out += `[${escapeMdxText(match.link.term)}](${match.link.href})`;
    from = match.end;
  }
  return out + escapeMdxText(text.slice(from));
}

/**
 * The complete `plan.mdx`. Section headings are level 2 and subsection headings level 3; each
 * paragraph is preceded by a 第n段 marker heading one level below its enclosing heading (level 2
 * in the preamble), so Pagefind returns paragraph-level results and no level is skipped.
 * Headings carry no links; names are linked in paragraphs only (see {@link planTermLinks}).
 */
export function renderPlanMdx(plan: ParsedPlan, meta: DocumentMetaInput, terms: readonly TermLink[] = TERM_LINKS): string {
  const links = planTermLinks(plan, terms);
  const blocks: string[] = [];
  const paragraphs = (list: readonly PlanParagraph[], level: HeadingLevel): void => {
    for (const paragraph of list) {
      blocks.push(renderHeading(level, paragraph.id, `第${paragraph.n}段`));
      blocks.push(renderLinkedText(paragraph.text, links.get(paragraph.id) ?? []));
    }
  };

  paragraphs(plan.preamble, 2);
  for (const section of plan.sections) {
    blocks.push(renderHeading(2, section.id, section.heading));
    paragraphs(section.paragraphs, 3);
    for (const subsection of section.subsections) {
      blocks.push(renderHeading(3, subsection.id, subsection.heading));
      paragraphs(subsection.paragraphs, 4);
    }
  }
  return `${renderFrontmatter(meta)}\n${blocks.join('\n\n')}\n`;
}
