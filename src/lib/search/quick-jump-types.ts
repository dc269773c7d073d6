/**
 * The quick jump's data: each document as `/search/quick.json` (and its shards) serve it, and the
 * suggestions the matcher (./quick-jump.ts) makes from it.
 */

/** A heading a quick jump can land on. */
export interface QuickAnchor {
  /** Anchor id on the document page: `art-10`, `ch-2`, `sec-3`, `p-19`, … */
  id: string;
  /**
   * What members call it: the heading text (第十条, 三、抓实三个关键环节) or, for a plan paragraph,
   * its lead phrase (严格落实“三会一课”制度) and 第n段 when it has none.
   */
  label: string;
}

/** A study guide's 学习要点, with the articles it covers. */
export interface QuickPoint {
  /** Anchor id, `pt-<n>`. */
  id: string;
  /** How the page numbers it, e.g. 学习要点 3. */
  label: string;
  /** Articles (第n条) the point covers. */
  articles: number[];
}

/** One document as the quick jump sees it. */
export interface QuickDoc {
  /** Document id, the URL segment `/documents/<id>/`. */
  id: string;
  /** Full official title. */
  title: string;
  /** Short name, e.g. 党章. */
  shortTitle: string;
  /** Other names members type. */
  aliases: string[];
  /** True when the page carries the 原文, so its anchors are real; false for a study guide. */
  fullText: boolean;
  /** The headings of a full text; empty for study guides, whose headings are the same generic ones in every guide. */
  anchors: QuickAnchor[];
  /** A study guide's 学习要点 that cover articles; 党章10 lands on the one covering 第十条. */
  points?: QuickPoint[];
  /** A study guide's note saying the 原文 is not on the site and where it is published (its anchor id). */
  note?: string;
  /** Where the official text is published, e.g. 新华社 2022-10-26 电. */
  source?: string;
}

/** One suggestion of the quick jump. */
export interface QuickTarget {
  /** Where to go: `/documents/<id>/` or `/documents/<id>/#<anchor>`. */
  href: string;
  /** What to show, e.g. 党章 第十条. */
  label: string;
  /** A second line: the official title, or the paragraph's lead phrase / the section heading. */
  detail: string;
  /**
   * False when the site does not carry the place (an article no 学习要点 of a study guide covers):
   * the link goes to the guide's note saying where the 原文 is published, and the UI says so in advance.
   */
  available: boolean;
}
