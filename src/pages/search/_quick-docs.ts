/**
 * The quick-jump list (see `src/lib/search/quick-jump.ts`) as the build makes it from the
 * catalogue, for `/search/quick.json` and its shards `/search/quick/<key>.json`. The leading
 * underscore keeps Astro from routing this file.
 */
import { loadDocuments } from '../../data/documents.ts';
import { leadPhrases } from '../../lib/search/lead-phrases.ts';
import type { QuickDoc } from '../../lib/search/quick-jump-types.ts';
import { GUIDE_NOTE_ID, guidePoints } from '../../lib/guide-points.ts';
import { t } from '../../i18n/t.ts';

/** The quick-jump list, in catalogue order. */
export async function quickDocs(): Promise<QuickDoc[]> {
  return (await loadDocuments()).map(({ entry, headings }) => {
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
}
