/**
 * Lead phrases of the plan's paragraphs. Most paragraphs open with a short heading-like phrase
 * ending in 。 (明确学习重点。 严格落实“三会一课”制度。), and that phrase is what members remember
 * and type; the page itself only shows 第n段 markers. Pure: the caller reads the MDX file.
 */

/** Longest phrase still read as a heading; real ones run 4–13 characters, sentences run longer. */
export const MAX_LEAD_LENGTH = 20;

const HEADING_TAG = /<Heading\s+level=\{\d\}\s+id="([^"]+)"\s*>[\s\S]*?<\/Heading>/g;
const PARAGRAPH_ID = /^p-\d+$/;
/**
 * `[text](href)` as the plan builder writes term links; only the text is part of the wording. An
 * escaped `\[` is a literal bracket, not a link, and escapes inside the text are kept for later.
 */
const MARKDOWN_LINK = /(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)]*\)/gu;
/** Clause punctuation: a phrase containing it is the start of a sentence, not a heading. */
const CLAUSE_MARK = /[，,；;：:！!？?]/u;
/** (1) / 1. / （一） list markers open an enumeration, never a heading phrase. */
const LIST_START = /^(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+[.、．])/u;

/**
 * Plain wording of MDX inline text: link syntax reduced to the link text, `\X` escapes to X and
 * the `&#105;` references the escaper writes before a line-initial import/export back to letters.
 */
export function plainMdxText(mdx: string): string {
  return mdx
    .replace(MARKDOWN_LINK, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\\(.)/gu, '$1');
}

/**
 * The lead phrase of one paragraph of plain text: the text before the first 。 when it is at most
 * {@link MAX_LEAD_LENGTH} characters and reads as a heading (no clause punctuation, not a list
 * item); otherwise undefined. 工作目标。… gives 工作目标; 党支部是党最基本的组织，是… gives undefined.
 */
export function leadPhrase(text: string): string | undefined {
  const end = text.indexOf('。');
  if (end === -1) return undefined;
  const phrase = text.slice(0, end).trim();
  // Count code points, not UTF-16 units, so a rare character outside the BMP counts once.
  const length = [...phrase].length;
  if (length < 2 || length > MAX_LEAD_LENGTH) return undefined;
  if (CLAUSE_MARK.test(phrase) || LIST_START.test(phrase)) return undefined;
  return phrase;
}

/**
 * For every `p-<n>` marker in an MDX body written like `plan.mdx` (a `<Heading … id="p-n">`
 * before each paragraph), the lead phrase of the paragraph that follows it, or undefined when it
 * has none. Keys are in document order; every paragraph marker has a key.
 */
export function leadPhrases(body: string): Map<string, string | undefined> {
  const result = new Map<string, string | undefined>();
  const tags = [...body.matchAll(HEADING_TAG)];
  tags.forEach((tag, i) => {
    const id = tag[1] ?? '';
    if (!PARAGRAPH_ID.test(id)) return;
    const from = (tag.index ?? 0) + tag[0].length;
    const to = tags[i + 1]?.index ?? body.length;
    // The paragraph is the first block after the marker; a later block would be a new thought.
    const firstBlock = body.slice(from, to).trim().split(/\n\s*\n/)[0] ?? '';
    result.set(id, leadPhrase(plainMdxText(firstBlock.replace(/\s*\n\s*/g, ''))));
  });
  return result;
}
