/**
 * Escaping of plain text for MDX bodies, as Astro 7 compiles them (Sätteri, with GFM and smart
 * punctuation on by default). Official and member-supplied wording must reach the reader exactly
 * as written, so every character the compiler would read as syntax is neutralised here.
 */

/**
 * Characters escaped wherever they occur. MDX reads `{ }` as expressions and `<` as JSX (a stray
 * one is a compile error, not just odd output); the rest start emphasis, code, links, headings,
 * character references, GFM tables and strikethrough, or math if a site turns it on. The quotes
 * are escaped because smart punctuation would otherwise curl them and change the text.
 */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '#', '&', '|', '~', '"', "'", '$']);

/** Smart punctuation turns `--`/`---` into dashes and `...` into an ellipsis; only runs are at risk. */
const RUN_ESCAPED = new Set(['-', '.']);

/** Markers that open a list, a setext underline or a thematic break when they begin a line. */
const LINE_START_ESCAPED = new Set(['-', '+', '=']);

/**
 * Escapes `text` so that MDX renders it as exactly these characters, as plain text.
 *
 * Safe anywhere inline text may go: a paragraph, a JSX element's children, a link's text, or text
 * that continues a line after a link. Every line is treated as if it could start a block, because
 * escaping a mid-line character costs nothing (`\-`, `1\.` and `&#105;mport` render as `-`, `1.`
 * and `import`) while missing a line start turns text into a list, a heading or an `import`.
 * Line breaks are kept as they are: the caller decides where paragraphs end.
 *
 * Limits: whitespace layout follows Markdown (leading spaces are dropped, two trailing spaces make
 * a line break), and GFM autolink literals (`www.…`, `https://…`, e-mail addresses) still become
 * links, though their visible text is unchanged — Sätteri detects them after unescaping.
 *
 * @example escapeMdxText('{x} <b> 1. *a*') // '\\{x\\} \\<b\\> 1. \\*a\\*'
 */
export function escapeMdxText(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : escapeLine(part)))
    .join('');
}

function escapeLine(line: string): string {
  // CommonMark measures indentation in spaces and tabs only; other Unicode spaces are content.
  const start = /^[ \t]*/.exec(line)![0].length;
  const rest = line.slice(start);
  // `1.` / `1)` start an ordered list; the digits are harmless, the mark after them is not.
  const orderedMark = /^\d+[.)]/.exec(rest);
  const orderedMarkAt = orderedMark ? start + orderedMark[0].length - 1 : -1;
  // A line beginning with the keyword is swallowed as an ES module statement. Letters cannot be
  // backslash-escaped, so the first one is written as a character reference instead. A plain
  // word boundary also catches `import$x`: one reference too many costs nothing.
  const esm = /^(?:import|export)\b/.test(rest);

  let out = line.slice(0, start);
  for (let i = start; i < line.length; i += 1) {
    const char = line[i]!;
    if (i === start && esm) {
      out += `&#${char.charCodeAt(0)};`;
    } else if (
      ALWAYS_ESCAPED.has(char) ||
      (RUN_ESCAPED.has(char) && (line[i - 1] === char || line[i + 1] === char)) ||
      (i === start && LINE_START_ESCAPED.has(char)) ||
      i === orderedMarkAt
    ) {
      out += `\\${char}`;
    } else {
      out += char;
    }
  }
  return out;
}
