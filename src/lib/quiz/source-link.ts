/**
 * Where a question's source link goes. A source names a document, the version of its text, maybe
 * an article in that version, and an anchor on our page (a guide's 学习要点 `pt-<n>`, a heading,
 * or a plan paragraph). When the branch has imported the 原文 of that same version, the link goes
 * to the article itself (`#art-<n>`), with no edit to the bank. Pure: used by the build check, the
 * quiz bank and the report alike, so they can never disagree.
 */

/** What the resolver needs to know about the cited document's page. */
export interface SourcePage {
  /** Document id. */
  id: string;
  /** Version of the text the page presents, by year; undefined for texts without versions (the plan). */
  version?: string;
  /** True when the page carries the 原文 (imported, or the unit's own plan). */
  fullText: boolean;
  /** Every anchor id on the page. */
  anchors: ReadonlySet<string>;
}

/** A question's source as written (the parts the link depends on). */
export interface SourceRef {
  version?: string;
  article?: number;
  anchor: string;
}

/** Where the link goes and what kind of place that is. */
export type ResolvedSource =
  /** The article of the imported 原文 of the question's version. */
  | { kind: 'article'; anchor: string }
  /** A 学习要点 of a guide. */
  | { kind: 'point'; anchor: string }
  /** Any other anchor on the page: a guide heading, a plan paragraph or part. */
  | { kind: 'section'; anchor: string }
  /**
   * The page itself: a guide's anchor on a page that now carries an imported 原文 (the guide's
   * points are gone, and the question names no article of that version).
   */
  | { kind: 'page' }
  /** Nothing real: the build refuses the question. */
  | { kind: 'missing'; reason: string };

/** Anchors only a study guide has: its 学习要点 and its Chinese heading ids. */
export function isGuideAnchor(anchor: string): boolean {
  return /^pt-\d+$/.test(anchor) || /\p{Script=Han}/u.test(anchor);
}

/** Resolves a source against the page it cites. */
export function resolveSource(source: SourceRef, page: SourcePage): ResolvedSource {
  if (page.fullText && source.article !== undefined && source.version !== undefined && source.version === page.version) {
    const anchor = `art-${source.article}`;
    if (page.anchors.has(anchor)) return { kind: 'article', anchor };
  }
  if (page.anchors.has(source.anchor)) {
    return { kind: /^pt-\d+$/.test(source.anchor) ? 'point' : 'section', anchor: source.anchor };
  }
  if (page.fullText && isGuideAnchor(source.anchor)) return { kind: 'page' };
  return { kind: 'missing', reason: `${page.id} 页面上没有 #${source.anchor}` };
}

/** The link for a resolved source: `/documents/<id>/#<anchor>`, or the page for `page`. */
export function sourceHref(documentId: string, resolved: ResolvedSource): string {
  const page = `/documents/${documentId}/`;
  return resolved.kind === 'article' || resolved.kind === 'point' || resolved.kind === 'section' ? `${page}#${resolved.anchor}` : page;
}
