import type { APIRoute } from 'astro';
import { quizBank } from '../../data/quiz-bank.ts';

/** The question bank for the quiz islands, fetched once and cached by the browser. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await quizBank()));
