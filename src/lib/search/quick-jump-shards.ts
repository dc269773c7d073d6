/**
 * The quick-jump list cut into shards, so a query that is not a reference (三会一课) fetches only
 * the part it can match, `/search/quick/<key>.json`, instead of the whole `/search/quick.json`
 * (1 MB at 2,000 documents). The build writes the shards (src/pages/search/quick/[key].json.ts);
 * the search store picks one per query. Pure: no DOM, no storage.
 */
import { parseArticleRef } from './article-ref.ts';
import { docNames, MAX_QUERY_LENGTH, norm, wordAnchors } from './quick-jump.ts';
import type { QuickDoc } from './quick-jump-types.ts';

/**
 * Shards of the list for queries that are not references. A shard holds every document whose
 * names or word headings contain a character of its bucket, so each file exists (most hold few
 * documents) and asking for one never fails as "not found" when nothing matches.
 */
export const QUICK_SHARDS = 256;

/** The shard of one character: its code point modulo {@link QUICK_SHARDS}, in hex. */
function shardOf(ch: string): string {
  return (ch.codePointAt(0)! % QUICK_SHARDS).toString(16);
}

/**
 * The part of the list a query that is not a reference needs, by the query's first character:
 * `/search/quick/<key>.json` holds the documents whose names or word headings contain a
 * character of that shard, with their names and word headings only (places reached by references
 * stay in the full `/search/quick.json`). Every name or heading that contains the query contains
 * its first character, so such matches are all in the shard; a fuzzy match missing that character
 * may not be. Null for a query with nothing to match.
 *
 * @example quickShardKey('《党章》') // '5a' (党 is U+515A)
 */
export function quickShardKey(query: string): string | null {
  const first = [...norm(query.slice(0, MAX_QUERY_LENGTH))][0];
  return first === undefined ? null : shardOf(first);
}

/**
 * The list a query's suggestions need: all of it for a reference (党章10, 方案 三), whose places
 * only the full list holds; else the shard of {@link quickShardKey}; null when nothing can match.
 *
 * @example quickListFor('党章10') // 'full'
 * @example quickListFor('三会一课') // { shard: '9' } (三 is U+4E09)
 */
export function quickListFor(query: string): 'full' | { shard: string } | null {
  const shard = quickShardKey(query);
  if (shard === null) return null;
  return parseArticleRef(query.slice(0, MAX_QUERY_LENGTH)) ? 'full' : { shard };
}

/**
 * The shards of {@link quickShardKey}: every key, with its documents in list order. A document
 * keeps its names and word headings (all of them, so positions read as in the full list) and
 * loses the places only references reach. Built once at build time.
 */
export function quickShards(docs: readonly QuickDoc[]): Map<string, QuickDoc[]> {
  const shards = new Map<string, QuickDoc[]>(Array.from({ length: QUICK_SHARDS }, (_, i) => [i.toString(16), []]));
  for (const doc of docs) {
    const anchors = wordAnchors(doc);
    const { id, title, shortTitle, aliases, fullText } = doc;
    const slim: QuickDoc = { id, title, shortTitle, aliases, fullText, anchors };
    const text = [...docNames(doc), ...anchors.map((a) => a.label)].map(norm).join('');
    for (const key of new Set([...text].map(shardOf))) shards.get(key)!.push(slim);
  }
  return shards;
}
