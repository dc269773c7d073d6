import { loadDocumentList, loadDocumentOutlines } from '../../stores/document-list.ts';
import type { ArchiveDoc } from './types.ts';
import { useLoaded, type Loaded } from '../common/use-loaded.ts';

/**
 * Every document as the archive islands use it, from the cached /documents.json, with its heading
 * anchors from /archive/outline.json when `withAnchors` (only notes need them; without, anchors
 * are empty). Nothing is fetched while `wanted` is false, so a member with no records downloads
 * nothing. A failed download offers one retry for whichever file failed.
 */
export function useArchiveDocs(wanted: boolean, withAnchors: boolean): Loaded<ArchiveDoc[]> {
  const list = useLoaded(loadDocumentList, wanted);
  const outlines = useLoaded(loadDocumentOutlines, wanted && withAnchors);
  const failed = [list, outlines].filter((s) => s.status === 'error');
  if (failed.length > 0) return { status: 'error', retry: () => failed.forEach((s) => s.status === 'error' && s.retry()) };
  if (list.status !== 'ready' || (withAnchors && outlines.status !== 'ready')) return { status: 'loading' };
  const anchors = outlines.status === 'ready' ? outlines.value : {};
  return {
    status: 'ready',
    value: list.value.docs.map((d) => ({ id: d.id, title: d.title, shortTitle: d.shortTitle, audience: d.audience, anchors: anchors[d.id]?.anchors ?? [] })),
  };
}
