import type { APIRoute } from 'astro';
import { calendarFor } from '../../data/plan-calendar.ts';

/** Every dated item of the plans for leading cadres (党员领导干部, 党支部书记), as an iCalendar file. */
export const GET: APIRoute = () =>
  new Response(calendarFor('leaders'), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
