/**
 * Structure of the unit's implementation plan (实施方案) as typed in its source text: title lines,
 * preamble, numbered sections (一、…) and subsections (（一）…), paragraphs numbered through the
 * whole document so members can cite 第 n 段. Pure: the caller reads the file.
 */

/** One paragraph, numbered through the whole document. */
export interface PlanParagraph {
  /** 1-based position in the document, preamble first; members cite it as 第 n 段. */
  n: number;
  /** Anchor id, `p-<n>`. */
  id: string;
  /** The wording exactly as in the source, without surrounding whitespace. */
  text: string;
}

/** A subsection such as （一）精心组织“学”. */
export interface PlanSubsection {
  /** Anchor id, `sec-<section>-<subsection>`, e.g. `sec-3-1`. */
  id: string;
  /** The heading line exactly as in the source. */
  heading: string;
  /** Its paragraphs in order. */
  paragraphs: PlanParagraph[];
}

/** A numbered section such as 二、准确把握目标要求. */
export interface PlanSection {
  /** Anchor id, `sec-<n>` by position: the source's own numeral may be mistyped (1、 for 一、). */
  id: string;
  /** The heading line exactly as in the source, numeral included. */
  heading: string;
  /** Paragraphs between the heading and the first subsection. */
  paragraphs: PlanParagraph[];
  /** Its subsections in order; empty when it has none. */
  subsections: PlanSubsection[];
}

/** The plan's text, parsed. */
export interface ParsedPlan {
  /** The title as laid out on the cover, one entry per line (e.g. 实 施 方 案 with its spaces). */
  titleLines: string[];
  /** The title lines joined with all whitespace removed: the document's official title. */
  title: string;
  /** Paragraphs before the first section. */
  preamble: PlanParagraph[];
  /** The numbered sections in order. */
  sections: PlanSection[];
}

/** How many parts a parsed plan has. */
export interface PlanCounts {
  /** Numbered sections. */
  sections: number;
  /** Subsections across all sections. */
  subsections: number;
  /** Paragraphs, preamble included. */
  paragraphs: number;
}

/** Marks that end a sentence, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?；;…][”’」』）)"']*$/u;
/** A wide gap typed to lay out two paragraphs on one line: two or more spaces, ASCII or ideographic. */
const LAYOUT_GAP = /[ \u3000]{2,}/gu;
/** 一、 / 1、 / 1. / 1．, the numeral captured. */
const SECTION_HEADING = /^(?:([一二三四五六七八九十]+)|(\d+))[、.．]/u;
/** （一） or (一), the numeral captured; Arabic (1) is an inline list item, not a subsection. */
const SUBSECTION_HEADING = /^[（(]([一二三四五六七八九十]+)[）)]/u;

const CHINESE_DIGITS = '〇一二三四五六七八九';

/**
 * Value of a Chinese numeral from 一 to 九十九 (一, 十, 十二, 二十, 二十三); `undefined` otherwise.
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || numeral === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? CHINESE_DIGITS.indexOf(tens) : undefined;
  return (tens ? CHINESE_DIGITS.indexOf(tens) : 1) * 10 + (units ? CHINESE_DIGITS.indexOf(units) : 0);
}

function headingNumber(line: string): number | undefined {
  if (SENTENCE_END.test(line)) return undefined;
  const match = SECTION_HEADING.exec(line);
  if (!match) return undefined;
  return match[1] ? parseChineseNumeral(match[1]) : Number(match[2]);
}

function subheadingNumber(line: string): number | undefined {
  if (SENTENCE_END.test(line)) return undefined;
  const match = SUBSECTION_HEADING.exec(line);
  return match ? parseChineseNumeral(match[1]!) : undefined;
}

/**
 * Splits one source line into its paragraphs. A line is one paragraph, except where a wide gap
 * (two or more spaces) follows the end of a sentence: the author laid out two paragraphs on one
 * line, and the gap is layout, not wording, so it is dropped. Gaps elsewhere are left alone.
 */
export function splitLineIntoParagraphs(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed === '') return [];
  const paragraphs: string[] = [];
  let from = 0;
  for (const gap of trimmed.matchAll(LAYOUT_GAP)) {
    const before = trimmed.slice(from, gap.index);
    if (SENTENCE_END.test(before)) {
      paragraphs.push(before);
      from = gap.index + gap[0].length;
    }
  }
  paragraphs.push(trimmed.slice(from));
  return paragraphs;
}

/**
 * Parses the plan's source text.
 *
 * The title is the run of lines before the first one that ends a sentence or opens a section.
 * A line is a section heading when it starts with the next section's number (一、 or, as typed by
 * mistake, 1、) and ends no sentence; a subsection heading likewise with （n）. Numbering that
 * does not follow on is read as a paragraph, so a stray 2、 inside a paragraph list cannot
 * restructure the document (the callers' tests check the expected counts).
 */
export function parsePlan(source: string): ParsedPlan {
  const lines = source
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  let index = 0;
  const titleLines: string[] = [];
  while (index < lines.length && headingNumber(lines[index]!) !== 1 && !SENTENCE_END.test(lines[index]!)) {
    titleLines.push(lines[index]!);
    index += 1;
  }

  const preamble: PlanParagraph[] = [];
  const sections: PlanSection[] = [];
  let n = 0;
  for (const line of lines.slice(index)) {
    if (headingNumber(line) === sections.length + 1) {
      sections.push({ id: `sec-${sections.length + 1}`, heading: line, paragraphs: [], subsections: [] });
      continue;
    }
    const section = sections.at(-1);
    if (section && subheadingNumber(line) === section.subsections.length + 1) {
      section.subsections.push({ id: `${section.id}-${section.subsections.length + 1}`, heading: line, paragraphs: [] });
      continue;
    }
    const target = section ? (section.subsections.at(-1) ?? section).paragraphs : preamble;
    for (const text of splitLineIntoParagraphs(line)) {
      n += 1;
      target.push({ n, id: `p-${n}`, text });
    }
  }

  return { titleLines, title: titleLines.join('').replace(/\s+/gu, ''), preamble, sections };
}

/** The paragraphs of one section, its own first and then each subsection's, in reading order. */
export function sectionParagraphs(section: PlanSection): PlanParagraph[] {
  return [...section.paragraphs, ...section.subsections.flatMap((subsection) => subsection.paragraphs)];
}

/** All paragraphs in reading order, preamble first; their `n` runs 1, 2, 3… */
export function planParagraphs(plan: ParsedPlan): PlanParagraph[] {
  return [...plan.preamble, ...plan.sections.flatMap(sectionParagraphs)];
}

/** Counts of sections, subsections and paragraphs. */
export function countPlan(plan: ParsedPlan): PlanCounts {
  return {
    sections: plan.sections.length,
    subsections: plan.sections.reduce((sum, section) => sum + section.subsections.length, 0),
    paragraphs: planParagraphs(plan).length,
  };
}
