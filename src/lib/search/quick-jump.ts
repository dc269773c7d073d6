/**
 * Quick jump: the search box's answer when the query names a document or a place in one (党章
 * 第十条, 问责 7, 方案12, 三会一课, 廉洁自律准则) rather than words to look up in the full text.
 * Pure: runs in the browser on every keystroke, over the small list `/search/quick.json` serves.
 */
// The basic build: plain fuzzy search is all this uses (no extended or logical queries), ~2 KB less.
import Fuse from 'fuse.js/basic';
import { numberToChinese } from '../numerals.ts';
import { parseArticleRef, type ArticleRef, type RefUnit } from './article-ref.ts';
import { normalizeText } from './normalize.ts';
import type { QuickAnchor, QuickDoc, QuickTarget } from './quick-jump-types.ts';

/** Longer queries are pasted text, not a name; cutting them keeps Fuse's work per keystroke small. */
export const MAX_QUERY_LENGTH = 64;

/**
 * Fuse threshold for naming a document in a reference. Strict enough that 党章 (one of two
 * characters shared) does not pick 党组工作条例, loose enough for a typo in a longer name
 * (纪律出分条例). Substring matches (问责 → 问责条例) are found before Fuse is asked.
 */
export const DOC_THRESHOLD = 0.3;
/** Fuse threshold for free words against names and lead phrases; a little looser, the list is ranked. */
export const WORD_THRESHOLD = 0.35;

/** Marks and spaces that differ between how a name is printed and how it is typed. */
const IGNORED = /[\s《》〈〉“”‘’"'「」『』（）()【】[\]·•、，。；：！？,.;:!?—\-]/gu;

/** Canonical form for comparing names: width and case folded, marks and spaces dropped. */
export function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** Labels that only say where something is (第十条, 第3段), which references reach better. */
const POSITIONAL = /^第[0-9零〇一二两三四五六七八九十百千]+[条段章节编]$/u;

/** Every name a document goes by: short title, full title, aliases. */
export function docNames(doc: QuickDoc): string[] {
  return [doc.shortTitle, doc.title, ...doc.aliases];
}

const hasArticles = (doc: QuickDoc) => doc.anchors.some((a) => /^art-\d+$/.test(a.id));
// Asked once per anchor while indexing, so remembered per document rather than rescanned.
const paragraphsCache = new WeakMap<QuickDoc, boolean>();
function hasParagraphs(doc: QuickDoc): boolean {
  let known = paragraphsCache.get(doc);
  if (known === undefined) {
    known = doc.anchors.some((a) => /^p-\d+$/.test(a.id));
    paragraphsCache.set(doc, known);
  }
  return known;
}

/** 第十条 / 第19段 / 第三部分 / 第三部分（一） for ids whose meaning is fixed by how the site writes them. */
function positionOf(doc: QuickDoc, id: string): string | undefined {
  let m = /^art-(\d+)$/.exec(id);
  if (m) return `第${numberToChinese(Number(m[1]))}条`;
  m = /^p-(\d+)$/.exec(id);
  if (m) return `第${m[1]}段`;
  // Only in the plan are sec- ids its parts (一…六); in an imported text they are 节.
  if (!hasParagraphs(doc)) return undefined;
  m = /^sec-(\d+)(?:-(\d+))?$/.exec(id);
  if (!m) return undefined;
  const part = `第${numberToChinese(Number(m[1]))}部分`;
  return m[2] === undefined ? part : `${part}（${numberToChinese(Number(m[2]))}）`;
}

function docTarget(doc: QuickDoc): QuickTarget {
  return { href: `/documents/${doc.id}/`, label: doc.shortTitle, detail: doc.title, available: true };
}

function anchorTarget(doc: QuickDoc, anchor: QuickAnchor): QuickTarget {
  const position = positionOf(doc, anchor.id);
  // Label says where (党章 第十条, 实施方案 第19段); detail says what, when the heading has words.
  const describes = position !== undefined && anchor.label !== position;
  return {
    href: `/documents/${doc.id}/#${anchor.id}`,
    label: `${doc.shortTitle} ${position ?? anchor.label}`,
    detail: describes ? anchor.label : doc.title,
    available: true,
  };
}

/**
 * A place of a study guide: the 学习要点 covering the article when there is one, else the guide's
 * note on where the 原文 is published (flagged unavailable). Never an `#art-` the page does not have.
 */
function guideTarget(doc: QuickDoc, place: string, article?: number): QuickTarget {
  const label = `${doc.shortTitle} ${place}`;
  const point = article === undefined ? undefined : doc.points?.find((p) => p.articles.includes(article));
  if (point) return { href: `/documents/${doc.id}/#${point.id}`, label, detail: point.label, available: true };
  const href = doc.note ? `/documents/${doc.id}/#${doc.note}` : `/documents/${doc.id}/`;
  return { href, label, detail: doc.source ?? doc.title, available: false };
}

/**
 * The documents a reference's name part means, best first. Exact names win, then names containing
 * the query (问责 → 问责条例; 条例 → several, all returned), then queries containing a name, then
 * Fuse under {@link DOC_THRESHOLD}. Empty when nothing is close: the query is then plain words.
 */
export function matchDocuments(docQuery: string, docs: readonly QuickDoc[]): QuickDoc[] {
  const q = norm(docQuery);
  if (q === '') return [];
  const tiers: QuickDoc[][] = [[], [], []];
  for (const doc of docs) {
    const names = docNames(doc).map(norm).filter((n) => n !== '');
    if (names.includes(q)) tiers[0]!.push(doc);
    else if (names.some((n) => n.includes(q))) tiers[1]!.push(doc);
    // Only names of two or more characters, so a stray character cannot claim a long query.
    else if (names.some((n) => n.length >= 2 && q.includes(n))) tiers[2]!.push(doc);
  }
  const found = tiers.find((tier) => tier.length > 0);
  if (found) return found;

  const fuse = new Fuse(
    docs.map((doc) => ({ doc, names: docNames(doc).map(norm) })),
    { keys: ['names'], threshold: DOC_THRESHOLD, ignoreLocation: true, includeScore: true },
  );
  const results = fuse.search(q);
  const best = results[0]?.score;
  // Several documents equally close are all offered; the member picks.
  return best === undefined ? [] : results.filter((r) => (r.score ?? 1) - best < 1e-9).map((r) => r.item.doc);
}

/** Where a reference lands in one document, or undefined when that document has no such place. */
function refTarget(doc: QuickDoc, ref: ArticleRef): QuickTarget | undefined {
  // A plan-like text has paragraphs and parts, not articles: 方案12 is a paragraph, 方案 三 a part,
  // and 方案 十 (there are six parts) the paragraph after all.
  if (!ref.unitWritten && doc.fullText && !hasArticles(doc) && hasParagraphs(doc)) {
    const [first, second]: RefUnit[] = ref.chineseNumeral ? ['部分', '段'] : ['段', '部分'];
    return placeTarget(doc, first, ref.number) ?? placeTarget(doc, second, ref.number);
  }
  return placeTarget(doc, ref.unit, ref.number);
}

function placeTarget(doc: QuickDoc, unit: RefUnit, n: number): QuickTarget | undefined {
  const anchors = new Map(doc.anchors.map((a) => [a.id, a]));
  const zh = numberToChinese(n);
  switch (unit) {
    case '条': {
      const anchor = anchors.get(`art-${n}`);
      if (anchor) return anchorTarget(doc, anchor);
      // A full text without it has no such article; a guide points to what it has.
      return doc.fullText ? undefined : guideTarget(doc, `第${zh}条`, n);
    }
    case '章': {
      // Chapter ids are ch-N, or ch-P-N when chapter numbers restart in each 编; the heading is reliable.
      const anchor =
        anchors.get(`ch-${n}`) ??
        doc.anchors.find((a) => a.id.startsWith('ch-') && a.label.startsWith(`第${zh}章`));
      if (anchor) return anchorTarget(doc, anchor);
      return doc.fullText ? undefined : guideTarget(doc, `第${zh}章`);
    }
    case '段': {
      const anchor = anchors.get(`p-${n}`);
      return anchor ? anchorTarget(doc, anchor) : undefined;
    }
    case '部分': {
      const anchor = hasParagraphs(doc) ? anchors.get(`sec-${n}`) : undefined;
      return anchor ? anchorTarget(doc, anchor) : undefined;
    }
  }
}

interface WordEntry {
  target: QuickTarget;
  names: string[];
  isDoc: boolean;
}

/** A full text's headings that free words are matched against: not 第十条 or 第3段, which say nothing. */
export function wordAnchors(doc: QuickDoc): QuickAnchor[] {
  return doc.anchors.filter((anchor) => !POSITIONAL.test(anchor.label) && anchor.label !== positionOf(doc, anchor.id));
}

/** Documents by their names and full-text headings by their words (lead phrases, section titles). */
function wordEntries(docs: readonly QuickDoc[]): WordEntry[] {
  const entries: WordEntry[] = [];
  for (const doc of docs) {
    entries.push({ target: docTarget(doc), names: docNames(doc).map(norm), isDoc: true });
    // 第十条 and 第3段 are left to references.
    for (const anchor of wordAnchors(doc)) entries.push({ target: anchorTarget(doc, anchor), names: [norm(anchor.label)], isDoc: false });
  }
  return entries;
}

// The list is fetched once and queried on every keystroke: index it once per list.
const indexCache = new WeakMap<readonly QuickDoc[], { entries: WordEntry[]; fuse: Fuse<WordEntry> }>();
function wordIndex(docs: readonly QuickDoc[]): { entries: WordEntry[]; fuse: Fuse<WordEntry> } {
  let index = indexCache.get(docs);
  if (!index) {
    const entries = wordEntries(docs);
    const fuse = new Fuse(entries, { keys: ['names'], threshold: WORD_THRESHOLD, ignoreLocation: true });
    index = { entries, fuse };
    indexCache.set(docs, index);
  }
  return index;
}

/** Names and headings for free words: exact names, then names containing the words, then Fuse. */
function wordTargets(query: string, docs: readonly QuickDoc[]): QuickTarget[] {
  const q = norm(query);
  if (q === '') return [];
  const { entries, fuse } = wordIndex(docs);
  const ranked: { entry: WordEntry; rank: number; length: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const exact = entry.names.includes(q);
    const containing = entry.names.filter((n) => n.includes(q));
    if (exact || containing.length > 0) {
      // Exact before containing, documents before headings, then the closest (shortest) name.
      const rank = (exact ? 0 : 2) + (entry.isDoc ? 0 : 1);
      ranked.push({ entry, rank, length: Math.min(...containing.map((n) => n.length)), order });
    }
  });
  ranked.sort((a, b) => a.rank - b.rank || a.length - b.length || a.order - b.order);

  return [...ranked.map((r) => r.entry.target), ...fuse.search(q).map((r) => r.item.target)];
}

/**
 * Suggestions for a search-box query, best first, at most `limit`, no two with the same href.
 *
 * A reference (党章 第十条, 问责 7, 方案12, 方案 三) whose name part matches a document comes
 * first: the article, paragraph or section when the full text has it; on a study guide the 学习要点
 * covering the article, else the guide's note on where the 原文 is published (flagged
 * `available: false`); nothing for an article a full text does not have. Then the
 * documents and headings matching the words. Never throws: any input, however odd, gives a list.
 * The word index is built once per `docs` array, so pass a new array rather than mutating it.
 *
 * @example quickJump('党章 第十九条', docs)[0] // { href: '/documents/dangzhang/#pt-5', label: '党章 第十九条', … } on the guide
 */
export function quickJump(query: string, docs: readonly QuickDoc[], limit = 5): QuickTarget[] {
  try {
    if (typeof query !== 'string' || !Array.isArray(docs) || !(limit >= 1)) return [];
    const text = query.slice(0, MAX_QUERY_LENGTH);
    const out: QuickTarget[] = [];
    const ref = parseArticleRef(text);
    if (ref) {
      const matched = matchDocuments(ref.docQuery, docs);
      for (const doc of matched) {
        const target = refTarget(doc, ref);
        if (target) out.push(target);
      }
      // Then the documents themselves, in case the place was not what the member meant.
      out.push(...matched.map(docTarget));
    }
    out.push(...wordTargets(text, docs));

    const seen = new Set<string>();
    return out.filter((t) => !seen.has(t.href) && seen.add(t.href)).slice(0, Math.floor(limit));
  } catch {
    // A broken suggestion list must never break typing in the search box; full-text search still works.
    return [];
  }
}

/**
 * Where Enter in the search box goes instead of listing matches: the first suggestion, when the
 * query is a reference (党章10) or that suggestion's name as typed (三会一课 is neither unless a
 * document is called so). Null otherwise.
 *
 * @example enterTarget('党章', [{ href: '/documents/dangzhang/', label: '党章', detail: '中国共产党章程', available: true }]) // '/documents/dangzhang/'
 */
export function enterTarget(query: string, quick: readonly QuickTarget[]): string | null {
  const top = quick[0];
  if (!top) return null;
  const direct = parseArticleRef(query.slice(0, MAX_QUERY_LENGTH)) || normalizeText(query.trim()) === normalizeText(top.label);
  return direct ? top.href : null;
}
