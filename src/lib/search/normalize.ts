/**
 * Query and text normalisation for exact Chinese search: what the browser's find bar would treat
 * as the same text. Full-width letters, digits and punctuation fold to half-width (NFKC), Latin
 * letters to lower case, and runs of whitespace to one space, so 三会一课、ＡＢＣ and "abc" match.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
}

/** Longest query we search for; longer input is cut here rather than refused. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The words of a query: normalised, split on spaces, duplicates and words contained in another
 * word dropped (they add nothing to "contains every word"). Empty for blank input.
 */
export function queryTerms(query: string): string[] {
  const words = normalizeText(query.slice(0, MAX_QUERY_LENGTH)).split(' ').filter(Boolean);
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((other) => other !== w && other.includes(w)));
}

/** Whether normalised `text` contains every term. */
export function containsAllTerms(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const haystack = normalizeText(text);
  return terms.every((term) => haystack.includes(term));
}
