// The pages the JavaScript and layout-shift benchmarks (and the layout-shift e2e) visit: every quiz
// page, one per-document practice and print page (they are the same page), and the main pages.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Main pages besides the quiz pages. */
export const OTHER_PAGES = ['/', '/documents/plan/', '/search/', '/plan/', '/action/selfcheck/', '/archive/', '/404.html'];

/**
 * Site paths of every `index.html` under `dir` of the site built in `dist`.
 * @param {string} dist
 * @param {string} dir folder inside `dist` ('' for all)
 * @returns {string[]}
 */
function pagesUnder(dist, dir) {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pagesUnder(dist, join(dir, entry.name))
      : entry.name === 'index.html'
        ? [`/${relative(dist, join(dist, dir))}/`.replace(/^\/\/$/, '/')]
        : [],
  );
}

/**
 * Every page of the site built in `dist`, sorted, with the not-found page last.
 * @param {string} dist
 * @returns {string[]}
 */
export function allPages(dist) {
  return [...pagesUnder(dist, '').sort(), '/404.html'];
}

/**
 * Paths of the benchmarked pages of the site built in `dist`.
 * @param {string} dist
 * @returns {string[]}
 */
export function benchPages(dist) {
  const quizPages = pagesUnder(dist, 'quiz').filter((p, _i, all) => {
    const kind = p.match(/^\/quiz\/(practice|print)\/[^/]+\/$/)?.[1];
    return !kind || all.find((q) => q.startsWith(`/quiz/${kind}/`)) === p;
  });
  return [...quizPages, ...OTHER_PAGES];
}
