import type { APIRoute } from 'astro';
import { planViews } from '../../data/plan-view.ts';
import { toHomePlan } from '../../lib/plan/client-plan.ts';

/** Titles and dates of every year's plan for the home page's 本月任务 and 三带头. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await planViews()).client.map(toHomePlan)));
