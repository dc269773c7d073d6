/**
 * `/archive/outline.json`: every document's heading anchors and reading-unit labels, by document
 * id. Only the member's notes and "上次读到 …" need them, so they stay out of /documents.json and
 * out of every page; islands load this one cached file when the member has such data.
 */
import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents.ts';
import type { DocumentOutlines } from '../../stores/document-list.ts';

/** The outlines as JSON, in catalogue order. */
export const GET: APIRoute = async () => {
  const outlines: DocumentOutlines = Object.fromEntries(
    (await loadDocuments()).map(({ summary, headings }) => [summary.id, { anchors: headings.map((h) => h.id), unitLabels: summary.unitLabels }]),
  );
  return new Response(JSON.stringify(outlines), { headers: { 'content-type': 'application/json' } });
};
