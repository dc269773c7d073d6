/**
 * `/documents.json`: the catalogue every island that needs "all documents" loads on use (search
 * filters, the home and archive dashboards), instead of carrying it in each page's props. One file,
 * cached by the browser and the service worker, so pages stay the same size however many
 * documents the site holds.
 */
import type { APIRoute } from 'astro';
import { loadDocuments } from '../data/documents.ts';
import { CATEGORIES } from '../schemas/vocabulary.ts';
import type { DocumentList } from '../lib/study-list.ts';

/** The catalogue as JSON, in catalogue order. */
export const GET: APIRoute = async () => {
  const docs = (await loadDocuments()).map(({ summary: { summary: _summary, unitLabels: _labels, ...entry } }) => entry);
  const list: DocumentList = { categories: CATEGORIES.filter((c) => docs.some((d) => d.category === c)), docs };
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
};
