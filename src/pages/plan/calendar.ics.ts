import type { APIRoute } from 'astro';
import { calendarFor } from '../../data/plan-calendar.ts';

/** Every dated item of the plans for all members, as an iCalendar file. */
export const GET: APIRoute = () =>
  new Response(calendarFor('all'), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
