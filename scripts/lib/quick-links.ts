/** The links the quick jump can produce from `/search/quick.json`, for the dist link checker. */
import type { ExtraLinks } from './link-check.ts';

interface QuickJson {
  id: string;
  anchors?: { id: string }[];
  points?: { id: string }[];
  note?: string;
}

/** One entry per document: its page, every anchor it lists and, for a guide, its 原文 note. */
export function quickJumpLinks(data: unknown): ExtraLinks[] {
  const docs = Array.isArray(data) ? (data as QuickJson[]) : [];
  return docs.map((doc) => {
    const page = `/documents/${doc.id}/`;
    const ids = [...(doc.anchors ?? []), ...(doc.points ?? [])].map((a) => a.id);
    if (doc.note) ids.push(doc.note);
    return { from: `search/quick.json › ${doc.id}`, links: [page, ...ids.map((id) => `${page}#${id}`)] };
  });
}
