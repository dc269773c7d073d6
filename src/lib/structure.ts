/**
 * Reads the plain text of an official Chinese regulation (编/章/节/条) into a tree.
 * Pure: no file system or DOM, so the importer, tests and the site can all share it.
 */
import { numberToChinese, parseNumeral } from './numerals.ts';

/** The heading words a regulation is numbered with, outermost first. */
export type MarkerUnit = '编' | '章' | '节' | '条';
/** Kinds of division above the article. */
export type DivisionKind = 'part' | 'chapter' | 'section';

/** A run of a paragraph: plain text, or a reference to an article of this same text. */
export type Inline = { kind: 'text'; text: string } | { kind: 'ref'; text: string; article: number };
/** One line of the source, with its cross-references resolved. */
export interface Paragraph {
  kind: 'paragraph';
  /** 1-based line in the source text. */
  line: number;
  /** The line as written; `inlines` is the same text split around references. */
  text: string;
  inlines: Inline[];
}
/** Consecutive item lines （一）（二）… */
export interface ItemList { kind: 'list'; items: Paragraph[] }
/** What a body is made of. */
export type Block = Paragraph | ItemList;
/** A 编, 章 or 节 with what follows it until the next division of the same or higher rank. */
export interface Division {
  kind: DivisionKind;
  number: number;
  title: string;
  line: number;
  /** Text between the heading and its first child; rare, but kept rather than lost. */
  body: Block[];
  children: StructureNode[];
}
/** A 条: the rest of its heading line and the lines after it. */
export interface Article { kind: 'article'; number: number; line: number; body: Block[] }
/** A child in the tree: divisions nest, articles are leaves. */
export type StructureNode = Division | Article;
/** How many of each marker the text has; a count of 0 means that level is absent. */
export interface StructureCounts { parts: number; chapters: number; sections: number; articles: number }
/** A numbering problem, located by source line; `message` is ready to show to the editor. */
export interface StructureError {
  line: number;
  unit: MarkerUnit;
  kind: 'numeral' | 'start' | 'gap' | 'duplicate' | 'order';
  message: string;
}
/** The result of {@link parseStructure}. */
export interface ParsedStructure {
  /** Lines before the first heading: 总纲, 序言, 题注 and the like. */
  preamble: Block[];
  children: StructureNode[];
  counts: StructureCounts;
  errors: StructureError[];
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const MARKER = new RegExp(`^第\\s*(${NUM})\\s*([编章节条])(\\s*)(.*)$`, 'u');
// Glued straight onto the marker, these words make it a sentence about an article, not a heading.
const CONTINUES_SENTENCE = new RegExp(`^(?:第${NUM}[款项]|之[一二三四五六七八九十]|规定|所列|所称|所述|的)`, 'u');
const ITEM = /^[（(][一二三四五六七八九十]+[）)]/u;
const KIND_OF: Readonly<Record<Exclude<MarkerUnit, '条'>, DivisionKind>> = { 编: 'part', 章: 'chapter', 节: 'section' };
const RANK: Readonly<Record<DivisionKind, number>> = { part: 0, chapter: 1, section: 2 };

/** Writes a heading marker in official form: `formatMarker('条', 103)` → 第一百零三条. */
export function formatMarker(unit: MarkerUnit, n: number): string {
  const numeral = Number.isInteger(n) && n >= 1 && n <= 9999 ? numberToChinese(n) : String(n);
  return `第${numeral}${unit}`;
}

type Marker = { unit: MarkerUnit; number: number; rest: string } | { unit: MarkerUnit; invalid: string };

function readMarker(line: string): Marker | undefined {
  const m = MARKER.exec(line);
  if (!m) return undefined;
  const [, numeral, unit, gap, rest] = m as unknown as [string, string, MarkerUnit, string, string];
  if (gap === '' && CONTINUES_SENTENCE.test(rest)) return undefined;
  try {
    return { unit, number: parseNumeral(numeral), rest };
  } catch {
    return { unit, invalid: `第${numeral}${unit}` };
  }
}

/** Checks that one kind of number runs 1, 2, 3 …; a new scope may restart at 1 (章 per 编). */
function sequence(unit: MarkerUnit, errors: StructureError[]) {
  let prev = 0;
  let seen = new Set<number>();
  let newScope = false;
  const m = (n: number) => formatMarker(unit, n);
  return {
    enterScope(): void {
      newScope = true;
    },
    check(n: number, line: number): void {
      if (newScope && n === 1) {
        prev = 0;
        seen = new Set();
      }
      newScope = false;
      let kind: StructureError['kind'] | undefined;
      let text = '';
      if (n === prev + 1) kind = undefined;
      else if (seen.has(n)) [kind, text] = ['duplicate', `${m(n)}重复`];
      else if (prev === 0) [kind, text] = ['start', `开头出现了${m(n)}，应从${m(1)}开始`];
      else if (n > prev + 1) {
        const missing = n - prev === 2 ? m(prev + 1) : `${m(prev + 1)}至${m(n - 1)}`;
        [kind, text] = ['gap', `${m(prev)}之后出现了${m(n)}（缺少${missing}）`];
      } else [kind, text] = ['order', `${m(prev)}之后出现了${m(n)}（顺序错误）`];
      if (kind) errors.push({ line, unit, kind, message: `第 ${line} 行：${text}` });
      seen.add(n);
      prev = Math.max(prev, n);
    },
  };
}

function addLine(target: Block[], text: string, line: number): Paragraph {
  const paragraph: Paragraph = { kind: 'paragraph', line, text, inlines: [{ kind: 'text', text }] };
  const last = target.at(-1);
  if (!ITEM.test(text)) target.push(paragraph);
  else if (last?.kind === 'list') last.items.push(paragraph);
  else target.push({ kind: 'list', items: [paragraph] });
  return paragraph;
}

/** A heading split over two lines (第一章 / 总则) is common in Word conversions; rejoin it. */
function titleOnNextLine(lines: string[], from: number): { title: string; index: number } | undefined {
  let j = from + 1;
  while (j < lines.length && lines[j].trim() === '') j++;
  const next = lines[j]?.trim();
  if (!next || next.length > 20 || MARKER.test(next) || ITEM.test(next) || /[。；：，]$/u.test(next)) return undefined;
  return { title: next, index: j };
}

/**
 * Parses a regulation's plain text. Lines starting with 第X编/章/节/条 (Chinese numerals or
 * digits) open divisions and articles; earlier lines are the preamble; （一） lines become lists.
 * Numbering problems are returned in `errors` rather than thrown, so the caller can list all of
 * them at once; references to this text's own articles are resolved in every paragraph.
 */
export function parseStructure(text: string): ParsedStructure {
  const counts = { parts: 0, chapters: 0, sections: 0, articles: 0 };
  const doc: ParsedStructure = { preamble: [], children: [], counts, errors: [] };
  const [编, 章, 节, 条] = (['编', '章', '节', '条'] as const).map((unit) => sequence(unit, doc.errors));
  const seq = { 编, 章, 节, 条 };
  const stack: Division[] = [];
  const paragraphs: Paragraph[] = [];
  const articles = new Set<number>();
  let target = doc.preamble;
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/u);

  for (let i = 0; i < lines.length; i++) {
    // trim() also removes U+3000 and NBSP, which official texts use for indentation.
    const line = lines[i].trim();
    const lineNo = i + 1;
    if (line === '') continue;
    const marker = readMarker(line);
    if (!marker || 'invalid' in marker) {
      if (marker) {
        const message = `第 ${lineNo} 行：无法识别的编号“${marker.invalid}”`;
        doc.errors.push({ line: lineNo, unit: marker.unit, kind: 'numeral', message });
      }
      paragraphs.push(addLine(target, line, lineNo));
      continue;
    }
    seq[marker.unit].check(marker.number, lineNo);
    const siblings = stack.at(-1)?.children ?? doc.children;
    if (marker.unit === '条') {
      const article: Article = { kind: 'article', number: marker.number, line: lineNo, body: [] };
      siblings.push(article);
      counts.articles++;
      articles.add(marker.number);
      target = article.body;
      if (marker.rest) paragraphs.push(addLine(target, marker.rest, lineNo));
      continue;
    }
    const kind = KIND_OF[marker.unit];
    while (stack.length > 0 && RANK[stack[stack.length - 1].kind] >= RANK[kind]) stack.pop();
    let title = marker.rest;
    const split = title === '' ? titleOnNextLine(lines, i) : undefined;
    if (split) [title, i] = [split.title, split.index];
    const division: Division = { kind, number: marker.number, title, line: lineNo, body: [], children: [] };
    (stack.at(-1)?.children ?? doc.children).push(division);
    stack.push(division);
    target = division.body;
    counts[`${kind}s`]++;
    // Real texts restart 章 at one in each 编 and 节 in each 章; sequence() accepts either way.
    if (kind === 'part') 章.enterScope();
    if (kind !== 'section') 节.enterScope();
  }

  // References can point forward, so they are resolved once every article is known.
  for (const p of paragraphs) p.inlines = linkReferences(p.text, articles);
  return doc;
}

const ref = (group: string) => `第(${group}${NUM})条(?:第${NUM}款)?(?:第(?:${NUM}|（${NUM}）)项)?`;
const REF_CHAIN = new RegExp(`${ref('?:')}(?:(?:、|至|到|和|与|以及|及|或者|或)${ref('?:')})*`, 'gu');
const REF_ONE = new RegExp(ref(''), 'gu');
const SELF = /本(?:条例|准则|规定|章程|规则|办法|细则|制度|规范|决定|意见|纲要|法)$/u;
// What precedes a reference to some other text: 《中华人民共和国刑法》第十二条, 该条例第五条, 党章第三条.
const OTHER_TEXT = /(?:》|法|条例|准则|规定|章程|规则|办法|细则|制度|规范|决定|意见|纲要|党章)$/u;

/**
 * Splits a sentence into text and references to articles of this same text: 依照本条例第十二条,
 * 第三十条、第三十一条, 第二十条第二款 or a bare 第十二条. A reference is kept as plain text when it
 * names another text (《中华人民共和国刑法》第十二条) or an article not in `articles`.
 */
export function linkReferences(text: string, articles: ReadonlySet<number>): Inline[] {
  const out: Inline[] = [];
  const pushText = (t: string) => {
    if (t === '') return;
    const last = out.at(-1);
    if (last?.kind === 'text') last.text += t;
    else out.push({ kind: 'text', text: t });
  };
  let pos = 0;
  for (const chain of text.matchAll(REF_CHAIN)) {
    const before = text.slice(0, chain.index).trimEnd();
    if (!SELF.test(before) && OTHER_TEXT.test(before)) continue;
    pushText(text.slice(pos, chain.index));
    let inChain = 0;
    for (const ref of chain[0].matchAll(REF_ONE)) {
      pushText(chain[0].slice(inChain, ref.index));
      const article = toNumber(ref[1]);
      if (article !== undefined && articles.has(article)) out.push({ kind: 'ref', text: ref[0], article });
      else pushText(ref[0]);
      inChain = ref.index + ref[0].length;
    }
    pushText(chain[0].slice(inChain));
    pos = chain.index + chain[0].length;
  }
  pushText(text.slice(pos));
  return out;
}

function toNumber(numeral: string): number | undefined {
  try {
    return parseNumeral(numeral);
  } catch {
    return undefined;
  }
}
