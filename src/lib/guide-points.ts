/**
 * The numbered 学习要点 of a study guide, written in its MDX as
 * `<Point id="pt-3" articles="40,41">【第四十条 / 第四十一条】…</Point>`. Each point has a stable
 * anchor (`#pt-3`) that questions cite and quick jump lands on. Pure: the caller reads the file.
 */

/** Anchor of a guide's note saying where the official text is published; quick jump lands there. */
export const GUIDE_NOTE_ID = 'yuanwen';

/** One 学习要点 of a guide. */
export interface GuidePoint {
  /** Anchor id, `pt-<n>`; never renumbered once questions cite it. */
  id: string;
  /** The articles (第n条) of the guide's numbering version the point covers, e.g. [40, 41]. */
  articles: number[];
  /** The point's text as a reader sees it, marks removed. */
  text: string;
}

const POINT = /<Point\s+id="(pt-\d+)"(?:\s+articles="([\d,\s-]*)")?\s*>([\s\S]*?)<\/Point>/g;

/** `40,41` / `53-55` / `51,53-55` → the article numbers; anything else is ignored. */
export function parseArticleList(list: string | undefined): number[] {
  if (!list) return [];
  const out: number[] = [];
  for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(n);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
  }
  return out;
}

/** Every `<Point>` of an MDX body, in order. */
export function guidePoints(body: string): GuidePoint[] {
  return [...body.matchAll(POINT)].map((m) => ({
    id: m[1]!,
    articles: parseArticleList(m[2]),
    text: m[3]!.replace(/<[^>]+>/g, '').replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim(),
  }));
}

/** The point covering article `n`, or undefined when the guide has none. */
export function pointForArticle(points: readonly GuidePoint[], n: number): GuidePoint | undefined {
  return points.find((p) => p.articles.includes(n));
}

/** 学习要点 3 for `pt-3`: how the number is shown beside the point and in a question's source. */
export function pointNumber(id: string): number | undefined {
  const m = /^pt-(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
}
