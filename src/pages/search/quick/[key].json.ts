/**
 * `/search/quick/<key>.json`: the part of the quick-jump list a query that is not a reference needs,
 * by its first character (see `quickShardKey` in `src/lib/search/quick-jump-shards.ts`). At 2,000
 * documents the full list is ~27 KiB compressed; a shard is what the query can match.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { QuickDoc } from '../../../lib/search/quick-jump-types.ts';
import { quickShards } from '../../../lib/search/quick-jump-shards.ts';
import { quickDocs } from '../_quick-docs.ts';

/** One page per first character found in a name or word heading. */
export const getStaticPaths = (async () =>
  [...quickShards(await quickDocs())].map(([key, docs]) => ({ params: { key }, props: { docs } }))) satisfies GetStaticPaths;

/** The shard as JSON, in catalogue order. */
export const GET: APIRoute<{ docs: QuickDoc[] }> = ({ props }) =>
  new Response(JSON.stringify(props.docs), { headers: { 'content-type': 'application/json' } });
