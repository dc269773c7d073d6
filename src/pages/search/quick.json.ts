/**
 * `/search/quick.json`: the documents and headings the search box's quick jump matches against
 * (see `src/lib/search/quick-jump.ts`). Built once at build time; kept compact; a query that is not a
 * reference (党章10) loads only its shard, `/search/quick/<key>.json`.
 */
import type { APIRoute } from 'astro';
import { quickDocs } from './_quick-docs.ts';

/** The quick-jump list as JSON, in catalogue order. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await quickDocs()), { headers: { 'content-type': 'application/json' } });
