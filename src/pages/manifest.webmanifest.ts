import type { APIRoute } from 'astro';
import { appManifest } from '../data/app-manifest.ts';

/** /manifest.webmanifest, linked from every page's head. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(appManifest()), { headers: { 'content-type': 'application/manifest+json' } });
