/**
 * `/search/quick.json`: the documents and headings the search box's quick jump matches against
 * (see `src/lib/search/quick-jump.ts`). Built once at build time; kept compact because every visitor
 * who opens the search box downloads it.
 */
import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents.ts';
import { leadPhrases } from '../../lib/search/lead-phrases.ts';
import type { QuickDoc } from '../../lib/search/quick-jump.ts';
import { GUIDE_NOTE_ID, guidePoints } from '../../lib/guide-points.ts';
import { t } from '../../i18n/t.ts';

/** The quick-jump list as JSON, in catalogue order. */
export const GET: APIRoute = async () => {
  const docs: QuickDoc[] = (await loadDocuments()).map(({ entry, headings }) => {
    const { id, title, shortTitle, aliases, fullText, source } = entry.data;
    // Plan paragraphs are headed 第n段 on the page; members remember their lead phrase instead.
    const leads = leadPhrases(entry.body ?? '');
    return {
      id,
      title,
      shortTitle,
      // The short title is matched anyway; repeating it as an alias only adds bytes.
      aliases: aliases.filter((alias) => alias !== shortTitle),
      fullText,
      // A study guide's headings (这份文件是做什么的, 学习要点…) are the same in every guide: no use for jumping.
      anchors: fullText ? headings.map((h) => ({ id: h.id, label: leads.get(h.id) ?? h.text })) : [],
      ...(fullText
        ? {}
        : {
            // Only points that cover articles are reachable by a reference, so only they are sent.
            points: guidePoints(entry.body ?? '')
              .filter((p) => p.articles.length > 0)
              .map((p) => ({ id: p.id, label: t('doc.point', { n: Number(p.id.slice(3)) }), articles: p.articles })),
            note: GUIDE_NOTE_ID,
            source: source?.name,
          }),
    };
  });
  return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json' } });
};
