import { normalizeText } from './normalize.ts';

/** A piece of an excerpt; `mark` pieces are the matched words. Rendered as text, never as HTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A short excerpt of `text` around the first match of any term, with every match marked.
 * Matching is done on normalised text; NFKC can change lengths, so positions are mapped back
 * character by character to keep the original wording in the excerpt.
 */
export function excerpt(text: string, terms: readonly string[], radius = 36): ExcerptPart[] {
  const flat = text.replace(/\s+/gu, ' ').trim();
  // Normalise per character so index i of `norm` pieces maps to character i of `flat`.
  const chars = [...flat];
  const normChars = chars.map((c) => normalizeText(c));
  const norm = normChars.join('');
  const toChar: number[] = [];
  normChars.forEach((piece, i) => {
    for (let k = 0; k < piece.length; k++) toChar.push(i);
  });
  toChar.push(chars.length);

  const hits: [number, number][] = [];
  for (const term of terms) {
    let at = norm.indexOf(term);
    while (at !== -1 && term) {
      hits.push([toChar[at]!, toChar[at + term.length - 1]! + 1]);
      at = norm.indexOf(term, at + term.length);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(chars.length, first + radius * 2);

  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) parts.push({ text: chars.slice(from, to).join(''), mark });
  };
  if (start > 0) parts.push({ text: '…', mark: false });
  let cursor = start;
  for (const [s, e] of hits) {
    if (e <= cursor || s >= end) continue;
    push(cursor, Math.max(cursor, s), false);
    push(Math.max(cursor, s), Math.min(e, end), true);
    cursor = Math.min(e, end);
  }
  push(cursor, end, false);
  if (end < chars.length) parts.push({ text: '…', mark: false });
  return parts;
}
