import type { APIRoute } from 'astro';
import { planViews } from '../../data/plan-view.ts';

/** Every year's plan for the month view, fetched once and cached by the browser. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await planViews()).client));
